//! Mounts the app; everything else lives in the library crate.

// Talc instead of the standard library's dlmalloc in the browser: smaller (NOTES.md section 1).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    askwell_web::panic::install();
    // Finishing the module's compile and instantiating it fill the task that runs `main`;
    // V8 compiles each function on its first call, so mounting in the same task made it a
    // long one (NOTES.md §11).
    askwell_web::tasks::in_next_task(|| leptos::mount::mount_to_body(askwell_web::app::App));
}

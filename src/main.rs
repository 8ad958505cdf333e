//! Mounts the app; everything else lives in the library crate.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(askwell_web::app::App);
}

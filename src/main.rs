//! Mounts the app; everything else lives in the library crate.
fn main() {
    askwell_web::panic::install();
    leptos::mount::mount_to_body(askwell_web::app::App);
}

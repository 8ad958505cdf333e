use crate::components::data_backups::DataBackups;
use crate::components::data_erase::DataErase;
use crate::components::data_export::DataExport;
use crate::components::data_import::DataImport;
use crate::components::data_sessions::DataSessions;
use crate::components::data_usage::DataUsage;
use leptos::prelude::*;

/// Settings → Data: storage used, export, import, sessions, backups, erasing everything.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <section class="page narrow data-page">
            <h1>"Your data"</h1>
            <p>"Everything Askwell keeps stays in this browser. Export it to keep a copy."</p>
            <DataUsage />
            <DataExport />
            <DataImport />
            <DataSessions />
            <DataBackups />
            <DataErase />
        </section>
    }
}

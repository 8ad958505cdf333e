use crate::state::use_store;
use crate::storage::{self, Mode};
use leptos::prelude::*;

/// Bytes as people read them: "820 B", "12.3 KB", "4.8 MB", "120.0 GB".
fn size(bytes: f64) -> String {
    let units = ["B", "KB", "MB", "GB"];
    let mut v = bytes;
    let mut u = 0;
    while v >= 1024.0 && u < units.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{v:.0} B")
    } else {
        format!("{v:.1} {}", units[u])
    }
}

/// How much of the browser's storage Askwell uses: its own keys, as a share of the quota the
/// browser reports, or of an assumed 5 MB where it reports none.
#[component]
pub fn DataUsage() -> impl IntoView {
    let store = use_store();
    let quota: RwSignal<Option<f64>> = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        if let Some((_, q)) = storage::estimate().await {
            quota.set(Some(q));
        }
    });
    let text = move || {
        store.index.track();
        if store.mode.get() == Mode::Memory {
            return "Nothing is stored: this browser blocks storage, so your sessions live only \
                    in this tab. Export them to keep them."
                .to_string();
        }
        let used = storage::used_bytes();
        match quota.get() {
            Some(q) if q > 0.0 => format!(
                "Askwell uses {} of this browser's storage, {:.2}% of the {} it allows this site.",
                size(used),
                used / q * 100.0,
                size(q)
            ),
            _ => format!(
                "Askwell uses {}, {:.1}% of 5 MB (this browser does not report its limit; 5 MB is \
                 the usual one).",
                size(used),
                used / (5.0 * 1024.0 * 1024.0) * 100.0
            ),
        }
    };
    view! {
        <section class="card data-usage" aria-labelledby="usage-heading">
            <h2 id="usage-heading">"Storage used"</h2>
            <p>{text}</p>
            <p class="hint">"Browsers usually keep about 5 MB of this kind of storage per site."</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_well() {
        assert_eq!(super::size(820.0), "820 B");
        assert_eq!(super::size(12.3 * 1024.0), "12.3 KB");
        assert_eq!(super::size(5.0 * 1024.0 * 1024.0), "5.0 MB");
    }
}

use crate::state::use_store;
use crate::storage::{self, Mode};
use leptos::prelude::*;

/// Share of the usual localStorage limit from which Askwell suggests making room.
pub const CROWDED: f64 = 0.7;

/// Bytes as people read them: "820 B", "12.3 KB", "4.8 MB".
fn size(bytes: f64) -> String {
    let units = ["B", "KB", "MB", "GB"];
    let mut v = if bytes > 0.0 { bytes } else { 0.0 };
    let mut u = 0;
    while v >= 1024.0 && u < units.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{} B", askwell_core::decimal::fixed(v, 0))
    } else {
        format!("{} {}", askwell_core::decimal::fixed(v, 1), units[u])
    }
}

/// The share of the usual localStorage limit Askwell's data takes (0..1 and beyond).
pub fn share_used() -> f64 {
    storage::used_chars() as f64 / storage::USUAL_LIMIT_CHARS as f64
}

/// How much of the browser's storage for this site Askwell uses. localStorage has its own
/// limit, which browsers do not report (the StorageManager quota is for other kinds of
/// storage), so the share is of the usual 5 million characters.
#[component]
pub fn DataUsage() -> impl IntoView {
    let store = use_store();
    let text = move || {
        store.index.track();
        if store.mode.get() == Mode::Memory {
            return "Nothing is stored: this browser blocks storage, so your sessions live only \
                    in this tab. Export them to keep them."
                .to_string();
        }
        let chars = storage::used_chars();
        let share = chars as f64 / storage::USUAL_LIMIT_CHARS as f64;
        let percent = (share * 100.0).round();
        let mut text = format!(
            "Askwell uses {} here, {} of what browsers usually allow a site for this kind of \
             storage (5 million characters).",
            size(chars as f64 * 2.0),
            if percent < 1.0 {
                "less than 1%".to_string()
            } else {
                format!("about {percent}%")
            }
        );
        if share >= CROWDED {
            text.push_str(
                " It is getting full: export your sessions, then delete old ones, so new \
                 practice can be saved.",
            );
        }
        text
    };
    view! {
        <section class="card data-usage" aria-labelledby="usage-heading">
            <h2 id="usage-heading">"Storage used"</h2>
            <p>{text}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_well() {
        assert_eq!(super::size(820.0), "820 B");
        assert_eq!(super::size(-0.0), "0 B");
        assert_eq!(super::size(12.3 * 1024.0), "12.3 KB");
        assert_eq!(super::size(5.0 * 1024.0 * 1024.0), "5.0 MB");
    }
}

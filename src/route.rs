//! Hash routes (`#/practice/ID`), so the app works on any static host, under any sub-path,
//! and from a file on disk.

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Practice(String),
    Review(String),
    History,
    Settings,
    /// The people to talk to, and who led to whom.
    People,
    /// One person: outreach, the conversation log, thank-you and follow-ups.
    Person(String),
    /// A question plan by its id.
    Plan(String),
    /// The user's own personas: list, new, copy, import, export, delete.
    Personas,
    /// One of the user's personas in the editor.
    PersonaEdit(String),
    NotFound,
}

impl Route {
    /// Reads a location hash such as `#/review/abc`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("", None) => Route::Home,
            ("practice", Some(id)) if !id.is_empty() => Route::Practice(id.to_string()),
            ("review", Some(id)) if !id.is_empty() => Route::Review(id.to_string()),
            // The page is called Progress: its name as an address leads there too.
            ("history" | "progress", None) => Route::History,
            ("settings", None) => Route::Settings,
            ("people", None) => Route::People,
            ("people", Some(id)) if !id.is_empty() => Route::Person(id.to_string()),
            ("plan", Some(id)) if !id.is_empty() => Route::Plan(id.to_string()),
            ("personas", None) => Route::Personas,
            ("personas", Some(id)) if !id.is_empty() => Route::PersonaEdit(id.to_string()),
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::Practice(id) => format!("#/practice/{id}"),
            Route::Review(id) => format!("#/review/{id}"),
            Route::History => "#/history".to_string(),
            Route::Settings => "#/settings".to_string(),
            Route::People => "#/people".to_string(),
            Route::Person(id) => format!("#/people/{id}"),
            Route::Plan(id) => format!("#/plan/{id}"),
            Route::Personas => "#/personas".to_string(),
            Route::PersonaEdit(id) => format!("#/personas/{id}"),
        }
    }
}

/// The current route, kept in step with the location hash.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub ReadSignal<Route>);

pub fn use_route() -> ReadSignal<Route> {
    expect_context::<CurrentRoute>().0
}

thread_local! {
    /// How many times the address has changed since the app started.
    static MOVES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A count of the address's changes: equal at two moments only if the user stayed put
/// between them (going elsewhere and back counts too).
pub fn moves() -> u32 {
    MOVES.with(|m| m.get())
}

/// Provides the route signal and follows `hashchange`.
pub fn provide_route() {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        MOVES.with(|m| m.set(m.get().wrapping_add(1)));
        set_route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    provide_context(CurrentRoute(route));
}

/// Goes to a route (adds a history entry, so Back works).
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}

/// Goes to a route and resolves once the app has followed it. The `hashchange` event comes a
/// task after the hash is set, so a change made in between is drawn by the page being left
/// (starting a practice had Home draw its list again, new session and all, on the way out).
pub async fn navigated(route: &Route) {
    let href = route.href();
    if current_hash() == href {
        return;
    }
    let mut arrived = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| arrived = Some(resolve));
    let Some(arrived) = arrived else { return };
    let _ = window().add_event_listener_with_callback("hashchange", &arrived);
    let _ = window().location().set_hash(&href);
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    let _ = window().remove_event_listener_with_callback("hashchange", &arrived);
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_routes() {
        for r in [
            Route::Home,
            Route::Practice("a1".into()),
            Route::Review("b2".into()),
            Route::People,
            Route::Person("p1".into()),
            Route::Plan("q1".into()),
            Route::Personas,
            Route::PersonaEdit("my-a1".into()),
        ] {
            assert_eq!(Route::parse(&r.href()), r);
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/nope"), Route::NotFound);
        assert_eq!(Route::parse("#/progress"), Route::History);
        assert_eq!(Route::parse("#/practice/"), Route::NotFound);
    }
}

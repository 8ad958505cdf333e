//! Long work split into short tasks, so the page keeps answering while it runs.

use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

/// Lets the browser handle input and paint before the caller goes on (a `setTimeout(0)`).
pub async fn yield_to_browser() {
    next_task().await
}

/// Waits `ms` milliseconds without blocking the page.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Milliseconds on the page's clock, for sizing slices of work.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Longest slice of work between two yields (well under the 50 ms long-task mark).
pub const SLICE_MS: f64 = 12.0;

/// Resolves after the browser has painted the next frame: work started then does not delay
/// the first screen (a requestAnimationFrame callback runs just before a paint, and a timeout
/// queued from it runs just after).
pub async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(w) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let queue_timeout = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(&resolve);
            }
        });
        let _ = w.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&queue_timeout));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// As [`yield_to_browser`], as a `Send` future (any of Leptos's spawners may await it):
/// resolves in a later task, after the browser has handled what is queued.
pub fn next_task() -> NextTask {
    NextTask {
        state: None,
        urgent: false,
    }
}

/// As [`next_task`], but queued as a user-blocking task where the browser has
/// `scheduler.postTask` (Chromium): it runs before timers and network callbacks already
/// queued, so a control split off into its own task is not drawn behind them.
pub fn next_urgent_task() -> NextTask {
    NextTask {
        state: None,
        urgent: true,
    }
}

/// The future of [`next_task`].
pub struct NextTask {
    /// Once queued: whether the task has come, and who to wake then. A future may be polled
    /// again before that (Leptos's `Suspend`, used here until 2026-12-06, was polled once as
    /// it was drawn, then by the executor), so it is ready only once the task has run, and the
    /// latest poll's waker is the one woken.
    state: Option<Arc<Mutex<(bool, Waker)>>>,
    urgent: bool,
}

impl std::future::Future for NextTask {
    type Output = ();

    fn poll(mut self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if let Some(state) = &self.state {
            let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
            if state.0 {
                return Poll::Ready(());
            }
            state.1 = cx.waker().clone();
            return Poll::Pending;
        }
        let state = Arc::new(Mutex::new((false, cx.waker().clone())));
        self.state = Some(state.clone());
        let wake = wasm_bindgen::closure::Closure::once_into_js(move || {
            let waker = {
                let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
                state.0 = true;
                state.1.clone()
            };
            // Woken with the lock released, in case the executor polls at once.
            waker.wake();
        });
        if self.urgent && post_urgent_task(&wake) {
            return Poll::Pending;
        }
        match web_sys::window() {
            Some(w)
                if w.set_timeout_with_callback(wasm_bindgen::JsCast::unchecked_ref(&wake))
                    .is_ok() =>
            {
                Poll::Pending
            }
            _ => Poll::Ready(()),
        }
    }
}

/// Runs `work` in a task of its own, after what is queued now ([`next_task`]).
pub fn in_next_task(work: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        next_task().await;
        work();
    });
}

/// `scheduler.postTask(callback, { priority: "user-blocking" })`; false where there is none.
fn post_urgent_task(callback: &wasm_bindgen::JsValue) -> bool {
    use js_sys::{Function, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let Ok(scheduler) = Reflect::get(&js_sys::global(), &JsValue::from_str("scheduler")) else {
        return false;
    };
    let Ok(post) = Reflect::get(&scheduler, &JsValue::from_str("postTask")) else {
        return false;
    };
    let Some(post) = post.dyn_ref::<Function>() else {
        return false;
    };
    let options = Object::new();
    let priority = Reflect::set(
        &options,
        &JsValue::from_str("priority"),
        &JsValue::from_str("user-blocking"),
    );
    priority.is_ok() && post.call2(&scheduler, callback, &options).is_ok()
}

/// How long a fetch may wait for its answer to begin before it counts as failed: a stalled
/// link (no answer, no error) otherwise left Start at "Starting…" for good. The split
/// loader's chunks have the same limit (scripts/split-wasm.js); the body is not timed, so a
/// slow download that moves goes on. The e2e build reads `window.askwellStallMs` instead.
fn stall_ms() -> i32 {
    #[cfg(feature = "test-hooks")]
    if let Some(ms) = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"askwellStallMs".into()).ok())
        .and_then(|v| v.as_f64())
    {
        return ms as i32;
    }
    25_000
}

/// `window.fetch(url)`'s response, or `None` when it fails or has not begun in time.
pub async fn fetch_in_time(url: &str) -> Option<web_sys::Response> {
    use std::future::Future;
    use wasm_bindgen::JsCast;
    let mut answer = std::pin::pin!(wasm_bindgen_futures::JsFuture::from(
        web_sys::window()?.fetch_with_str(url)
    ));
    let mut stall = std::pin::pin!(sleep_ms(stall_ms()));
    let answer = std::future::poll_fn(|cx| match answer.as_mut().poll(cx) {
        Poll::Ready(got) => Poll::Ready(got.ok()),
        Poll::Pending => stall.as_mut().poll(cx).map(|()| None),
    })
    .await?;
    answer.dyn_into().ok()
}

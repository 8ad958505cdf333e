//! `SendWrapper<T>`: a value that may be moved to another thread but used, and dropped, only
//! on the thread that made it; using it anywhere else panics. Leptos wraps its local values,
//! effects and event handlers in one.
//!
//! Askwell's own version of the crate's API, written for this app: a wasm module built
//! without atomics has a single thread, so there the wrapper skips the thread check, and with
//! it `std::thread::current`, whose set-up code was about 8 KB of every page's main module
//! (NOTES.md section 1, 2026-12-04). On other targets (native tests and tools) it checks the
//! thread as the published crate does.

use std::fmt;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

#[cfg(not(all(target_family = "wasm", not(target_feature = "atomics"))))]
mod owner {
    /// The thread the value belongs to.
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub struct Owner(std::thread::ThreadId);

    pub fn here() -> Owner {
        Owner(std::thread::current().id())
    }
}

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
mod owner {
    /// One thread only: every value belongs to it.
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub struct Owner;

    pub fn here() -> Owner {
        Owner
    }
}

/// A value usable only on the thread that wrapped it, though the wrapper is `Send + Sync`.
pub struct SendWrapper<T> {
    value: ManuallyDrop<T>,
    owner: owner::Owner,
}

// Sound because every access to `value` goes through `check`, which panics off the owning
// thread, and dropping off that thread panics instead of running `T`'s drop.
unsafe impl<T> Send for SendWrapper<T> {}
unsafe impl<T> Sync for SendWrapper<T> {}

impl<T> SendWrapper<T> {
    /// Wraps `value`, owned by the current thread.
    pub fn new(value: T) -> SendWrapper<T> {
        SendWrapper {
            value: ManuallyDrop::new(value),
            owner: owner::here(),
        }
    }

    /// Whether the current thread may use the value.
    pub fn valid(&self) -> bool {
        self.owner == owner::here()
    }

    fn check(&self) {
        if !self.valid() {
            panic!("a SendWrapper's value was used on a thread other than the one that made it");
        }
    }

    /// The value itself; panics off the owning thread.
    pub fn take(self) -> T {
        self.check();
        let mut this = ManuallyDrop::new(self);
        // Taken once: `this` is never dropped, so the value is not dropped twice.
        unsafe { ManuallyDrop::take(&mut this.value) }
    }
}

impl<T> Deref for SendWrapper<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.check();
        &self.value
    }
}

impl<T> DerefMut for SendWrapper<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.check();
        &mut self.value
    }
}

impl<T> Drop for SendWrapper<T> {
    fn drop(&mut self) {
        if self.valid() || !std::mem::needs_drop::<T>() {
            // Nothing of `T` runs off its thread when `T` has no drop code.
            unsafe { ManuallyDrop::drop(&mut self.value) };
        } else if !std::thread::panicking() {
            panic!("a SendWrapper was dropped on a thread other than the one that made it");
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for SendWrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendWrapper")
            .field("value", &**self)
            .finish()
    }
}

impl<T: Clone> Clone for SendWrapper<T> {
    fn clone(&self) -> SendWrapper<T> {
        SendWrapper::new((**self).clone())
    }
}

#[cfg(feature = "futures")]
mod futures {
    use super::SendWrapper;
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    impl<F: Future> Future for SendWrapper<F> {
        type Output = F::Output;

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
            // The future is never moved out of the pinned wrapper.
            unsafe { self.map_unchecked_mut(|w| &mut **w) }.poll(cx)
        }
    }

    impl<S: futures_core::Stream> futures_core::Stream for SendWrapper<S> {
        type Item = S::Item;

        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
            unsafe { self.map_unchecked_mut(|w| &mut **w) }.poll_next(cx)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SendWrapper;
    use std::rc::Rc;

    #[test]
    fn the_value_is_used_taken_and_dropped_once_on_its_thread() {
        let counted = Rc::new(());
        let w = SendWrapper::new(Rc::clone(&counted));
        assert!(w.valid());
        assert_eq!(Rc::strong_count(&*w), 2);
        let copy = w.clone();
        drop(w);
        assert_eq!(Rc::strong_count(&counted), 2);
        let taken = copy.take();
        assert_eq!(Rc::strong_count(&taken), 2);
        drop(taken);
        assert_eq!(Rc::strong_count(&counted), 1);
    }

    #[test]
    fn another_thread_may_move_it_but_not_use_it() {
        let w = SendWrapper::new(5u32);
        let used = std::thread::spawn(move || {
            assert!(!w.valid());
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| *w));
            // `u32` needs no drop, so dropping `w` here is allowed.
            r.is_err()
        });
        assert!(used.join().unwrap());
    }
}

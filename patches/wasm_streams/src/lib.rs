//! Stands in for the wasm-streams crate, which Leptos always brings in through server_fn's
//! "browser" feature (streamed request and response bodies of server functions).
//!
//! Askwell has no server functions, so none of this runs. The published crate exports three
//! JavaScript classes (`#[wasm_bindgen]` stream adapters); exports are roots, so their code,
//! the async glue and the adapters stayed in every page's main module, and even with the
//! exports taken out after wasm-bindgen, the function table kept about 7 KB of it (NOTES.md
//! section 1). This has only the names server_fn uses, with the same signatures.

pub mod readable {
    use std::marker::PhantomData;
    use std::pin::Pin;
    use std::task::{Context, Poll};
    use wasm_bindgen::JsValue;

    /// Raw bindings, as the published crate re-exports them from web-sys.
    pub mod sys {
        pub use web_sys::ReadableStream;
    }

    const NO_STREAMS: &str = "Askwell has no server functions: streamed bodies are not built in";

    /// A JavaScript `ReadableStream`, kept as it is.
    pub struct ReadableStream {
        raw: sys::ReadableStream,
    }

    impl ReadableStream {
        pub fn from_raw(raw: sys::ReadableStream) -> Self {
            Self { raw }
        }

        /// Never called in Askwell (a streamed request body of a server function).
        pub fn from_stream<St>(_stream: St) -> Self
        where
            St: futures_core::Stream<Item = Result<JsValue, JsValue>> + 'static,
        {
            panic!("{}", NO_STREAMS)
        }

        pub fn into_raw(self) -> sys::ReadableStream {
            self.raw
        }

        /// Never called in Askwell (a streamed response body of a server function).
        pub fn into_stream(self) -> IntoStream<'static> {
            panic!("{}", NO_STREAMS)
        }
    }

    /// The stream [`ReadableStream::into_stream`] would give: server_fn's code maps over it, so
    /// it must be a `Stream` to compile, though no value of it is ever made.
    pub struct IntoStream<'reader> {
        _reader: PhantomData<&'reader ()>,
    }

    impl futures_core::Stream for IntoStream<'_> {
        type Item = Result<JsValue, JsValue>;

        fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            Poll::Ready(None)
        }
    }
}

pub use readable::ReadableStream;

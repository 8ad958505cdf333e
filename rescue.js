// Askwell's way out when the app cannot run. A classic script loaded before the wasm loader,
// using only the plain DOM (no Leptos, no wasm), so it still works when the app never started
// or has stopped. It shows one calm screen with Reload, "Download my data" (the raw
// localStorage values of every `askwell.` key, exactly as stored) and the error to copy.
//
// Shown by:
// - `window.askwellRescue(message)`: the Rust panic hook calls it with the panic message (debug
//   builds only: the release build panics with immediate-abort and only traps);
// - any uncaught error or rejection before Trunk's `TrunkApplicationStarted` event (the wasm
//   failed to fetch, compile or instantiate, or the browser has no WebAssembly);
// - a `WebAssembly.RuntimeError` at any time (a panic ends as an `unreachable` trap).
(function () {
  "use strict";
  var PREFIX = "askwell.";
  var started = false;
  var screen = null;
  var details = null;
  var shownMessages = [];

  // Every `askwell.` key and its value as stored. Storage that throws (blocked, private
  // mode) gives what could be read and the reason, never an exception.
  function rawStorage() {
    var values = {};
    var problem = null;
    try {
      var storage = window.localStorage;
      var keys = [];
      for (var i = 0; i < storage.length; i++) keys.push(storage.key(i));
      keys.sort();
      keys.forEach(function (key) {
        if (key !== null && key.indexOf(PREFIX) === 0) {
          try {
            values[key] = storage.getItem(key);
          } catch (e) {
            problem = String(e);
          }
        }
      });
    } catch (e) {
      problem = String(e);
    }
    return { values: values, problem: problem };
  }

  function downloadData(status) {
    var raw = rawStorage();
    var file = {
      format: "askwell-raw-storage",
      version: 1,
      saved_at: new Date().toISOString(),
      values: raw.values,
    };
    var count = Object.keys(raw.values).length;
    if (raw.problem) file.problem = raw.problem;
    var blob = new Blob([JSON.stringify(file, null, 2)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "askwell-data-" + file.saved_at.slice(0, 10) + ".json";
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 60000);
    status.textContent = raw.problem
      ? "This browser would not let Askwell read all of its storage. The file holds what could be read (" +
        count + " values)."
      : "Saved a file with " + count + " stored values. Keep it: a later version of Askwell can read it.";
  }

  function copyText(textarea, status) {
    var done = function () {
      status.textContent = "Copied the error message.";
    };
    var fallback = function () {
      textarea.focus();
      textarea.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      status.textContent = ok ? "Copied the error message." : "Select the text above and copy it.";
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(textarea.value).then(done, fallback);
    } else {
      fallback();
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // appendChild rather than append(): this screen must work in the oldest browsers too.
  function appendAll(parent, children) {
    for (var i = 0; i < children.length; i++) parent.appendChild(children[i]);
  }

  function build(loadFailed) {
    var root = element("main", "rescue page narrow");
    root.setAttribute("aria-labelledby", "rescue-title");
    var heading = element("h1", "rescue-title", loadFailed ? "Askwell could not start" : "Askwell stopped");
    heading.id = "rescue-title";
    heading.tabIndex = -1;
    var what = element(
      "p",
      "rescue-lead",
      loadFailed
        ? "Askwell could not start because part of it did not load. Your saved data is still in this browser."
        : "Askwell stopped because of an error. Your saved data is still in this browser."
    );
    var next = element(
      "p",
      null,
      "Reload to try again. If this keeps happening, download your data to keep a copy, and send the error below to whoever runs this site."
    );
    var actions = element("div", "rescue-actions");
    var reload = element("button", "button primary", "Reload");
    reload.type = "button";
    reload.addEventListener("click", function () {
      window.location.reload();
    });
    var download = element("button", "button", "Download my data");
    download.type = "button";
    appendAll(actions, [reload, download]);

    var label = element("label", "rescue-label", "Error message");
    label.htmlFor = "rescue-error";
    details = element("textarea", "rescue-error");
    details.id = "rescue-error";
    details.readOnly = true;
    details.rows = 5;
    details.spellcheck = false;
    var copy = element("button", "button rescue-copy", "Copy");
    copy.type = "button";
    var status = element("p", "rescue-status");
    status.setAttribute("role", "status");

    download.addEventListener("click", function () {
      downloadData(status);
    });
    copy.addEventListener("click", function () {
      copyText(details, status);
    });
    appendAll(root, [heading, what, next, actions, label, details, copy, status]);
    return root;
  }

  function describe(reason) {
    if (reason === undefined || reason === null) return "Unknown error";
    if (reason instanceof Error) {
      var head = (reason.name ? reason.name + ": " : "") + reason.message;
      var stack = reason.stack ? String(reason.stack) : "";
      // V8's stack starts with the same "Name: message" line; others' do not.
      return stack.indexOf(head) === 0 ? stack : stack ? head + "\n" + stack : head;
    }
    return String(reason);
  }

  // Shows the screen (once) and adds the message to it; later messages are appended, since
  // the first one (a panic message in a debug build) is usually the most telling.
  function rescue(message, loadFailed) {
    var text = describe(message);
    if (!screen) {
      screen = build(Boolean(loadFailed));
      var body = document.body || document.documentElement.appendChild(document.createElement("body"));
      // Swap the page: what the app left behind may be half-updated and misleading.
      while (body.firstChild) body.removeChild(body.firstChild);
      document.documentElement.classList.add("askwell-rescued");
      body.appendChild(screen);
      document.title = "Askwell stopped";
      screen.querySelector("h1").focus();
    }
    if (shownMessages.indexOf(text) === -1) {
      shownMessages.push(text);
      details.value = shownMessages.join("\n\n");
    }
  }

  function show(message, loadFailed) {
    // The body does not exist yet while the head is parsed.
    if (document.body) rescue(message, loadFailed);
    else document.addEventListener("DOMContentLoaded", function () { rescue(message, loadFailed); });
  }

  function isTrap(error) {
    return typeof WebAssembly === "object" && WebAssembly.RuntimeError && error instanceof WebAssembly.RuntimeError;
  }

  function onProblem(error, fallbackText) {
    if (isTrap(error)) show(error, false);
    else if (!started) show(error === undefined || error === null ? fallbackText : error, true);
  }

  window.askwellRescue = function (message) {
    show(message === undefined ? "Unknown error" : message, false);
  };
  window.addEventListener("TrunkApplicationStarted", function () {
    started = true;
  });
  window.addEventListener("error", function (event) {
    onProblem(event.error, event.message);
  });
  window.addEventListener("unhandledrejection", function (event) {
    onProblem(event.reason, "A promise was rejected");
  });
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    show("This browser cannot run WebAssembly, which Askwell needs. Try an up-to-date browser.", true);
  }
})();

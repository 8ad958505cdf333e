// Registers the service worker (offline use) and offers a new build without ever reloading by
// itself: when a new build is installed and waiting, a quiet status bar says "A new version is
// ready" with a Reload button. Only that click activates the new build (SKIP_WAITING), and the
// page reloads once the new worker controls it, so an interview is never interrupted.
//
// For the app: `window` gets an `askwell:update-ready` event when the bar appears, and
// `window.askwellApplyUpdate()` does what the Reload button does. `window.askwellControlled`
// settles once a worker answers the page's requests: at once after the first visit; on the
// first, when the new worker takes charge (or its registration fails, or after 10 s). The
// app looks for hosted personas after it, so the worker answers a host without them with an
// empty list instead of a 404 in the console.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  var container = navigator.serviceWorker;
  var registration = null;
  var registering = false;
  var applying = false;
  var bar = null;
  // Whether this page started under a worker: the first install taking control is no update.
  var hadController = Boolean(container.controller);
  var settle;
  window.askwellControlled = new Promise(function (resolve) {
    settle = resolve;
  });
  if (hadController) settle();
  setTimeout(settle, 10000);

  function apply() {
    var waiting = registration && registration.waiting;
    if (waiting) {
      applying = true;
      waiting.postMessage({ type: "SKIP_WAITING" });
    } else {
      // The new build is already active (another tab applied it): this page runs the old one.
      location.reload();
    }
  }

  function showBar() {
    if (bar || document.documentElement.classList.contains("askwell-rescued")) return;
    bar = document.createElement("div");
    bar.className = "update-bar";
    bar.setAttribute("role", "status");
    document.body.insertBefore(bar, document.body.firstChild);
    // Filled after insertion so screen readers announce it as a polite status.
    requestAnimationFrame(function () {
      var text = document.createElement("span");
      text.textContent = "A new version is ready \u2014 ";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "update-reload";
      button.textContent = "Reload";
      button.addEventListener("click", apply);
      bar.appendChild(text);
      bar.appendChild(button);
    });
    window.dispatchEvent(new CustomEvent("askwell:update-ready"));
  }

  function whenBody(fn) {
    if (document.body) fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  function watch(worker) {
    worker.addEventListener("statechange", function () {
      if (worker.state === "installed" && container.controller) whenBody(showBar);
    });
  }

  window.askwellApplyUpdate = apply;

  container.addEventListener("controllerchange", function () {
    settle();
    if (applying) location.reload();
    else if (hadController) whenBody(showBar);
    hadController = true;
  });

  // A first visit's worker fetches the whole app to keep (about 1 MB gzip). On a slow
  // connection it would share the line with the files the page still needs, so it is
  // registered once the app says its first screen and a practice's code are here
  // ("askwell:settled"), or 10 s after the page loaded if that never comes. A page put out of
  // sight before then (another app on a phone, a closed tab) registers it at once: it may
  // never run again, and the worker's install goes on without it. Later visits register at
  // once: their pages come from the worker, and it looks for a new build.
  if (hadController) register();
  else {
    var registerOnce = function () {
      if (!registering) register();
    };
    window.addEventListener("askwell:settled", registerOnce, { once: true });
    window.addEventListener("load", function () {
      setTimeout(registerOnce, 10000);
    });
    window.addEventListener("pagehide", registerOnce, { once: true });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") registerOnce();
    });
  }

  function register() {
    registering = true;
    container
      .register("./sw.js")
      .then(function (reg) {
        registration = reg;
        if (reg.waiting && container.controller) whenBody(showBar);
        if (reg.installing) watch(reg.installing);
        reg.addEventListener("updatefound", function () {
          if (reg.installing) watch(reg.installing);
        });
        // Look for a new build when the user comes back to the tab (quietly; offline is fine).
        document.addEventListener("visibilitychange", function () {
          if (document.visibilityState === "visible") reg.update().catch(function () {});
        });
      })
      .catch(settle);
  }
})();

// Askwell's service worker: after the first visit the app runs with no network at all.
// scripts/trunk-post-build.sh fills in BUILD (a hash of the built files) and ASSETS (every
// built file except index.html and this worker, plus "./", the page itself).
//
// Rules, each for a failure seen in the reliability audit:
// - Only complete, successful (200), same-origin responses are cached; never a 404, a 5xx or
//   a redirect. A file whose name holds its content hash may come from the HTTP cache (the
//   same name is the same bytes), so a first visit on a slow connection does not fetch what
//   the page has just fetched a second time; a copy from there that is not fit to keep is
//   fetched again from the host. Files with fixed names (the page, the manifest, the icons)
//   are always checked with the host (`cache: "no-cache"`).
// - One cache per build and per deployment: its name holds the scope, so two copies of Askwell
//   under different paths of one origin keep their own caches; activation deletes only this
//   scope's older builds.
// - The page (the app shell) comes from this build's cache, and so does every file it asks
//   for, matched by exact URL in this build's cache only. Built files and persona scripts have
//   content hashes in their names, so a page never mixes two builds.
// - Hosted personas (`personas/extra/`, added by a deployment after the build, so not in
//   ASSETS) are fetched from the network first and kept in a cache of their own per
//   deployment, which survives new builds; offline, the kept copy answers. A 404 means the
//   deployment removed the file, so the kept copy goes too.
// - A new build waits until the page asks for it (the "new version" bar in offline.js sends
//   SKIP_WAITING); it never takes over or reloads an open page by itself.
const BUILD = "__BUILD__";
const ASSETS = __ASSETS__;
const SCOPE = self.registration.scope;
const PREFIX = "askwell:" + SCOPE + ":";
const CACHE = PREFIX + BUILD;
const SHELL = new URL("./", SCOPE).href;
const SHELL_ALIASES = [SHELL, new URL("./index.html", SCOPE).href];
const EXTRA = new URL("./personas/extra/", SCOPE).href;
const EXTRA_CACHE = PREFIX + "extra";

function withoutSearch(url) {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
}

// A fetched file fit to keep: the whole body of a 200 from this origin. A redirect is kept
// only between the shell's two names ("./" and "./index.html"), copied into a fresh response.
async function keepable(response, requested) {
  if (!response || response.status !== 200 || response.type !== "basic") return null;
  if (response.redirected) {
    const both = [requested, withoutSearch(response.url)];
    if (!both.every((u) => SHELL_ALIASES.includes(u))) return null;
  }
  const body = await response.arrayBuffer();
  const length = response.headers.get("content-length");
  if (length !== null && !response.headers.get("content-encoding") && Number(length) !== body.byteLength) {
    return null;
  }
  return new Response(body, { status: 200, statusText: response.statusText, headers: response.headers });
}

// "askwell-web-<hash>.js", "askwell-web-<hash>_bg.wasm", "askwell-web-<hash>-chunk_3.wasm",
// "personas/priya-raman.<hash>.json".
const HASHED_NAME = /[.-][0-9a-f]{16}[._-][^/]*$/;

async function fetchToKeep(url, cacheMode) {
  const response = await fetch(new Request(url, { cache: cacheMode, credentials: "same-origin" }));
  return [response, await keepable(response, url)];
}

async function fetchOne(url) {
  let [response, kept] = await fetchToKeep(url, HASHED_NAME.test(url) ? "default" : "no-cache");
  if (!kept) [response, kept] = await fetchToKeep(url, "reload");
  if (!kept) throw new Error("Askwell: cannot cache " + url + " (status " + response.status + ")");
  return [url, kept];
}

// At most this many fetches at once, in ASSETS order (smallest first): a page that asks for a
// file meanwhile shares the connection with a few, not with the whole app.
const AT_ONCE = 4;

async function precache() {
  const urls = ASSETS.map((path) => new URL(path, SCOPE).href);
  // Fetch everything first, then store: a build is cached whole or not at all.
  const entries = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const at = next++;
      entries[at] = await fetchOne(urls[at]);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(entries.map(([url, response]) => cache.put(url, response)));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

// True for a cache of an older build of this same deployment. Caches named before names held
// the scope ("askwell-<build>") are ours only when every URL in them lies inside our scope.
async function ownOldCache(name) {
  if (name === CACHE || name === EXTRA_CACHE) return false;
  if (name.startsWith(PREFIX)) return true;
  if (!name.startsWith("askwell-")) return false;
  const requests = await (await caches.open(name)).keys();
  return requests.length > 0 && requests.every((r) => r.url.startsWith(SCOPE));
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (await ownOldCache(name)) await caches.delete(name);
      }
      // Take charge of pages with no worker yet (the first visit), so they work offline.
      await self.clients.claim();
    })()
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

// A hosted persona file or the manifest: the network's answer when there is one (kept when
// it is a whole 200), else the copy kept from an earlier visit. The cache is only made when
// there is something to keep, so a deployment without the folder has no extra cache. A
// missing manifest (most deployments host none) is answered with an empty list, so the
// page's console shows no 404 at any start (on the first visit the app waits for this worker
// before it asks: offline.js's `askwellControlled`); the build never ships that file, so
// copying a new build over a deployment never replaces its list.
async function keptHosted(url) {
  if (!(await caches.has(EXTRA_CACHE))) return undefined;
  return (await caches.open(EXTRA_CACHE)).match(url);
}

async function hostedPersona(request, url) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const kept = await keptHosted(url);
    if (kept) return kept;
    throw error;
  }
  if (response.status === 404) {
    if (await caches.has(EXTRA_CACHE)) await (await caches.open(EXTRA_CACHE)).delete(url);
    if (url === EXTRA + "manifest.json") {
      const none = '{"format":"askwell-persona-manifest","format_version":1,"personas":[]}';
      return new Response(none, { status: 200, headers: { "Content-Type": "application/json" } });
    }
    return response;
  }
  const fresh = await keepable(response.clone(), url);
  if (fresh) {
    await (await caches.open(EXTRA_CACHE)).put(url, fresh);
    return response;
  }
  return (await keptHosted(url)) || response;
}

async function fromThisBuild(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  const url = withoutSearch(request.url);
  if (request.mode === "navigate") {
    if (!SHELL_ALIASES.includes(url)) return; // other pages (a mistyped path): the host's answer
    // This build's page, whatever the network says, so the page always matches this build's
    // files; a newer build is offered by the update bar.
    event.respondWith(fromThisBuild(SHELL).then((cached) => cached || fetch(request)));
    return;
  }
  if (url.startsWith(EXTRA)) {
    event.respondWith(hostedPersona(request, url));
    return;
  }
  // Exact URL (search included) in this build's cache; anything else from the network,
  // never stored: every file this build needs was stored whole at install.
  event.respondWith(fromThisBuild(request.url).then((cached) => cached || fetch(request)));
});

// A small static host for the offline tests: serves build folders under sub-paths of one
// origin, can swap the build behind a path ("deploy"), can redirect index.html to the folder
// (as Firebase, Netlify or Cloudflare Pages do), and can be stopped to go offline.
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");

const DIST = path.resolve(__dirname, "..", "dist");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
};

/**
 * Starts a host. `mounts` maps a sub-path ("askwell") to a folder; `cacheControl`, when
 * given, is sent with every file (as most hosts send `max-age`). Returns
 * { origin, url(sub), deploy(sub, dir), requests, stop() }.
 */
async function startHost(mounts, { redirectIndex = false, cacheControl = null } = {}) {
  const served = { ...mounts };
  const requests = [];
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://host");
    requests.push(url.pathname);
    const [, sub, ...rest] = url.pathname.split("/");
    const root = served[sub];
    if (!root) return notFound(res);
    if (rest.length === 0) return redirect(res, `/${sub}/`);
    const file = rest.join("/") || "index.html";
    if (redirectIndex && rest.join("/") === "index.html") {
      return redirect(res, `/${sub}/`);
    }
    const full = path.join(root, file);
    if (!full.startsWith(root) || !fs.existsSync(full) || !fs.statSync(full).isFile()) return notFound(res);
    const body = fs.readFileSync(full);
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(full)] || "application/octet-stream",
      "Content-Length": body.length,
      ...(cacheControl ? { "Cache-Control": cacheControl } : {}),
    });
    res.end(body);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  let stopped = false;
  return {
    origin,
    requests,
    url: (sub) => `${origin}/${sub}/`,
    deploy: (sub, dir) => {
      served[sub] = dir;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function notFound(res) {
  const body = "<!doctype html><title>Not found</title><h1>404: this host has no such page</h1>";
  res.writeHead(404, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

function redirect(res, location) {
  res.writeHead(301, { Location: location, "Content-Length": 0 });
  res.end();
}

/**
 * A copy of dist/ that looks like the next build to the service worker: its stylesheet has a
 * new content-addressed name (same bytes, so the integrity hash still holds) and its worker a
 * new build id. Returns { dir, stylesheet, remove() }.
 */
function nextBuild(label) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `askwell-${label}-`));
  fs.cpSync(DIST, dir, { recursive: true });
  // The one stylesheet scripts/bundle-css.js joins (askwell-<hash>.css).
  const old = fs.readdirSync(dir).find((f) => /^askwell-[0-9a-f]+\.css$/.test(f));
  const stylesheet = `askwell-${label}.css`;
  fs.renameSync(path.join(dir, old), path.join(dir, stylesheet));
  for (const file of ["index.html", "sw.js"]) {
    const full = path.join(dir, file);
    let text = fs.readFileSync(full, "utf8").split(old).join(stylesheet);
    if (file === "sw.js") text = text.replace(/const BUILD = "([^"]*)"/, `const BUILD = "$1-${label}"`);
    fs.writeFileSync(full, text);
  }
  return { dir, stylesheet, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

module.exports = { DIST, TYPES, startHost, nextBuild };

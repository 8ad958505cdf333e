// Serves dist/ under a sub-path (/askwell/) on 127.0.0.1, as a static host would, and can be
// stopped mid-test to check offline behaviour.
const { spawn } = require("child_process");
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");

const DIST = path.resolve(__dirname, "..", "dist");

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, "127.0.0.1", () => {
        s.end();
        resolve(true);
      });
      s.on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on ${port} did not start`);
}

/** Starts a server; returns { base, origin, stop }. */
async function startServer(subPath = "askwell") {
  if (!fs.existsSync(path.join(DIST, "index.html"))) {
    throw new Error("dist/ has no build: run ./scripts/test (it builds first)");
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "askwell-root-"));
  fs.symlinkSync(DIST, path.join(root, subPath));
  const port = await freePort();
  const proc = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", root], {
    stdio: "ignore",
  });
  await waitForPort(port, 10_000);
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise((r) => proc.once("exit", r));
  let stopped = false;
  return {
    origin,
    base: `${origin}/${subPath}/`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      proc.kill("SIGTERM");
      await exited;
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Records every request the pages (and their service worker) make that leaves the origin. */
function watchOrigin(context, origin) {
  const offOrigin = [];
  const check = (request) => {
    const url = request.url();
    if (!(url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:"))) {
      offOrigin.push(url);
    }
  };
  context.on("request", check);
  return offOrigin;
}

module.exports = { startServer, watchOrigin };

// A first visit on a slow phone connection (issue 11: students open Askwell on the way to a
// conversation). Serves dist/ gzipped with `Cache-Control: max-age=600` (as GitHub Pages
// does) through one shared link: 150 ms before each response's first byte, then 200 KB/s
// shared by every response in flight (4 KB slices in turn). Chromium's own throttling does
// not cover the service worker's requests, so the link is shaped here, where the worker's
// copy of the app competes with the page as it would on a real connection.
//
// Each run is a fresh browser context: Home usable (Start enabled), then Start pressed at once
// or after 3 s, the practice ready (the persona's greeting shown) after the press, and the
// worker in charge of the page (offline from then on), all timed inside the page from the
// navigation's start. Medians of SLOW_RUNS runs (default 5) for each wait.
//
//   node scripts/slow-visit.js [DIST] ; SLOW_COMPARE=/other/dist for a same-run A/B,
//   SLOW_KBPS=1000 for another link speed (KB/s)
const http = require("http");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { chromium } = require("@playwright/test");
const { TYPES } = require("../e2e/static-host");

const RUNS = Number(process.env.SLOW_RUNS || 5);
const WAITS = [0, 3000];
const LATENCY_MS = 150;
const KB_PER_S = Number(process.env.SLOW_KBPS || 200);
const SLICE = 4000;
const SLICE_EVERY_MS = SLICE / KB_PER_S; // 4 KB slices: 20 ms apart at 200 KB/s

/** A host for `dir` under /app/ behind one slow link. */
function slowHost(dir) {
  const gzipped = new Map();
  const inFlight = [];
  let sending = false;
  const send = () => {
    const next = inFlight.shift();
    if (!next) {
      sending = false;
      return;
    }
    const piece = next.body.subarray(next.at, next.at + SLICE);
    next.at += piece.length;
    next.res.write(piece);
    if (next.at < next.body.length) inFlight.push(next);
    else next.res.end();
    setTimeout(send, SLICE_EVERY_MS);
  };
  const server = http.createServer((req, res) => {
    let file = decodeURIComponent(new URL(req.url, "http://host").pathname).replace(/^\/app\//, "/");
    if (file.endsWith("/")) file += "index.html";
    const full = path.join(dir, file);
    if (!full.startsWith(dir) || !fs.existsSync(full) || !fs.statSync(full).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    if (!gzipped.has(full)) gzipped.set(full, zlib.gzipSync(fs.readFileSync(full), { level: 9 }));
    const body = gzipped.get(full);
    setTimeout(() => {
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(full)] || "application/octet-stream",
        "Content-Encoding": "gzip",
        "Content-Length": body.length,
        "Cache-Control": "max-age=600",
      });
      inFlight.push({ res, body, at: 0 });
      if (!sending) {
        sending = true;
        send();
      }
    }, LATENCY_MS);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}/app/`, server }))
  );
}

// Runs in the page before its scripts: notes (performance.now()) when Start is first usable,
// when it is pressed, when the persona's greeting shows and when the worker takes charge, so
// the figures do not depend on how often the bench looks.
function observe() {
  const at = (window.__slow = {});
  const watch = new MutationObserver(() => {
    if (at.home === undefined) {
      const start = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Start the interview");
      if (start && !start.disabled) at.home = performance.now();
    }
    if (at.practice === undefined && document.querySelector(".transcript .turn.persona")) at.practice = performance.now();
  });
  watch.observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener("click", () => (at.pressed = at.pressed ?? performance.now()), true);
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.addEventListener("controllerchange", () => (at.offline = performance.now()));
  }
}

async function visit(browser, url, waitMs) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: "commit" });
  const start = page.getByRole("button", { name: "Start the interview" });
  await page.waitForFunction(() => window.__slow && window.__slow.home !== undefined, null, { timeout: 60_000 });
  if (waitMs) await page.waitForTimeout(waitMs);
  await start.click();
  await page.waitForFunction(() => window.__slow.practice !== undefined, null, { timeout: 60_000 });
  await page.waitForFunction(() => window.__slow.offline !== undefined, null, { timeout: 60_000 });
  const at = await page.evaluate(() => window.__slow);
  await context.close();
  return { home: Math.round(at.home), practice: Math.round(at.practice - at.pressed), offline: Math.round(at.offline) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const dists = [path.resolve(process.argv[2] || "dist")];
  if (process.env.SLOW_COMPARE) dists.push(path.resolve(process.env.SLOW_COMPARE));
  const hosts = await Promise.all(dists.map(slowHost));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium" });
  console.log(`first visits, ${LATENCY_MS} ms before each response, one ${KB_PER_S} KB/s link, gzip, ${RUNS} runs each (medians, ms)`);
  console.log("build".padEnd(40) + "Start after".padStart(12) + "Home usable".padStart(13) + "practice ready".padStart(16) + "offline".padStart(9));
  for (const wait of WAITS) {
    const rows = dists.map(() => []);
    // Interleaved, so both builds meet the machine in the same state.
    for (let i = 0; i < RUNS; i++) {
      for (let d = 0; d < dists.length; d++) rows[d].push(await visit(browser, hosts[d].url, wait));
    }
    rows.forEach((r, d) => {
      const col = (k) => String(median(r.map((x) => x[k])));
      console.log(
        path.relative(process.cwd(), dists[d]).padEnd(40).slice(0, 40) +
          `${wait} ms`.padStart(12) +
          col("home").padStart(13) +
          `+${col("practice")}`.padStart(16) +
          col("offline").padStart(9)
      );
    });
  }
  await browser.close();
  hosts.forEach((h) => h.server.close());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

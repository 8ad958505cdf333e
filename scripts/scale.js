// Bench: Askwell with a long history. Seeds 500 finished sessions of realistic sizes
// (`askwell seed 500`, written by scripts/bench to target/seed-500.json), then, in three
// cold runs each with and without them: time from navigation to a usable Home (the session
// list and the start button on screen), when the app mounted, and every long task (> 50 ms)
// while loading Home and browsing Progress and Data. Prints one line per run and a summary.
const fs = require("fs");
const path = require("path");
const { chromium } = require("@playwright/test");
const { startServer } = require("../e2e/server");

const SEED = path.resolve(__dirname, "..", "target", "seed-500.json");

const OBSERVE = () => {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push(Math.round(e.duration));
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver((_, obs) => {
    const start = document.querySelector(".start-form button[type=submit]");
    if (start && (document.querySelector(".session-item") || document.querySelector(".home .empty, .home"))) {
      if (!window.__seeded || document.querySelector(".session-item")) {
        window.__usable = performance.now();
        obs.disconnect();
      }
    }
  }).observe(document, { childList: true, subtree: true });
};

async function run(browser, base, seed) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base);
  await page.locator(".start-form").waitFor();
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(values || {})) localStorage.setItem(k, v);
  }, seed);
  await page.addInitScript(`window.__seeded = ${seed ? "true" : "false"};`);
  await page.addInitScript(OBSERVE);
  await page.reload();
  await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 60_000 });
  const load = await page.evaluate(() => {
    const mark = performance.getEntriesByName("askwell-mounting")[0];
    return { usable: window.__usable, mounted: mark && mark.startTime, long: [...window.__long] };
  });
  await page.evaluate(() => (window.__long = []));
  const take = () => page.evaluate(() => window.__long.splice(0));
  await page.waitForTimeout(300);
  const afterLoad = await take();
  await page.goto(base + "#/history");
  await page.locator(".history-table tbody tr, .history .empty").first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  const history = await take();
  await page.goto(base + "#/settings");
  await page.locator("h1").first().waitFor();
  await page.waitForTimeout(300);
  const usage = await page.locator(".data-usage, .usage").first().textContent().catch(() => "");
  const data = await take();
  await page.goto(base + "#/");
  await page.locator(".start-form").waitFor();
  await page.waitForTimeout(300);
  const home = await take();
  const browsing = [...afterLoad, ...history, ...data, ...home];
  console.log(`    after load ${afterLoad.join(",") || "-"}; Progress ${history.join(",") || "-"}; Data ${data.join(",") || "-"}; Home again ${home.join(",") || "-"}`);
  await context.close();
  return { ...load, browsing, usage: (usage || "").replace(/\s+/g, " ").trim() };
}

(async () => {
  const seed = JSON.parse(fs.readFileSync(SEED, "utf8"));
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage"],
  });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    const summary = {};
    for (const [label, values] of [["0 sessions", null], ["500 sessions", seed]]) {
      const usable = [];
      let worst = 0;
      for (let r = 1; r <= 3; r++) {
        const m = await run(browser, server.base, values);
        usable.push(m.usable - (m.mounted ?? m.usable));
        worst = Math.max(worst, ...m.long, ...m.browsing, 0);
        console.log(`${label}, run ${r}: Home usable ${m.usable.toFixed(0)} ms after navigation, ` +
          `${m.mounted !== undefined ? (m.usable - m.mounted).toFixed(0) + " ms after mount" : "mount time not seen"}; ` +
          `long tasks loading: ${m.long.join(", ") || "none"}; browsing Progress and Data: ${m.browsing.join(", ") || "none"}` +
          (m.usage ? `; Data page says: ${m.usage.slice(0, 120)}` : ""));
      }
      summary[label] = { usable: median(usable), worst };
    }
    for (const [label, s] of Object.entries(summary)) {
      console.log(`${label}: median Home usable ${s.usable.toFixed(0)} ms after mount (budget 100 ms); longest task ${s.worst} ms (budget 50 ms)`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
})();

// Bench (issue 11, "Startup"): loads Askwell's release build (dist/), a bare Leptos counter
// built with the same profile (bench/counter, built by scripts/bench into
// target/bench-counter/dist) and a blank page, cold and interleaved, RUNS times each in one
// run, and prints first contentful paint, time to interactive and the bytes fetched. Every
// Askwell load then goes on to a first question, and the long tasks from load to the first
// reply are reported (goal: none over 50 ms), with the frames in which a task and the rendering
// after it together passed 50 ms (long animation frames' blocking duration).
//
// Definitions (all in ms from navigation start, performance.now() in the page):
// - FCP: performance.getEntriesByName("first-contentful-paint").
// - ready: the moment the page's main control is in the DOM and usable, seen by a
//   MutationObserver installed before any page script: Askwell's enabled "Start the interview"
//   button, the counter's button; for the blank page, the load event.
// - interactive: the later of FCP and ready (a control is not usable before it is painted).
// - fetched: every response the page received until it was interactive and loaded (the
//   service worker's own precache requests are not the page's and are not counted). The
//   static host sends no gzip, so the bytes on the wire are the raw files; the gzip -9 size
//   of the same bodies is shown beside them (what a gzip-serving host would send).
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { chromium } = require("playwright-core");
const { DIST, startHost } = require("../e2e/static-host");

const ROOT = path.resolve(__dirname, "..");
const RUNS = Number(process.env.STARTUP_RUNS || 7);
const TARGETS = {
  blank: { dir: path.join(ROOT, "bench", "blank") },
  counter: { dir: path.join(ROOT, "target", "bench-counter", "dist") },
  askwell: { dir: DIST },
};
// STARTUP_COMPARE=<dir of another build>: loads that build too, as "askwell_b", interleaved
// with the rest, for a same-run A/B of a change (the machine's speed drifts within an hour).
if (process.env.STARTUP_COMPARE) TARGETS.askwell_b = { dir: path.resolve(process.env.STARTUP_COMPARE) };
const QUESTION = "What does a typical day look like for you?";
// STARTUP_CPU=4: every page runs with its CPU slowed that many times (Chromium's CPU
// throttling), about a mid-range phone's speed; the network stays loopback.
const CPU = Number(process.env.STARTUP_CPU || 1);

// Runs in the page before its own scripts: records long tasks and the moment the main
// control is ready.
// It tells the bench by console messages ("__bench_ready" once the control is ready and
// painted, "__bench_turns N" as the persona's turns appear), so the bench never has to use
// Playwright's locators or waitForFunction while the page loads: those inject Playwright's
// own selector script, whose parse (20-60 ms on a busy 2-core machine) the page's long-task
// observer then counted as the app's.
function instrument(kind) {
  const bench = (window.__bench = { ready: null, fcp: null, longTasks: [], blockingFrames: [], shift: 0 });
  // Layout shifts the user did not cause (the browser marks those within half a second of an
  // input): a page that jumps under a finger.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shift += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  // Frames that blocked input: a long animation frame's blockingDuration is what its tasks
  // ran past 50 ms, with the style, layout and paint after its longest task counted in that
  // task (a long task entry leaves them out). Work moved from a task into the frame's
  // rendering shows here, so a change cannot pass by moving it. Short tasks that only share a
  // frame block nothing and are not counted.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.blockingDuration > 0) bench.blockingFrames.push({ start: e.startTime, ms: e.blockingDuration });
    }
  }).observe({ type: "long-animation-frame", buffered: true });
  const tellIfReady = () => {
    if (bench.ready !== null && bench.fcp !== null && !bench.told) {
      bench.told = true;
      console.debug("__bench_ready");
    }
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === "first-contentful-paint") bench.fcp = e.startTime;
    }
    tellIfReady();
  }).observe({ type: "paint", buffered: true });
  if (kind === "blank") {
    window.addEventListener("load", () => {
      bench.ready = performance.now();
      tellIfReady();
    });
    return;
  }
  let turns = 0;
  new MutationObserver(() => {
    const now = document.querySelectorAll(".transcript .turn.persona").length;
    if (now !== turns) {
      turns = now;
      console.debug(`__bench_turns ${now}`);
    }
  }).observe(document, { childList: true, subtree: true });
  const isReady = () => {
    if (kind === "counter") return !!document.getElementById("count");
    return [...document.querySelectorAll("button")].some(
      (b) => b.textContent.trim() === "Start the interview" && !b.disabled,
    );
  };
  const observer = new MutationObserver(() => {
    if (bench.ready === null && isReady()) {
      bench.ready = performance.now();
      observer.disconnect();
      tellIfReady();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function loadOnce(browser, host, name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (CPU > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
  }
  await page.addInitScript(instrument, name);
  let counting = true;
  const bodies = [];
  page.on("response", (response) => {
    if (!counting) return;
    bodies.push(
      response.body().then(
        (body) => ({ body, encoding: response.headers()["content-encoding"] || "" }),
        () => null, // redirects and aborted requests have no body
      ),
    );
  });
  const told = page.waitForEvent("console", { predicate: (m) => m.text() === "__bench_ready", timeout: 30_000 });
  await page.goto(host.url(name), { waitUntil: "load" });
  await told;
  counting = false;
  const m = await page.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0].startTime;
    const { ready, longTasks } = window.__bench;
    const interactive = Math.max(fcp, ready);
    const before = longTasks.filter((t) => t.start < interactive).map((t) => t.ms);
    return { fcp, ready, interactive, longestBefore: Math.max(0, ...before) };
  });
  const fetched = (await Promise.all(bodies)).filter(Boolean);
  m.requests = fetched.length;
  m.raw = fetched.reduce((n, r) => n + r.body.length, 0);
  m.gzip = fetched.reduce((n, r) => n + zlib.gzipSync(r.body, { level: 9 }).length, 0);
  m.encoded = fetched.some((r) => r.encoding);
  if (name === "counter") await checkCounterResponds(page);
  if (name.startsWith("askwell")) m.firstQuestion = await firstQuestion(page, m.interactive);
  await context.close();
  return m;
}

// The counter's button must count: otherwise "ready" would measure a dead page.
async function checkCounterResponds(page) {
  await page.click("#count");
  const text = await page.textContent("#count");
  if (!/Clicked 1 times/.test(text)) throw new Error(`the counter did not count: "${text}"`);
}

// Starts a practice from Home, asks the first question and waits for the reply; returns the
// long tasks from load to the reply (as scripts/first-question.js did before it was folded in),
// each named by when it started: during "load" (before interactive), "start" (the practice
// opening) or "reply" (after Enter).
// Driven by page.evaluate and the keyboard only, for the reason given at `instrument`.
async function firstQuestion(page, interactive) {
  const turns = (n) =>
    page.waitForEvent("console", { predicate: (m) => m.text() === `__bench_turns ${n}`, timeout: 30_000 });
  const opened = turns(1);
  await page.evaluate(() => {
    const labelled = (re) => [...document.querySelectorAll("input, textarea")].find((el) =>
      [...(el.labels || [])].some((l) => re.test(l.textContent)));
    labelled(/Dr\. Maya Okafor/).click();
    [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Start the interview").click();
  });
  await opened;
  await page.evaluate(() => {
    const box = [...document.querySelectorAll("textarea, input")].find((el) =>
      [...(el.labels || [])].some((l) => /Your question/.test(l.textContent)));
    box.focus();
  });
  await page.keyboard.insertText(QUESTION);
  const askedAt = await page.evaluate(() => performance.now());
  const asked = Date.now();
  const replied = turns(2);
  await page.keyboard.press("Enter");
  await replied;
  const replyMs = Date.now() - asked;
  await page.waitForTimeout(200); // lets a task still running at the reply be reported
  const named = (t) => ({
    ms: Math.round(t.ms),
    phase: t.start < interactive ? "load" : t.start < askedAt ? "start" : "reply",
  });
  const { longTasks, blockingFrames, shift } = await page.evaluate(() => window.__bench);
  return { replyMs, tasks: longTasks.map(named), frames: blockingFrames.map(named), shift };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => {
  const r = (x) => Math.round(x);
  return `${r(median(xs))} (${r(Math.min(...xs))}-${r(Math.max(...xs))})`;
};
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function printTable(results) {
  const rows = [["page", "FCP ms", "ready ms", "interactive ms", "longest task to interactive (max)", "requests", "fetched raw", "gzip -9"]];
  for (const [name, runs] of Object.entries(results)) {
    const col = (k) => runs.map((r) => r[k]);
    rows.push([
      name,
      spread(col("fcp")),
      spread(col("ready")),
      spread(col("interactive")),
      `${Math.round(Math.max(...col("longestBefore")))} ms`,
      String(median(col("requests"))),
      kib(median(col("raw"))),
      kib(median(col("gzip"))),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
}

(async () => {
  for (const [name, { dir }] of Object.entries(TARGETS)) {
    if (!require("fs").existsSync(path.join(dir, "index.html"))) {
      throw new Error(`${name}: no build in ${dir} (scripts/bench builds it)`);
    }
  }
  const host = await startHost(Object.fromEntries(Object.entries(TARGETS).map(([k, v]) => [k, v.dir])));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    // The same flags as e2e/playwright.config.js.
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage"],
  });
  const names = Object.keys(TARGETS);
  const results = Object.fromEntries(names.map((n) => [n, []]));
  const load = os.loadavg()[0].toFixed(1);
  try {
    // One discarded load of each first: the browser's first page pays for starting its
    // renderer and network processes, which is not the page's own cost.
    for (const name of names) await loadOnce(browser, host, name);
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, and the order rotates each round so no page always goes first.
      for (let i = 0; i < names.length; i++) {
        const name = names[(run + i) % names.length];
        results[name].push(await loadOnce(browser, host, name));
      }
    }
  } finally {
    await browser.close();
    await host.stop();
  }

  console.log(`${RUNS} cold loads each (after one discarded warm-up load each), interleaved; headless Chromium, loopback, ${CPU > 1 ? `CPU slowed ${CPU}x` : "no throttling"}; load average ${load} on ${os.cpus().length} cores`);
  console.log("median (min-max); fetched = what the page received until interactive, median per load");
  printTable(results);
  const encoded = Object.values(results).flat().some((r) => r.encoded);
  console.log(encoded ? "the host sent compressed bodies" : "the host sends no gzip: raw is what crossed the wire, gzip -9 is what a compressing host would send");
  const ratio = median(results.askwell.map((r) => r.fcp)) / median(results.counter.map((r) => r.fcp));
  console.log(`Askwell FCP / counter FCP (medians): ${ratio.toFixed(2)}x (goal <= 1.5x)`);

  for (const name of names.filter((n) => n.startsWith("askwell"))) {
    const questions = results[name].map((r) => r.firstQuestion);
    const all = questions.flatMap((q) => q.tasks.map((t) => t.ms));
    console.log(`\n${name === "askwell" ? "Askwell" : name}, load to the first reply ("${QUESTION}"), ${RUNS} runs:`);
    const listed = (ts, over = "") => (ts.length ? ts.map((t) => `${t.ms} ms${over} (${t.phase})`).join(", ") : "none");
    questions.forEach((q, i) =>
      console.log(`  run ${i + 1}: reply on screen ${q.replyMs} ms after Enter; long tasks: ${listed(q.tasks)}; blocking frames: ${listed(q.frames, " over 50")}`),
    );
    console.log(`longest task: ${Math.max(0, ...all)} ms; tasks over 50 ms: ${all.length} in ${RUNS} runs (goal: none)`);
    const frames = questions.flatMap((q) => q.frames);
    const byPhase = (phase) => frames.filter((f) => f.phase === phase).length;
    console.log(`frames blocking input (a task with its rendering over 50 ms): ${frames.length} (load ${byPhase("load")}, start ${byPhase("start")}, reply ${byPhase("reply")}); most blocked ${Math.max(0, ...frames.map((f) => f.ms))} ms over 50`);
    const shifts = questions.map((q) => q.shift);
    console.log(`layout shift not caused by input, load to the first reply: median ${median(shifts).toFixed(3)}, most ${Math.max(...shifts).toFixed(3)} (good: 0.1 or less)`);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

// The split build (issue 11, size): Home starts from the main module alone, and the interview
// chunk (the saved data's reading, with the practice) follows once it shows; the management
// pages fetch their chunk the first time one opens; a chunk that cannot be fetched shows a
// calm message with Reload instead of stopping the app. Prints what the first screen
// transferred.
const { test, expect } = require("./fixtures");
const { startServer } = require("./server");
const { ask, startPractice, endInterview } = require("./helpers");

const PIECE = /-(split_\w+|chunk_\d+)\.wasm$/;

/** Holds back the requests for the chunk matching `chunk` while the gate is shut: `hold()`
 * shuts it (it starts open), `release()` lets the held requests through. */
async function chunkGate(context, chunk) {
  let held = Promise.resolve();
  let open = () => {};
  await context.route(chunk, async (route) => {
    await held;
    await route.continue();
  });
  return {
    hold() {
      held = new Promise((r) => (open = r));
    },
    release: () => open(),
  };
}

/** Records every layout shift of the pages `context` loads from now on; `shifted(page)` sums
 * those of the page's current load. */
async function watchShifts(context) {
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
      type: "layout-shift",
      buffered: true,
    });
  });
}
const shifted = (page) => page.evaluate(() => window.__shifts.reduce((a, v) => a + v, 0));

/** Home reloaded with its saved data held back (the interview chunk reads it) and its layout
 * shifts recorded: the returned gate's `release()` lets the data come. */
async function reloadHomeWithSavedDataHeld(context, page, base) {
  const gate = await chunkGate(context, /-split_interview\.wasm$/);
  gate.hold();
  await watchShifts(context);
  await page.goto(`${base}#/`);
  await page.reload();
  return gate;
}

/** A phone's page with no service worker (so fetches go through routes), and the chunk
 * matching `chunk` held back until the returned `release` is called. */
async function phoneWithHeldChunk(browser, chunk) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const gate = await chunkGate(context, chunk);
  gate.hold();
  return { context, page, release: gate.release };
}

test.describe("split build", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("Home loads no management chunk; a practice, its review and Progress load theirs", async ({ page }) => {
    const fetched = [];
    let bytes = 0;
    page.on("response", async (res) => {
      const url = new URL(res.url());
      if (url.origin !== new URL(server.base).origin) return;
      fetched.push(url.pathname);
      const body = await res.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
    });
    await page.goto(server.base);
    await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    // The interview chunk reads the saved data once Home shows; the management pages' never.
    expect(fetched.some((p) => /-split_interview\.wasm$/.test(p)), fetched.join("\n")).toBe(true);
    const home = fetched.filter((p) => /-split_manage\.wasm$/.test(p));
    expect(home, "Home fetched a management page's chunk").toEqual([]);
    console.log(`first screen: ${fetched.length} files, ${(bytes / 1024).toFixed(1)} KiB uncompressed`);
    // The split loader is imported by the main JS: preloaded beside it, so a high-latency link
    // does not wait for one more round trip before the app starts.
    const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.href));
    const loader = fetched.find((p) => /-split\.js$/.test(p));
    expect(preloaded.some((href) => href.endsWith(loader))).toBe(true);

    await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    const practice = fetched.filter((p) => PIECE.test(p));
    expect(practice.some((p) => /-split_interview\.wasm$/.test(p)), practice.join("\n")).toBe(true);
    expect(practice.some((p) => /-split_manage\.wasm$/.test(p))).toBe(false);

    await endInterview(page);
    await expect(page.locator(".score-number")).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeFocused();
    const all = fetched.filter((p) => PIECE.test(p));
    expect(all.some((p) => /-split_manage\.wasm$/.test(p))).toBe(true);
  });

  test("a chunk that cannot be fetched says so, keeps the app running, and Reload recovers", async ({ browser }) => {
    // A fresh context, so no service worker has cached the chunks yet.
    const context = await browser.newContext();
    const page = await context.newPage();
    let blocked = true;
    await context.route(/-split_manage\.wasm$/, (route) => (blocked ? route.abort("internetdisconnected") : route.continue()));
    await page.goto(server.base);
    await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
    await page.getByRole("link", { name: "Progress" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "This page could not be loaded" })).toBeVisible();
    await expect(page.getByRole("alert")).toContainText("Your data is safe");
    await expect(page.locator("#rescue-title")).toHaveCount(0);
    // The rest of the app still works.
    await page.getByRole("link", { name: "Practice" }).click();
    await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
    blocked = false;
    await page.goto(`${server.base}#/history`);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
    await context.close();
  });

  test("leaving while a practice starts makes nothing, and a page waiting for its code says so", async ({ browser }) => {
    const { context, page, release } = await phoneWithHeldChunk(browser, /-split_interview\.wasm$/);
    await page.goto(`${server.base}#/`);
    await page.getByRole("button", { name: "Start the interview" }).click();
    await expect(page.getByRole("button", { name: "Starting…" })).toBeDisabled();
    // Gone elsewhere before the practice's code came: the page says it is loading (after a
    // moment, so a quick page does not flash it), and once the code comes no practice is made
    // and the user is not taken into one.
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Progress" }).click();
    // The placeholder in the page, not the status line that says it to screen readers.
    await expect(page.locator("#main").getByText("Loading this page…")).toBeVisible();
    // Back on Home before the code comes: left is left.
    await nav.getByRole("link", { name: "Practice" }).click();
    await expect(page.getByRole("button", { name: "Start the interview" })).toBeEnabled();
    // Only the practice being made asks for the persona's script: once it has come, the check
    // that nothing was made is no longer a guess about how long the machine takes.
    const script = page.waitForResponse(/personas\/daniel-reyes\./);
    release();
    await expect(page.locator(".start-summary")).toBeVisible();
    await script;
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/#\/$/);
    const sessions = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("askwell.session.")));
    expect(sessions).toEqual([]);
    // Progress opens once its code is here, and Home's Start works as before.
    await nav.getByRole("link", { name: "Progress" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
    await nav.getByRole("link", { name: "Practice" }).click();
    await page.getByRole("button", { name: "Start the interview" }).click();
    await expect(page).toHaveURL(/#\/practice\//);
    await context.close();
  });

  test("leaving while a question plan opens does not pull the user into it", async ({ browser }) => {
    const { context, page, release } = await phoneWithHeldChunk(browser, /-split_manage\.wasm$/);
    await page.goto(`${server.base}#/`);
    await page.getByRole("button", { name: "Plan your questions" }).click();
    await expect(page.getByRole("button", { name: "Opening…" })).toBeVisible();
    // Elsewhere and back on Home before the plan's code came: nothing is made or opened.
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Personas" }).click();
    // The placeholder in the page, not the status line that says it to screen readers.
    await expect(page.locator("#main").getByText("Loading this page…")).toBeVisible();
    await nav.getByRole("link", { name: "Practice" }).click();
    await expect(page.getByRole("button", { name: "Plan your questions" })).toBeVisible();
    const code = page.waitForResponse(/-split_manage\.wasm$/);
    release();
    await code;
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/#\/$/);
    const plans = await page.evaluate(() => localStorage.getItem("askwell.plans"));
    expect(plans === null || !plans.includes("plan-")).toBe(true);
    // Pressed again and left alone, it opens.
    await page.getByRole("button", { name: "Plan your questions" }).click();
    await expect(page).toHaveURL(/#\/plan\//);
    await context.close();
  });

  test("a practice's code that could not be fetched is fetched again when Start is pressed again", async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    let offline = true;
    let tries = 0;
    await context.route(/-split_interview\.wasm$/, (route) => {
      tries += 1;
      return offline ? route.abort("internetdisconnected") : route.continue();
    });
    const hostedAskedFor = [];
    page.on("request", (r) => /personas\/extra\/manifest\.json/.test(r.url()) && hostedAskedFor.push(r.url()));
    await page.goto(server.base);
    const notice = page.locator(".notices .notice");
    await expect(notice).toContainText("could not be loaded");
    // One failure is one try and one message: the tasks that waited for it do not each try
    // again (they did: four fetches and the message put up four times).
    await page.waitForTimeout(500);
    expect(tries).toBe(1);
    await expect(notice).toHaveCount(1);
    // Scrolled down the persona cards on a phone, Start pressed: the message at the top of
    // the page comes into sight.
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect(notice).not.toBeInViewport();
    await page.getByRole("button", { name: "Start the interview" }).click();
    await expect(page.getByRole("button", { name: "Start the interview" })).toBeEnabled();
    await expect(page).not.toHaveURL(/#\/practice\//);
    await expect(notice).toBeInViewport();
    // The connection is back: the next press fetches the code again and the practice opens.
    offline = false;
    await page.getByRole("button", { name: "Start the interview" }).click();
    await expect(page).toHaveURL(/#\/practice\//);
    await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
    // The work out of sight that waited for the saved data starts now (it gave up for good).
    await expect.poll(() => hostedAskedFor.length).toBeGreaterThan(0);
    await context.close();
  });

  test("a pick made while the saved data is still on its way is kept, and its arrival moves nothing", async ({ browser }) => {
    // No service worker, so the held chunk below is fetched through the route. A phone.
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await startPractice(page, server.base, /Dr\. Maya Okafor/);
    await ask(page, "What does a typical day look like for you?");

    // A slow link: the interview chunk, which reads the saved sessions, arrives late.
    const gate = await reloadHomeWithSavedDataHeld(context, page, server.base);
    const release = gate.release;
    const daniel = page.getByLabel(/Dr\. Daniel Reyes/);
    await expect(daniel).toBeChecked();
    // The user picks the persona already shown as chosen, then the saved data arrives.
    await daniel.click();
    release();
    await expect(page.locator(".continue")).toContainText("Unfinished interview with Dr. Maya Okafor");
    await expect(daniel).toBeChecked();
    await expect(page.locator(".start-summary")).toHaveText(/^Dr\. Daniel Reyes · 30 min/);

    // Untouched, the form picks the last session's persona when the data arrives; the card's
    // space was held from the first paint, so nothing on the page moved when it came (the
    // form used to jump down by the card's height: a layout shift of 0.09, and 0.05 more as
    // the page and Home's options pushed the footer down).
    gate.hold();
    await page.reload();
    await expect(page.locator(".start-bar")).toBeVisible();
    await page.waitForTimeout(300);
    release();
    await expect(page.locator(".continue")).toContainText("Unfinished interview with Dr. Maya Okafor");
    await expect(page.getByLabel(/Dr\. Maya Okafor/)).toBeChecked();
    await page.waitForTimeout(300);
    const shift = await shifted(page);
    expect(shift, "layout shift on Home").toBeLessThan(0.01);

    // Between a phone and a laptop the card takes fewer lines than on a phone: the space held
    // and the card share one least height per width, so the form stays put there too (it
    // moved up by a line at 700 px, 0.015, and at 900 px).
    for (const width of [700, 900]) {
      await page.setViewportSize({ width, height: 900 });
      gate.hold();
      await page.reload();
      await expect(page.locator(".start-bar")).toBeVisible();
      await page.waitForTimeout(300);
      release();
      await expect(page.locator(".continue")).toContainText("Unfinished interview with Dr. Maya Okafor");
      await page.waitForTimeout(300);
      const moved = await shifted(page);
      expect(moved, `layout shift on Home at ${width} px`).toBeLessThan(0.01);
    }
    await context.close();
  });

  test("someone with people to contact and no practice yet: Home's next actions move nothing when they come", async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.base}#/people`);
    await page.getByLabel("Name", { exact: true }).fill("Sam Lee");
    await page.getByRole("button", { name: "Add to my people" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added Sam Lee" })).toBeVisible();
    const gate = await reloadHomeWithSavedDataHeld(context, page, server.base);
    const release = gate.release;
    await expect(page.locator(".start-bar")).toBeVisible();
    await page.waitForTimeout(300);
    // Scrolled to the bottom, as a reload may restore it, so the footer is in view: the card
    // pushed it down, 0.044 (CI, stop 62), until the footer stayed unseen while it waited.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(100);
    release();
    // The card came (it is below the form, which stays put under a finger: it pushed the
    // form down by its height, a layout shift of 0.21).
    await expect(page.getByRole("heading", { name: "Next actions" })).toBeAttached();
    await page.waitForTimeout(300);
    const shift = await shifted(page);
    expect(shift, "layout shift on Home").toBeLessThan(0.01);
    await context.close();
  });
});

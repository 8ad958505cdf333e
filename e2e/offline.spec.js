// The offline copy (issue 9 item 5): it cannot be poisoned by a host's error page or redirect,
// deployments on one origin keep their own caches, and a new build waits for the user's
// Reload, showing a quiet bar, even in the middle of an interview.
const { test, expect } = require("./fixtures");
const { DIST, startHost, nextBuild } = require("./static-host");
const { ask } = require("./helpers");

/** Opens the app and waits until its service worker has cached the build and controls it. */
async function openControlled(page, url) {
  await page.goto(url);
  await expect(page.locator("input[name=persona]")).toHaveCount(6);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
}

async function startsAndRunsAPractice(page) {
  await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
  await page.getByLabel(/Dr\. Daniel Reyes/).check();
  await page.getByRole("button", { name: "Start the interview" }).click();
  await expect(page).toHaveURL(/#\/practice\//);
  await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
  await ask(page, "What does a typical day look like for you?");
  await expect(page.locator(".segment-now strong")).toHaveText("Present");
}

const cacheNames = (page) => page.evaluate(() => caches.keys());
// The build a page runs, told by its content-addressed stylesheet (null while it navigates).
const stylesheet = (page) =>
  page.evaluate(() => [...document.styleSheets].map((s) => s.href).find((h) => /\/askwell-[^/]*\.css$/.test(h))).catch(() => null);

/** Asks the browser to look for a new worker now (as it does on its own on later visits). */
const checkForUpdate = (page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

test.describe("offline copy", () => {
  const cleanup = [];
  test.afterEach(async () => {
    while (cleanup.length) await cleanup.pop()();
  });

  test("a missing page under the app's path, then offline: the app still starts and runs a practice", async ({ browser }) => {
    const host = await startHost({ askwell: DIST });
    cleanup.push(host.stop);
    const context = await browser.newContext();
    cleanup.push(() => context.close());
    const page = await context.newPage();
    await openControlled(page, host.url("askwell"));

    const missing = await page.goto(host.url("askwell") + "nope");
    expect(missing.status()).toBe(404);
    await host.stop();

    await page.goto(host.url("askwell"));
    await startsAndRunsAPractice(page);
  });

  test("a host that redirects index.html to the folder: the app still starts offline by either name", async ({ browser }) => {
    const host = await startHost({ askwell: DIST }, { redirectIndex: true });
    cleanup.push(host.stop);
    const context = await browser.newContext();
    cleanup.push(() => context.close());
    const page = await context.newPage();
    await openControlled(page, host.url("askwell") + "index.html");
    await expect(page).toHaveURL(host.url("askwell")); // the host redirected the first visit
    await host.stop();

    await page.goto(host.url("askwell") + "index.html");
    await expect(page.locator("input[name=persona]")).toHaveCount(6);
    await page.goto(host.url("askwell"));
    await startsAndRunsAPractice(page);
  });

  test("two deployments on one origin keep their own caches; updating one leaves the other's", async ({ browser }) => {
    const next = nextBuild("next");
    cleanup.push(next.remove);
    const host = await startHost({ askwell: DIST, "askwell-next": DIST });
    cleanup.push(host.stop);
    const context = await browser.newContext();
    cleanup.push(() => context.close());
    const first = await context.newPage();
    await openControlled(first, host.url("askwell"));
    const second = await context.newPage();
    await openControlled(second, host.url("askwell-next"));

    const before = await cacheNames(first);
    expect(before).toHaveLength(2);
    expect(before.filter((n) => n.includes(host.url("askwell") + ":"))).toHaveLength(1);
    expect(before.filter((n) => n.includes(host.url("askwell-next") + ":"))).toHaveLength(1);

    // A new build under /askwell-next/ only, applied there.
    host.deploy("askwell-next", next.dir);
    await checkForUpdate(second);
    await second.locator(".update-bar").getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => stylesheet(second)).toContain(next.stylesheet);

    const after = await cacheNames(first);
    expect(after).toHaveLength(2);
    expect(after).toContain(before.find((n) => n.includes(host.url("askwell") + ":")));
    expect(after.filter((n) => n.includes(host.url("askwell-next") + ":"))).toEqual([
      expect.stringMatching(/-next$/),
    ]);

    // The first deployment still runs offline from its own cache.
    await host.stop();
    await first.reload();
    await startsAndRunsAPractice(first);
  });

  test("a new build waiting shows a quiet update bar and never reloads by itself, even mid-interview", async ({ browser }) => {
    const next = nextBuild("newer");
    cleanup.push(next.remove);
    const host = await startHost({ askwell: DIST });
    cleanup.push(host.stop);
    const context = await browser.newContext();
    cleanup.push(() => context.close());
    const page = await context.newPage();
    await openControlled(page, host.url("askwell"));
    const built = await stylesheet(page);
    await page.getByLabel(/Dr\. Maya Okafor/).check();
    await page.getByRole("button", { name: "Start the interview" }).click();
    await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
    await ask(page, "What does a typical day look like for you?");
    await page.evaluate(() => (window.notReloaded = true));

    host.deploy("askwell", next.dir);
    await checkForUpdate(page);
    const bar = page.locator(".update-bar");
    await expect(bar).toHaveText("A new version is ready — Reload");
    await expect(bar).toHaveAttribute("role", "status");
    // The worker is waiting, the page is the same page, the interview goes on.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r.waiting)))).toBe(true);
    expect(await page.evaluate(() => window.notReloaded)).toBe(true);
    await ask(page, "How did you get into this field?");
    expect(await page.evaluate(() => window.notReloaded)).toBe(true);

    // Reloading by hand still runs the build this page started with (never half of each),
    // and the bar is offered again.
    await page.reload();
    await expect(page.locator(".transcript .turn.user")).toHaveCount(2);
    expect(await stylesheet(page)).toBe(built);
    await expect(bar).toBeVisible();

    // Only the click switches builds; the interview resumes in the new one.
    const reloaded = page.waitForEvent("load");
    await bar.getByRole("button", { name: "Reload" }).click();
    await reloaded;
    await expect.poll(() => stylesheet(page)).toContain(next.stylesheet);
    await expect(page.locator(".transcript .turn.user")).toHaveCount(2);
    await expect(bar).toHaveCount(0);
  });
});

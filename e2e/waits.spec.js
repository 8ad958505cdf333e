// Waiting on the network, as a screen-reader user and a user on a bad link meet it (code
// review cr43, findings 6, 8 and 10, and the stall it noted in passing): a slow page is
// announced once, a fetch that never answers becomes the usual failure with its retry, and a
// practice's failure is told only to a user still there, with its own message brought into
// sight.
const { test, expect } = require("./fixtures");
const { startServer } = require("./server");

/** A phone's page with no service worker (so fetches go through routes). */
async function phone(browser) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
  return { context, page: await context.newPage() };
}

/** Holds requests matching `pattern` until the returned `release(how)` ("continue" or "abort"). */
async function hold(context, pattern) {
  let release;
  const held = new Promise((r) => (release = r));
  await context.route(pattern, async (route) => ((await held) === "abort" ? route.abort("internetdisconnected") : route.continue()));
  return release;
}

const HOME = "Rehearse the conversation before it counts";

test.describe("waits", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  for (const reducedMotion of ["no-preference", "reduce"]) {
  test(`a page slow to come is announced politely, once, and the words go when it comes (${reducedMotion})`, async ({ browser }) => {
    const { context, page } = await phone(browser);
    await page.emulateMedia({ reducedMotion });
    const release = await hold(context, /-split_manage\.wasm$/);
    await page.goto(server.base);
    await expect(page.getByRole("heading", { name: HOME })).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    await expect(page.locator(".page-loading")).toHaveText("Loading this page…");
    await expect(page.locator(".page-loading")).toBeVisible();
    // Said by one polite status line that was in the page before (a live region made with its
    // words is not announced); the placeholder's own words are hidden from screen readers.
    const said = page.getByRole("status").filter({ hasText: "Loading this page…" });
    await expect(said).toHaveCount(1);
    await expect(said).toHaveAttribute("id", "loading-status");
    await expect(page.locator(".page-loading")).toHaveAttribute("aria-hidden", "true");
    release("continue");
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
    await expect(page.locator("#loading-status")).toHaveText("");
    await context.close();
  });
  }

  test("a page whose code never answers fails after a while with its message and Reload", async ({ browser }) => {
    const { context, page } = await phone(browser);
    // The limit is 25 s; the e2e build lets a test shorten it.
    await context.addInitScript(() => (window.askwellStallMs = 1500));
    let stalled = true;
    await context.route(/-split_manage\.wasm$/, (route) => (stalled ? undefined : route.continue()));
    await page.goto(server.base);
    await expect(page.getByRole("heading", { name: HOME })).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "This page could not be loaded" })).toBeVisible({ timeout: 10_000 });
    await expect(page.locator("#loading-status")).toHaveText("");
    stalled = false;
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
    await context.close();
  });

  test("a persona script that never answers ends Start's wait with the message, and Start again works", async ({ browser }) => {
    const { context, page } = await phone(browser);
    await context.addInitScript(() => (window.askwellStallMs = 1500));
    let stalled = true;
    await context.route(/personas\/daniel-reyes\./, (route) => (stalled ? undefined : route.continue()));
    await page.goto(server.base);
    const start = page.getByRole("button", { name: "Start the interview" });
    await start.click();
    await expect(page.getByRole("button", { name: "Starting…" })).toBeDisabled();
    await expect(page.locator(".notices .notice.error")).toContainText("Could not load this person's conversation", { timeout: 10_000 });
    await expect(start).toBeEnabled();
    stalled = false;
    await start.click();
    await expect(page).toHaveURL(/#\/practice\//);
    await context.close();
  });

  test("a practice whose persona fails after the user left tells nothing on the page they went to", async ({ browser }) => {
    const { context, page } = await phone(browser);
    const release = await hold(context, /personas\/daniel-reyes\./);
    await page.goto(server.base);
    // Only the practice being made asks for the script: it is on its way when the user goes.
    const asked = page.waitForRequest(/personas\/daniel-reyes\./);
    await page.getByRole("button", { name: "Start the interview" }).click();
    await expect(page.getByRole("button", { name: "Starting…" })).toBeDisabled();
    await asked;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 200));
    const scrolled = await page.evaluate(() => window.scrollY);
    const failed = page.waitForEvent("requestfailed", (r) => /personas\/daniel-reyes\./.test(r.url()));
    release("abort");
    await failed;
    await page.waitForTimeout(300);
    await expect(page.locator(".notices .notice")).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await context.close();
  });

  test("Start's failure scrolls to its own message, even when the same words are shown above another", async ({ browser }) => {
    const { context, page } = await phone(browser);
    let answer = "abort";
    await context.route(/personas\/daniel-reyes\./, (route) =>
      answer === "abort" ? route.abort("internetdisconnected") : route.fulfill({ status: 500, body: "" }),
    );
    await page.goto(server.base);
    const start = page.getByRole("button", { name: "Start the interview" });
    const notices = page.locator(".notices .notice");
    const offline = notices.filter({ hasText: "the network request failed" });
    await start.click();
    await expect(offline).toHaveCount(1);
    answer = "500";
    await start.click();
    await expect(notices.filter({ hasText: "the server answered 500" })).toHaveCount(1);
    // The first failure again, pressed far down the page: its message (already shown, above
    // the second) is the one brought into sight, not the last notice.
    answer = "abort";
    await page.evaluate(() => window.scrollTo(0, 900));
    await start.click();
    await expect(start).toBeEnabled();
    await expect(offline).toHaveCount(1);
    await expect(offline).toBeInViewport();
    await expect(notices).toHaveCount(2);
    await context.close();
  });
});

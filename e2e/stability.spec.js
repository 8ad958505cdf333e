// Nothing moves by itself: every screen, opened straight from its address on a phone, draws
// without a layout shift that the user did not cause (the footer used to jump as the page, its
// chunk or Home's options came in: 0.03-0.07 a screen; Home's form 0.09 when a returning
// user's Continue card arrived). Shifts within half a second of a tap or key are the user's
// own and the browser leaves them out, as the layout-shift API does.
const { test, expect } = require("./fixtures");
const { startServer } = require("./server");
const { ask, endInterview, startPractice } = require("./helpers");

const SCREENS = [
  ["Home", "#/"],
  ["the review", null],
  ["Progress", "#/history"],
  ["People", "#/people"],
  ["Personas", "#/personas"],
  ["Settings", "#/settings"],
];

test.describe("layout stability", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });
  test.use({ viewport: { width: 390, height: 844 } });

  test("every screen opened from its address draws without a layout shift", async ({ page }) => {
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    const id = await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    await endInterview(page);
    await expect(page.locator(".score-number")).toBeVisible();
    for (const [name, hash] of SCREENS) {
      await page.goto(server.base + (hash ?? `#/review/${encodeURIComponent(id)}`));
      await page.reload();
      await page.waitForLoadState("networkidle");
      await expect(page.locator("main h1").first()).toBeVisible();
      await page.waitForTimeout(500);
      const shift = await page.evaluate(() => window.__shifts.reduce((a, v) => a + v, 0));
      expect(shift, `layout shift on ${name}`).toBeLessThan(0.01);
    }
  });
});

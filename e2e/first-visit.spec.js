// A first visit to a host with no hosted personas (personas/extra/) is clean: no failed
// request and no console error. The seventh walk-through saw a 404 for
// personas/extra/manifest.json on the first load: the app now asks once the service worker
// answers for the page (offline.js's askwellControlled), and the worker answers a missing
// list with an empty one. Later starts: personas.spec.js.
const { test, expect } = require("./fixtures");
const { startServer } = require("./server");

test.describe("first visit", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("with no hosted personas, a first visit logs no failed request and no console error", async ({ page }) => {
    const failed = [];
    const errors = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on("requestfailed", (r) => failed.push(`failed ${r.url()}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    const listed = page.waitForResponse((r) => r.url().endsWith("/personas/extra/manifest.json"));
    await page.goto(server.base);
    await expect(page.getByRole("button", { name: "Start the interview" })).toBeEnabled();
    const manifest = await listed;
    expect(manifest.status()).toBe(200);
    expect(manifest.fromServiceWorker()).toBe(true);
    await page.waitForLoadState("networkidle");
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await expect(page.locator(".notice")).toHaveCount(0);
  });
});

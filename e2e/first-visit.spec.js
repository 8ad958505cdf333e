// A first visit to a host with no hosted personas (personas/extra/) is clean: no failed
// request and no console error. The seventh walk-through saw a 404 for
// personas/extra/manifest.json on the first load: the app now asks once the service worker
// answers for the page (offline.js's askwellControlled), and the worker answers a missing
// list with an empty one. Later starts: personas.spec.js.
const { test, expect } = require("./fixtures");
const { startServer } = require("./server");
const { DIST, startHost } = require("./static-host");

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

  // On a slow connection the worker's copy of the whole app (about 1 MB gzip) would share the
  // line with what the page still needs: it is registered once the app has its first screen
  // and the practice's code, and takes what the page already fetched from the HTTP cache.
  test("the worker starts after the practice's code and fetches no built file the page already has", async ({ page }) => {
    const host = await startHost({ askwell: DIST }, { cacheControl: "max-age=600" });
    try {
      await page.goto(host.url("askwell"));
      await expect(page.getByRole("button", { name: "Start the interview" })).toBeEnabled();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
        }
      });
      const asked = host.requests.map((p) => p.replace(/^\/askwell\//, ""));
      const interview = asked.findIndex((p) => /-split_interview\.wasm$/.test(p));
      expect(interview, "the page fetched the practice's code").toBeGreaterThanOrEqual(0);
      expect(asked.indexOf("sw.js"), "the worker is registered after it").toBeGreaterThan(interview);
      // Built files have content hashes in their names: each crossed the network once.
      const built = asked.filter((p) => /[.-][0-9a-f]{16}[._-]/.test(p));
      const twice = built.filter((p, i) => built.indexOf(p) !== i);
      expect(twice).toEqual([]);
      expect(built.filter((p) => p.endsWith(".wasm")).length).toBeGreaterThanOrEqual(4);
    } finally {
      await host.stop();
    }
  });

  // A phone user who leaves before the practice's code arrives (another app, a closed tab)
  // still gets a worker: the page registers it as it goes out of sight.
  test("a first visit closed before the practice's code arrives still installs the worker", async ({ context }) => {
    const host = await startHost({ askwell: DIST });
    try {
      const page = await context.newPage();
      // The practice's code never arrives, so the app never says it has settled.
      await page.route(/-split_interview\.wasm$/, () => {});
      await page.goto(host.url("askwell"));
      await expect(page.getByRole("button", { name: "Start the interview" })).toBeVisible();
      expect(host.requests.some((p) => p.endsWith("/sw.js"))).toBe(false);
      await page.close();
      const later = await context.newPage();
      // A file of the deployment that is not the app, so this page registers nothing itself.
      await later.goto(host.url("askwell") + "manifest.webmanifest");
      await expect
        .poll(() => later.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration("./"))), {
          timeout: 10000,
        })
        .toBe(true);
    } finally {
      await host.stop();
    }
  });
});

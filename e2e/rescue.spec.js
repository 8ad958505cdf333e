// The way out when the app cannot run (issue 9 item 2, the JavaScript half): a wasm that does
// not load, a browser without WebAssembly, or a trap after start shows one calm plain-DOM
// screen with Reload, "Download my data" (the raw stored values) and the error to copy.
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { DIST, startHost } = require("./static-host");

const ARTIFACTS = path.resolve(__dirname, "artifacts");
fs.mkdirSync(ARTIFACTS, { recursive: true });

// Raw values as a user's browser may hold them, including ones no build could decode.
const SEEDED = {
  "askwell.index": '{"version":2,"sessions":[]}',
  "askwell.session.s1": '{"version":13,"data":{"unknown":"from a newer build"}}',
  "askwell.backup.s0.1700000000000": "not JSON at all {",
  "askwell.settings": "ünïcödé ✓ and \"quotes\"\nand a newline",
  "askwell.empty": "",
};
const FOREIGN = { "other-app.token": "not ours" };

function seed(values) {
  for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
}

async function rescuedContext(browser, { breakStorage = false } = {}) {
  // No service worker, so the routes below answer every request of the page.
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.addInitScript(seed, { ...SEEDED, ...FOREIGN });
  if (breakStorage) {
    await context.addInitScript(() =>
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The user denied storage", "SecurityError");
        },
      })
    );
  }
  return context;
}

async function downloadedFile(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^askwell-data-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(fs.readFileSync(await download.path(), "utf8"));
}

async function expectRescueScreen(page, title) {
  const heading = page.getByRole("heading", { level: 1, name: title });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByText("Your saved data is still in this browser.")).toBeVisible();
  // Keyboard: from the heading, Tab reaches Reload first.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Reload" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Download my data" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  const message = page.getByLabel("Error message");
  await expect(message).toHaveJSProperty("readOnly", true);
  return message;
}

test.describe("rescue screen", () => {
  let host;
  test.beforeAll(async () => {
    host = await startHost({ askwell: DIST });
  });
  test.afterAll(async () => {
    await host.stop();
  });

  test("a truncated .wasm: the rescue screen, Reload, and the raw stored values downloaded as they are", async ({ browser }) => {
    const context = await rescuedContext(browser);
    await context.route("**/*.wasm", async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
    });
    const page = await context.newPage();
    await page.goto(host.url("askwell"));
    const message = await expectRescueScreen(page, "Askwell could not start");
    await expect(message).not.toHaveValue("");

    const file = await downloadedFile(page);
    expect(file.format).toBe("askwell-raw-storage");
    expect(file.values).toEqual(SEEDED);
    await expect(page.getByRole("status")).toContainText("5 stored values");

    // Reload tries again (and here fails the same way, calmly).
    await page.getByRole("button", { name: "Reload" }).click();
    await expectRescueScreen(page, "Askwell could not start");
    await context.close();
  });

  test("a .wasm answered with a server error: the rescue screen and the download", async ({ browser }) => {
    const context = await rescuedContext(browser);
    await context.route("**/*.wasm", (route) =>
      route.fulfill({ status: 500, contentType: "text/html", body: "<h1>Internal Server Error</h1>" })
    );
    const page = await context.newPage();
    await page.goto(host.url("askwell"));
    await expectRescueScreen(page, "Askwell could not start");
    expect((await downloadedFile(page)).values).toEqual(SEEDED);
    await context.close();
  });

  test("a browser without WebAssembly: the rescue screen says so", async ({ browser }) => {
    const context = await rescuedContext(browser);
    await context.addInitScript(() => delete window.WebAssembly);
    const page = await context.newPage();
    await page.goto(host.url("askwell"));
    const message = await expectRescueScreen(page, "Askwell could not start");
    await expect(message).toHaveValue(/cannot run WebAssembly/);
    await context.close();
  });

  test("storage that throws: the download still works and says what it could not read", async ({ browser }) => {
    const context = await rescuedContext(browser, { breakStorage: true });
    await context.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    const page = await context.newPage();
    await page.goto(host.url("askwell"));
    await expectRescueScreen(page, "Askwell could not start");
    const file = await downloadedFile(page);
    expect(file.values).toEqual({});
    expect(file.problem).toContain("denied storage");
    await expect(page.getByRole("status")).toContainText("would not let Askwell read");
    await context.close();
  });

  test("a real panic in the wasm app (test-only export): the screen replaces the app, with the trap's message to copy", async ({ browser }) => {
    const context = await rescuedContext(browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: host.origin });
    const page = await context.newPage();
    page.on("pageerror", () => {}); // the trap after the panic is the point of this test
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(host.url("askwell"));
    await expect(page.locator("input[name=persona]")).toHaveCount(6);

    // `askwell_test_panic` exists only in the e2e build (cargo feature test-hooks). The release
    // build panics with immediate-abort (scripts/setup, release_std): no Rust message, the
    // instance traps at once, and the screen shows the trap with the wasm function it hit,
    // which a names-kept build of the same commit turns back into a name.
    expect(await page.evaluate(() => typeof window.wasmBindings.askwell_test_panic)).toBe("function");
    await page.evaluate(() => setTimeout(() => window.wasmBindings.askwell_test_panic()));
    const message = await expectRescueScreen(page, "Askwell stopped");
    await expect(page.getByText("Askwell stopped because of an error.")).toBeVisible();
    await expect(message).toHaveValue(/RuntimeError: unreachable/);
    await expect(message).toHaveValue(/wasm-function\[\d+\]/);
    await expect(page.locator("input[name=persona]")).toHaveCount(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "rescue-phone.png"), fullPage: true });

    await page.getByRole("button", { name: "Copy" }).click();
    await expect(page.getByRole("status")).toHaveText("Copied the error message.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("RuntimeError: unreachable");
    // The app ran before the panic (it may have moved a value aside): the file holds exactly
    // what is stored now, and nothing of other apps.
    const stored = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("askwell.")).map((k) => [k, localStorage.getItem(k)]))
    );
    expect(stored["askwell.session.s1"]).toBe(SEEDED["askwell.session.s1"]);
    expect((await downloadedFile(page)).values).toEqual(stored);
    await context.close();
  });

  test("after start, an ordinary script error leaves the app alone; a rejected trap shows the screen", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on("pageerror", () => {}); // both errors below are deliberate
    await page.goto(host.url("askwell"));
    await expect(page.locator("input[name=persona]")).toHaveCount(6);
    await page.evaluate(() => {
      setTimeout(() => {
        throw new TypeError("a harmless script error");
      });
      setTimeout(() => Promise.reject(new WebAssembly.RuntimeError("unreachable executed")));
    });
    const message = await expectRescueScreen(page, "Askwell stopped");
    await expect(message).toHaveValue(/unreachable executed/);
    await expect(message).not.toHaveValue(/harmless/);
    await context.close();
  });
});

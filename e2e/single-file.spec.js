// The single-file build (issue 11, item 4): dist/ turned into one HTML file by
// scripts/single-file.js (what scripts/build-single runs), opened from disk with file:// and
// used for a whole practice, with nothing fetched and no page error or policy violation.
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { buildSingle } = require("../scripts/single-file.js");
const { ask, startPractice, endInterview } = require("./helpers");

const DIST = path.resolve(__dirname, "..", "dist");
const OUT = path.resolve(__dirname, "..", "dist-single", "askwell.html");

test.describe("single file", () => {
  test.beforeAll(() => {
    buildSingle(DIST, OUT);
  });

  test("opened from disk, it runs a practice to its review with nothing fetched", async ({ browser }) => {
    const context = await browser.newContext();
    const requests = [];
    context.on("request", (request) => requests.push(request.url()));
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const url = pathToFileURL(OUT).href;

    await startPractice(page, url);
    await ask(page, "Hi, I'm a student exploring careers in medicine. Thank you for making the time.");
    await ask(page, "What does a typical day look like for you?");
    await expect(page.locator(".transcript .turn.user")).toHaveCount(2);
    await endInterview(page);
    await expect(page).toHaveURL(/#\/review\//);
    await expect(page.locator(".timing-chart")).toBeVisible();

    // One file: only the page itself was loaded (no script, stylesheet, wasm or persona file),
    // and no service worker on file:.
    expect(requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([url]);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller))).toBe(false);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("default-src 'none'");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("its size is reported, and a second build gives the same file", () => {
    const first = fs.readFileSync(OUT);
    buildSingle(DIST, OUT);
    expect(fs.readFileSync(OUT).equals(first)).toBe(true);
    console.log(`single file: ${(first.length / 1024).toFixed(1)} KiB`);
  });
});

// Data written by a newer build of the same schema (a topic this build does not know) is
// left in place, listed, named as newer everywhere, and never moved aside or written over.
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { snapshot, seedOnce } = require("./helpers");
const { startServer } = require("./server");

const V3 = path.resolve(__dirname, "..", "core", "tests", "fixtures", "v3");
const read = (f) => fs.readFileSync(path.join(V3, f), "utf8").trim();

test.describe("newer-build data", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("a session with a topic this build does not know: listed, read-only, never moved aside", async ({ browser }) => {
    const newer = JSON.parse(read("session_simulated.json"));
    newer.data.exchanges[1].topic = "future.space_travel";
    const seed = {
      "askwell.index": read("index.json"),
      "askwell.session.s-1714100000000-b2": read("session_real_active.json"),
      "askwell.session.s-1714000000000-a1": JSON.stringify(newer),
    };
    const context = await browser.newContext();
    await seedOnce(context, seed);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.base);

    const items = page.locator(".session-item");
    await expect(items).toHaveCount(2);
    await expect(page.locator(".notices .notice").filter({ hasText: "saved by a newer version of Askwell" }).first()).toBeVisible();

    // Progress names it instead of skipping it.
    await page.goto(server.base + "#/history");
    await expect(page.locator(".left-out")).toContainText("Dr. Maya Okafor");
    await expect(page.locator(".left-out")).toContainText("saved by a newer version of Askwell");

    // Opening it says what it is.
    await page.goto(server.base + "#/review/s-1714000000000-a1");
    await expect(page.locator("main")).toContainText("saved by a newer version of Askwell");

    // Nothing was moved aside or rewritten.
    const now = await snapshot(page);
    for (const [k, v] of Object.entries(seed)) expect(now[k]).toBe(v);
    expect(Object.keys(now).filter((k) => k.startsWith("askwell.backup."))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

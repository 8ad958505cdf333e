// The Progress chart (design review B13, 2026-12-05): its labels keep a readable size at every
// width, points are named by session number (two sessions in the same minute used to read
// alike as "5:25 AM"), and the timing column is named in plain words.
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { seedOnce } = require("./helpers");
const { startServer } = require("./server");

const V3 = path.resolve(__dirname, "..", "core", "tests", "fixtures", "v3");
const SESSION = JSON.parse(fs.readFileSync(path.join(V3, "session_simulated.json"), "utf8"));
const INDEX = JSON.parse(fs.readFileSync(path.join(V3, "index.json"), "utf8"));

/** Three finished sessions: the first two 10 s apart, in the same minute. */
function threeSessions() {
  const summary = INDEX.data.sessions.find((s) => s.status === "ended");
  const seed = {};
  const sessions = [0, 10_000, 90_000].map((dt, i) => {
    const id = `s-${1714000000000 + dt}-p${i}`;
    const started_at_ms = 1714000000000 + dt;
    const record = JSON.parse(JSON.stringify(SESSION));
    Object.assign(record.data, { id, started_at_ms });
    seed[`askwell.session.${id}`] = JSON.stringify(record);
    return { ...summary, id, started_at_ms };
  });
  seed["askwell.index"] = JSON.stringify({ ...INDEX, data: { sessions: sessions.reverse() } });
  return seed;
}

test.describe("Progress chart", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`labels at a fixed size, named by session, at ${viewport.width} px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport });
      await seedOnce(context, threeSessions());
      const page = await context.newPage();
      await page.goto(server.base + "#/history");
      await expect(page.locator(".history-table tbody tr")).toHaveCount(3);
      const chart = page.locator(".progress-chart");
      await expect(chart.locator("svg")).toBeVisible();
      await expect(chart.locator("svg")).toHaveAttribute("aria-label", /^3 sessions .*time per part on plan/);

      // Each session its own label, oldest first, with its date and time as the tooltip; the
      // two in the same minute no longer read alike.
      const labels = chart.locator(".pc-x span");
      await expect(labels).toHaveText(["#1", "#2", "#3"]);
      const titles = await labels.evaluateAll((ls) => ls.map((l) => l.title));
      expect(titles[0]).toMatch(/2024/);
      expect(titles[0]).toBe(titles[1]);
      expect(new Set(await labels.allTextContents()).size).toBe(3);

      // 12-13 px, whatever the chart's width, for the numbers and the scale alike.
      for (const label of [labels.first(), chart.locator(".pc-y span").first()]) {
        const size = await label.evaluate((l) => parseFloat(getComputedStyle(l).fontSize));
        expect(size).toBeGreaterThanOrEqual(12);
        expect(size).toBeLessThanOrEqual(13);
      }
      // Inside the figure, under the drawing and clear of each other.
      const svg = await chart.locator("svg").boundingBox();
      const figure = await chart.boundingBox();
      const boxes = await labels.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().toJSON()));
      for (const [i, b] of boxes.entries()) {
        expect(b.top).toBeGreaterThanOrEqual(svg.y + svg.height - 1);
        expect(b.left).toBeGreaterThanOrEqual(figure.x);
        expect(b.right).toBeLessThanOrEqual(figure.x + figure.width);
        if (i > 0) expect(b.left).toBeGreaterThan(boxes[i - 1].right);
      }

      // The table names each session by the same number, with its date, in plain words.
      await expect(page.locator(".history-table thead th")).toHaveText(["Session", "Interviewee", "Score", "Time per part on plan"]);
      await expect(page.locator(".history-table tbody tr").first().locator("a")).toHaveText(/^#3 on /);
      await expect(page.locator(".history-table tbody tr").last().locator("a")).toHaveText(`#1 on ${titles[0]}`);
      await expect(chart.locator("figcaption")).toHaveText(/Time per part on plan \(%\)/);
      await expect(page.locator(".history")).not.toContainText(/segments/i);
      await context.close();
    });
  }
});

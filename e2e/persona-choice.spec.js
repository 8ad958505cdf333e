// Choosing an interviewee on a phone (design review B11, 2026-12-05): the chosen card unfolds
// its whole bio in place ("More about Rosa"; the review found the bio cut at five lines and the
// full one hidden on phones), the temperament is a labelled line ("Style: ...") instead of a
// sentence squeezed into a pill, and each card of the sideways row says where it is ("2 of 6").
// Screenshots go to e2e/artifacts (or $CHOICE_SHOTS).
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { startServer } = require("./server");

const SHOTS = process.env.CHOICE_SHOTS || path.resolve(__dirname, "artifacts");
fs.mkdirSync(SHOTS, { recursive: true });

test.describe("persona choice on a phone", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  for (const theme of ["light", "dark"]) {
    test(`More about Rosa, her style, and 2 of 6, 390 x 844 ${theme}`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(server.base);
      const cards = page.locator(".persona-option");
      await expect(cards).toHaveCount(6);
      // Each card names its place in the row; only eyes need it (the radio group says it).
      for (let i = 0; i < 6; i++) await expect(cards.nth(i).locator(".persona-place")).toHaveText(`${i + 1} of 6`);
      await expect(cards.first().locator(".persona-place")).toHaveAttribute("aria-hidden", "true");

      const rosa = page.locator(".persona-option", { has: page.getByLabel(/Rosa Delgado/) });
      await page.getByLabel(/Rosa Delgado/).check();
      // The style is one labelled line, not a pill.
      const style = rosa.locator(".persona-style");
      await expect(style).toHaveText(/^Style: Warm\. Generous with stories/);
      await expect(rosa.locator(".badge.temperament")).toHaveCount(0);

      // Only the chosen card offers its bio, named for her, and it unfolds in place.
      const more = rosa.getByText("More about Rosa");
      await expect(more).toBeVisible();
      await expect(page.locator(".persona-more summary:visible")).toHaveCount(1);
      const bio = rosa.locator(".persona-bio");
      const cut = () => bio.evaluate((e) => e.scrollHeight > e.clientHeight + 1);
      expect(await cut(), "the bio is clamped before").toBe(true);
      const before = await rosa.boundingBox();
      await page.screenshot({ path: path.join(SHOTS, `phone-${theme}-home-first.png`) });
      await more.click();
      expect(await cut(), "the whole bio shows").toBe(false);
      await expect(bio).toContainText("master's");
      const after = await rosa.boundingBox();
      expect(after.height).toBeGreaterThan(before.height);
      // The row does not scroll away from her card, and the page does not scroll sideways.
      const grid = await page.locator(".persona-grid").boundingBox();
      expect(after.x).toBeGreaterThanOrEqual(grid.x - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await rosa.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `phone-${theme}-home-more-about.png`) });

      // The disclosure is reachable from the keyboard and folds back; the summary is a
      // target of at least 24 px.
      await more.focus();
      await page.keyboard.press("Enter");
      expect(await cut()).toBe(true);
      const target = await rosa.locator(".persona-more summary").boundingBox();
      expect(target.height).toBeGreaterThanOrEqual(24);
      // Choosing another hides Rosa's; its own appears.
      await page.getByLabel(/Dr\. Daniel Reyes/).check();
      await expect(more).toBeHidden();
      await expect(page.getByText("More about Daniel")).toBeVisible();
    });
  }

  test("at 320 px the card, its style line and its place fit; laptop shows no place", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(server.base);
    await page.getByLabel(/Rosa Delgado/).check();
    await page.getByText("More about Rosa").click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 860 });
    await expect(page.locator(".persona-place:visible")).toHaveCount(0);
    await expect(page.getByText("More about Rosa")).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, "laptop-light-home-more-about.png") });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: path.join(SHOTS, "laptop-dark-home-more-about.png") });
  });

  // A laptop at 200 % zoom (640 px) has the sideways row too, under a mouse with no scrollbar to
  // drag: Previous and Next buttons scroll it a card at a time (design review d43 P2-9).
  test("the persona row's Previous and Next buttons, 640 x 400; none on a wide screen", async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(server.base);
    const row = page.locator(".persona-grid");
    const cards = page.locator(".persona-option");
    await expect(cards).toHaveCount(6);
    const next = page.getByRole("button", { name: "Next interviewees" });
    const previous = page.getByRole("button", { name: "Previous interviewees" });
    await expect(next).toBeVisible();
    await next.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "zoomed-laptop-persona-row.png") });
    const at = () => row.evaluate((r) => r.scrollLeft);
    expect(await at()).toBe(0);
    await next.click();
    await expect.poll(at).toBeGreaterThan(100);
    // Lands on a card: the second one's start, past the row's padding.
    await expect.poll(async () => Math.round((await cards.nth(1).boundingBox()).x)).toBe(14);
    await next.click();
    await expect.poll(async () => Math.round((await cards.nth(2).boundingBox()).x)).toBe(14);
    // Reached by the keyboard too, and back with Previous; the choice is left as it was.
    await previous.focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => Math.round((await cards.nth(1).boundingBox()).x)).toBe(14);
    await expect(page.locator(".start-summary")).toHaveText(/^Dr\. Daniel Reyes/);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(next).toBeHidden();
    await expect(previous).toBeHidden();
  });
});

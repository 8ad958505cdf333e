// The persona editor's tone (design review B16, 2026-12-05). The review found it opening on
// "Not ready yet: 25 things are still needed" over 26 unlabelled cells, a large disabled
// "Undo last change", conversation lines with {a} and {b} in them, "Written here" in the list,
// and "Dr. Daniel Reye…" cut off in the copy select on a phone. Now: "N of 26 topics answered ·
// next: add a name" (the step a button to its field) with a legend for the cells, Undo only
// once there is something to undo, the two topics of a line shown as chips, "Written by you",
// and the select on a row of its own on a phone. Screenshots: e2e/artifacts (or $EDITOR_SHOTS).
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { startServer } = require("./server");

const SHOTS = process.env.EDITOR_SHOTS || path.resolve(__dirname, "artifacts");
fs.mkdirSync(SHOTS, { recursive: true });

test.describe("persona editor tone", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("progress and next step, Undo only when it can undo, chips for {a} and {b}", async ({ page }) => {
    await page.goto(server.base + "#/personas");
    await page.getByRole("button", { name: "New persona" }).click();
    await expect(page).toHaveURL(/#\/personas\/my-/);
    const state = page.locator(".pe-meter-state");
    await expect(state).toHaveText(/^\d+ of 26 topics answered · next: add a name$/);
    await expect(page.locator(".pe-meter-legend")).toHaveText(/Complete\s*Answered\s*Not yet/);
    await expect(page.getByRole("button", { name: "Undo last change" })).toHaveCount(0);

    // The step is a way to its field.
    await state.getByRole("button", { name: "add a name" }).click();
    await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
    await page.keyboard.type("Ada Quinn");
    await expect(state).toHaveText(/· next: add pronouns$/);

    // Undo appears with the first change and goes with the last one undone; focus is kept
    // on the page (its heading), not lost.
    const undo = page.getByRole("button", { name: "Undo last change" });
    await expect(undo).toBeVisible();
    await undo.click();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("");
    await expect(undo).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await page.getByLabel("Name", { exact: true }).fill("Ada Quinn");

    // The lines that ask which of two things was meant read as sentences with two chips.
    const slots = page.locator(".pe-slot-lines");
    const first = await page.locator("#pe-line-clarify-1").inputValue();
    expect(first).toContain("{a}");
    const readAs = slots.locator("li").first();
    await expect(readAs.locator(".slot")).toHaveText(["first topic", "second topic"]);
    await expect(readAs).not.toContainText("{a}");
    // It follows the box as typed.
    await page.locator("#pe-line-clarify-1").fill("Do you mean {b} or {a}?");
    await expect(readAs).toHaveText("Do you mean second topic or first topic?");
    await page.locator("#pe-line-clarify-1").fill(first);

    for (const [size, viewport] of [["phone", { width: 390, height: 844 }], ["laptop", { width: 1280, height: 860 }]]) {
      for (const theme of ["light", "dark"]) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: path.join(SHOTS, `${size}-${theme}-persona-editor-top.png`) });
        await slots.scrollIntoViewIfNeeded();
        await page.locator("#pe-lines-heading").evaluate((e) => e.scrollIntoView());
        await page.screenshot({ path: path.join(SHOTS, `${size}-${theme}-persona-editor-lines.png`) });
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 860 });

    // In the list: a draft says how far it is, and where it came from in words.
    await page.getByRole("link", { name: "Your personas" }).click();
    const row = page.locator(".persona-row", { hasText: "Ada Quinn" });
    await expect(row.locator(".badge")).toHaveText("Draft");
    await expect(row).toContainText(/topics answered · next: add pronouns/);
    await expect(row).toContainText("Written by you");
    await expect(row).not.toContainText("Written here");
  });

  for (const theme of ["light", "dark"]) {
    test(`on a phone the copy select has its own row and a copy names its source, ${theme}`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(server.base + "#/personas");
      const select = page.getByLabel("Or copy someone");
      const button = page.getByRole("button", { name: "Make a copy" });
      await expect(select).toBeVisible();
      const [s, b, row] = await Promise.all([select.boundingBox(), button.boundingBox(), page.locator(".persona-copy-row").boundingBox()]);
      expect(b.y, "the button under the select").toBeGreaterThanOrEqual(s.y + s.height);
      expect(s.width).toBeGreaterThanOrEqual(row.width - 1);
      await page.locator(".persona-new").screenshot({ path: path.join(SHOTS, `phone-${theme}-personas-new.png`) });
      // The chosen persona's name fits whole (the review saw "Dr. Daniel Reye…"); the role
      // after it may be cut, and shows in full in the list that opens.
      const fits = await select.evaluate((e) => {
        const pen = document.createElement("canvas").getContext("2d");
        pen.font = getComputedStyle(e).font;
        const text = e.options[e.selectedIndex].text.split(",")[0];
        return { wide: pen.measureText(text).width, select: e.getBoundingClientRect().width, text };
      });
      expect(fits.wide + 40, `the first persona's name is not cut: ${JSON.stringify(fits)}`).toBeLessThanOrEqual(fits.select);
      await button.click();
      await expect(page).toHaveURL(/#\/personas\/my-/);
      await page.getByRole("link", { name: "Your personas" }).click();
      await expect(page.locator(".persona-row").first()).toContainText("Your copy of Dr. Daniel Reyes");
      await page.locator(".persona-row").first().screenshot({ path: path.join(SHOTS, `phone-${theme}-personas-row.png`) });
    });
  }
});

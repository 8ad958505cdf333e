// Design review B18 and B12 (2026-12-05): a flag under a question in a practice opens to the
// coach's reason and rewrite, with "Ask this instead"; the plan's rewrite has "Use this" (with
// Undo), an empty plan does not estimate a length, and its row buttons are thumb-sized on phones.
const { test, expect } = require("./fixtures");
const { startServer } = require("./server");
const { ask, startPractice } = require("./helpers");
const { addQuestion } = require("./plan-helpers");

const PHONE = { width: 390, height: 844 };

test.describe("flags that coach", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("a closed question's flag opens to its reason and rewrite; Ask this instead fills the box and sends nothing", async ({ page }) => {
    await startPractice(page, server.base);
    await ask(page, "Do you like your job?");
    const flag = page.locator(".turn.user").last().locator(".flag-coach");
    const pill = flag.locator("summary");
    await expect(pill).toHaveText("Closed question");
    await expect(flag.getByText("Try:")).toBeHidden();

    // Keyboard: the pill is reachable and shows focus; Enter opens it, Tab reaches the
    // button, and the same pill closes it again.
    await pill.focus();
    expect(await pill.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    await page.keyboard.press("Enter");
    await expect(flag).toHaveJSProperty("open", true);
    await expect(flag).toContainText("yes or a no");
    await expect(flag.locator(".rewrite")).toHaveText("Try: What do you like most about your job?");
    const askInstead = flag.getByRole("button", { name: "Ask this instead" });
    await page.keyboard.press("Tab");
    await expect(askInstead).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expect(flag).toHaveJSProperty("open", false);
    await expect(askInstead).toBeHidden();
    await pill.click();
    await expect(askInstead).toBeVisible();
    await pill.click();
    await expect(askInstead).toBeHidden();

    // The polite status region does not read the rewrite out; revealing it in the log does.
    await pill.click();
    const replies = await page.locator(".transcript .turn.persona").count();
    await askInstead.click();
    const box = page.getByLabel("Your question");
    await expect(box).toHaveValue("What do you like most about your job?");
    await expect(box).toBeFocused();
    await expect(page.locator(".transcript .turn.persona")).toHaveCount(replies);
    await expect(page.locator("p[role=status]").filter({ hasText: "What do you like" })).toHaveCount(0);
    // Sent as adapted, with Enter: the new line is not flagged.
    await box.press("Enter");
    await expect(page.locator(".transcript .turn.persona")).toHaveCount(replies + 1);
    await expect(page.locator(".turn.user").last().locator(".flag")).toHaveCount(0);
  });

  test("a job ask's flag gives the reason and the coach's rewrite", async ({ page }) => {
    await startPractice(page, server.base);
    await ask(page, "Do you have any openings on your team?");
    const flags = page.locator(".turn.user").last().locator(".flag-coach");
    const job = flags.filter({ has: page.locator("summary", { hasText: "Job ask" }) });
    await job.locator("summary").click();
    await expect(job).toContainText("not for getting hired");
    await expect(job.locator(".rewrite")).toContainText("Try: ");
    await job.getByRole("button", { name: "Ask this instead" }).click();
    await expect(page.getByLabel("Your question")).not.toHaveValue("");
  });

  test("the plan: an empty plan does not estimate a length; Use this takes the rewrite, Undo brings the old words back", async ({ page }) => {
    await page.goto(server.base);
    await page.getByLabel(/Dr\. Maya Okafor/).check();
    await page.getByRole("button", { name: "Plan your questions" }).click();
    await expect(page).toHaveURL(/#\/plan\/plan-/);
    await expect(page.locator(".plan-time-figure")).toHaveText("Add questions to see how long this runs");
    await expect(page.locator(".plan-time-hint")).not.toContainText("more questions");

    // The "Agreed length" card's heading sits where the Time card's does.
    const offset = (card, heading) =>
      page.locator(card).evaluate((c, h) => {
        const a = c.getBoundingClientRect(), b = c.querySelector(h).getBoundingClientRect();
        return [Math.round(b.top - a.top), Math.round(b.left - a.left)];
      }, heading);
    expect(await offset(".plan-length", "legend")).toEqual(await offset(".plan-time", "h2"));

    await addQuestion(page, "Do you like your job?");
    await expect(page.locator(".plan-time-figure")).toHaveText(/^About \d+ of 30 minutes$/);
    const row = page.locator(".plan-list > li").first();
    await row.getByRole("button", { name: "Use this for question 1" }).click();
    await expect(row.locator(".plan-q-text")).toHaveText("What do you like most about your job?");
    await expect(row.locator(".flag")).toHaveCount(0);
    await expect(row).toContainText("Was: Do you like your job?");
    const undo = row.getByRole("button", { name: /^Undo/ });
    await expect(undo).toBeFocused();
    await undo.click();
    await expect(row.locator(".plan-q-text")).toHaveText("Do you like your job?");
    await expect(row.getByRole("button", { name: "Use this for question 1" })).toBeFocused();
    await expect(row).not.toContainText("Was:");

    // Kept after a reload, as every plan edit is.
    await row.getByRole("button", { name: "Use this for question 1" }).click();
    await page.reload();
    await expect(page.locator(".plan-list .plan-q-text")).toHaveText(["What do you like most about your job?"]);
  });

  test("on a phone the plan's row buttons are at least 44 px tall; on a laptop they stay compact", async ({ page }) => {
    await page.goto(server.base);
    await page.getByLabel(/Dr\. Maya Okafor/).check();
    await page.getByRole("button", { name: "Plan your questions" }).click();
    await addQuestion(page, "Do you like your job?");
    const row = page.locator(".plan-list > li").first();
    const heights = () => row.locator(".plan-q-actions button, .plan-rewrite button").evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height));
    for (const h of await heights()) expect(h).toBeLessThan(44);
    await page.setViewportSize(PHONE);
    const phone = await heights();
    expect(phone).toHaveLength(5);
    for (const h of phone) expect(h).toBeGreaterThanOrEqual(44);
  });
});

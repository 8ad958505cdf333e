// The coach end to end: a good and a poor interview with the same persona produce clearly
// different reviews, and the live nudge appears when Present runs over.
const { test, expect } = require("./fixtures");
const path = require("path");
const { startServer } = require("./server");
const { ask, endInterview } = require("./helpers");

const ARTIFACTS = path.resolve(__dirname, "artifacts");

async function start(page, base, persona, minutes) {
  await page.goto(base + "#/");
  await page.getByLabel(persona).check();
  await page.getByLabel(`${minutes} min`).check();
  await page.getByLabel("Simulated").check();
  await page.getByRole("button", { name: "Start the interview" }).click();
  await expect(page).toHaveURL(/#\/practice\//);
  // The greeting is on screen before the first question is counted against it.
  await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
}

async function finish(page) {
  await endInterview(page);
  await expect(page).toHaveURL(/#\/review\//);
  await expect(page.locator(".score-number")).toBeVisible();
  return Number(await page.locator(".score-number").innerText());
}

test.describe("coach", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("on a phone, a job ask among two questions is caught, and the coach says so under the newest reply, in view", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await start(page, server.base, /Dr\. Maya Okafor/, 30);
    for (const q of [
      "Hi, I'm Jordan, a second-year biology student exploring careers in medicine.",
      "What does a typical day look like for you?",
      "How did you get into this field?",
      "What does your day look like, and do you have any openings?",
    ]) await ask(page, q);
    await expect(page.locator(".turn.user").last().locator(".flag", { hasText: "Job ask" })).toBeVisible();
    const nudge = page.locator(".composer .nudge");
    await expect(nudge).toContainText("Asking for a job");
    await expect(nudge).toBeInViewport();
    const box = await page.locator(".question-box").boundingBox();
    const tip = await nudge.boundingBox();
    expect(tip.y + tip.height, "the tip is not under the question box").toBeLessThanOrEqual(box.y + 1);
    await page.screenshot({ path: path.join(ARTIFACTS, "practice-phone-nudge.png") });
    // A paste past the limit is cut by the box; the user is told.
    await page.getByLabel("Your question").fill("x".repeat(2100));
    await expect(page.locator(".question-box .limit-note")).toContainText("at most 2000 characters");
  });

  test("a good and a poor interview get clearly different reviews", async ({ page }) => {
    await start(page, server.base, /Dr\. Maya Okafor/, 20);
    for (const q of [
      "Hi Dr. Okafor, I'm a second-year biology student exploring careers in mental health. I'd love to hear about your work, how you got here, and any advice you have.",
      "What does a typical week look like for you?",
      "What do you find most rewarding about working with teenagers?",
      "Tell me more about that.",
      "How did you get into child psychiatry?",
      "How did you find your current position?",
      "Where do you think the field is heading over the next ten years?",
      "What advice would you give someone in my position?",
      "Who else would you recommend I talk to?",
      "Which professional organizations should I look into?",
      "Thank you, what you said about the shortage of child psychiatrists and the summer mentorship really helped me.",
      "May I keep in touch with you as I move forward?",
    ]) {
      await ask(page, q);
    }
    const good = await finish(page);
    await expect(page.locator(".checklist li.ok", { hasText: "asked for a job" })).toHaveCount(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "review-good.png"), fullPage: true });

    await start(page, server.base, /Dr\. Maya Okafor/, 20);
    const poor = [
      "Do you like your job?",
      "Is it stressful?",
      "What does a typical day look like?",
      "Tell me more",
      "What are your main responsibilities?",
      "Tell me more",
      "How is your team organized?",
      "Tell me more",
      "What's hard about the job?",
      "Tell me more",
      "What skills does the job need?",
      "Tell me more",
      "What do you find rewarding?",
      "Tell me more",
    ];
    // Keep circling Present until it has run well over its plan.
    const more = [
      "What are your main responsibilities?",
      "Tell me more",
      "How is your team organized?",
      "Tell me more",
      "What's the hardest part?",
      "Tell me more",
      "What does your week look like?",
      "Tell me more",
    ];
    for (let i = 0; i < 2 * more.length; i++) poor.push(more[i % more.length]);
    const end = ["Do you have any openings for a research assistant on your team?", "Is the field growing?"];
    let nudged = false;
    for (const q of poor) {
      if (nudged) break;
      await ask(page, q);
      if (!nudged && (await page.locator(".nudge", { hasText: "has run" }).count()) > 0) {
        nudged = true;
        await expect(page.locator(".nudge")).toContainText("Present has run");
        // Each hint is a whole sentence, its full stop included.
        expect(await page.locator(".nudge").textContent()).toMatch(/[a-z]\.\s*Dismiss\s*$/);
        await page.screenshot({ path: path.join(ARTIFACTS, "practice-nudge.png") });
      }
    }
    expect(nudged, "the coach said Present ran over").toBe(true);
    for (const q of end) await ask(page, q);
    // Flags appear beside the user's lines during practice.
    await expect(page.locator(".turn.user .flag", { hasText: "Closed question" }).first()).toBeVisible();
    const poorScore = await finish(page);
    await expect(page.locator(".checklist li.missed", { hasText: "asked for a job" })).toHaveCount(1);
    await expect(page.locator(".checklist li.missed", { hasText: "Contacts" })).toHaveCount(1);
    await expect(page.locator(".flagged")).toContainText("Try:");
    await page.screenshot({ path: path.join(ARTIFACTS, "review-poor.png"), fullPage: true });

    expect(good).toBeGreaterThanOrEqual(70);
    expect(poorScore).toBeLessThanOrEqual(50);

    // Progress shows both sessions.
    await page.goto(server.base + "#/history");
    await expect(page.locator(".history-table tbody tr")).toHaveCount(2);
    await page.screenshot({ path: path.join(ARTIFACTS, "progress.png"), fullPage: true });
  });
});

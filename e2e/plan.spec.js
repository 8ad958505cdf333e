// Issue 10: a question plan for a practice persona (checked as you write it), practising
// with the plan beside the question box, and Home's next actions with a calendar file.
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { startServer } = require("./server");
const { addQuestion, seededPage, storedPeople, storedPerson } = require("./plan-helpers");

const ARTIFACTS = path.resolve(__dirname, "artifacts");
fs.mkdirSync(ARTIFACTS, { recursive: true });

const LAPTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

// Five open questions, one for each outcome.
const GOOD = [
  "What does a typical week look like for you?",
  "How did you get into this field?",
  "Where do you see the field heading in the next five years?",
  "Who else would you suggest I talk to?",
  "Which professional organizations have been most useful to you?",
];
const INTRO =
  "I'm a third-year biology student, and I'm exploring careers in medicine. I asked to talk with you because your path from research into clinical work is the one I'm trying to understand.";

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), text: fs.readFileSync(file, "utf8") };
}

/** From Home, opens (or makes) the plan for Dr. Maya Okafor. */
async function openMayaPlan(page, base) {
  await page.goto(base);
  await page.getByLabel(/Dr\. Maya Okafor/).check();
  await page.getByRole("button", { name: "Plan your questions" }).click();
  await expect(page).toHaveURL(/#\/plan\/plan-/);
  await expect(page.getByRole("heading", { name: "Your questions for Dr. Maya Okafor" })).toBeVisible();
}

/** Builds the five-question plan with an introduction. */
async function buildPlan(page) {
  for (const q of GOOD) await addQuestion(page, q);
  await page.getByLabel(/Two or three sentences for the opening/).fill(INTRO);
}

test.describe("question plans", () => {
  let server;
  let errors;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });
  test.beforeEach(async ({ page }) => {
    errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  /** A page whose browser starts with `people` stored (plan-helpers.js). */
  const pageWithPeople = (context, people) => seededPage(context, people, errors);

  test("a plan opened and left empty: Home does not count it, and the practice shows no empty panel", async ({ page }) => {
    await openMayaPlan(page, server.base);
    await page.getByRole("link", { name: "Practice", exact: true }).click();
    await page.getByLabel(/Dr\. Maya Okafor/).check();
    await expect(page.locator(".plan-start-note")).toHaveText("Write your own questions first, checked as you type.");
    // Nothing written: the plan is not kept.
    const plans = await page.evaluate(() => JSON.parse(localStorage.getItem("askwell.plans")));
    expect(plans.data.plans).toEqual([]);
    await page.getByRole("button", { name: "Start the interview" }).click();
    await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
    await expect(page.locator(".plan-beside")).toHaveCount(0);
  });

  test("a plan's introduction starts from About me, filled in on the plan page", async ({ page }) => {
    await openMayaPlan(page, server.base);
    const intro = page.getByLabel(/Two or three sentences for the opening/);
    await expect(intro).toHaveValue("");
    await expect(page.getByRole("button", { name: "Start from About me" })).toHaveCount(0);
    await page.getByLabel("Your name", { exact: true }).fill("Alex Kim");
    await page.getByLabel("Who you are, in a few words", { exact: true }).fill("a second-year biology student at Leeds");
    await page.getByLabel("What you are exploring", { exact: true }).fill("careers in public health");
    await page.getByRole("button", { name: "Save and use in drafts" }).click();
    await page.getByRole("button", { name: "Start from About me" }).click();
    await expect(intro).toBeFocused();
    await expect(intro).toHaveValue(/^I'm Alex Kim, a second-year biology student at Leeds, and I'm exploring careers in public health\. I asked to talk with you because I'd love to hear how you found your way into your work as an? .+, and what it is like day to day\.$/);
    await expect(page.locator(".intro-check")).toHaveClass(/ok/);
    await expect(page.getByRole("button", { name: "Start from About me" })).toHaveCount(0);
    // Kept: the plan is saved with it, and emptied again the offer comes back.
    await page.reload();
    await expect(intro).toHaveValue(/^I'm Alex Kim/);
    await intro.fill("");
    await expect(page.getByRole("button", { name: "Start from About me" })).toBeVisible();
  });

  test("a plan for a persona: a closed question is flagged with its hint, coverage and time follow, and it is kept after a reload", async ({ page }) => {
    await page.goto(server.base);
    // Nothing due yet: Home shows no next actions.
    await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Next actions" })).toHaveCount(0);
    await page.locator(".start-options").screenshot({ path: path.join(ARTIFACTS, "home-plan-start.png") });
    await openMayaPlan(page, server.base);
    const planUrl = page.url();

    const outcomes = page.locator(".plan-outcomes h2 .count");
    const time = page.locator(".plan-time-figure");
    await expect(outcomes).toHaveText("0 of 5");
    const emptyTime = await time.textContent();
    await expect(page.locator(".plan-ready")).toContainText("before this plan is ready");

    // Typed: the closed question is flagged live, before it is added.
    await page.getByLabel("Add a question").fill("Do you like your job?");
    await expect(page.locator(".plan-draft-check .flag")).toHaveText("Closed question");
    await expect(page.locator(".plan-draft-check .plan-rewrite")).toContainText("Try:");
    await page.getByLabel("Add a question").press("Enter");
    const first = page.locator(".plan-list > li").first();
    await expect(first.locator(".flag")).toHaveText("Closed question");
    await expect(first.locator(".plan-note")).toContainText("yes or a no");
    // Opened up in the asker's own words, not swapped for another question.
    await expect(first.locator(".plan-rewrite")).toContainText("Try: What do you like most about your job?");
    await expect(page.locator(".plan-hints")).toContainText("Rework 1 flagged question");
    await expect(time).not.toHaveText(emptyTime);

    await buildPlan(page);
    await expect(page.locator(".plan-list > li")).toHaveCount(6);
    await expect(outcomes).toHaveText("5 of 5");
    await expect(page.locator(".segment-strip li").nth(1).locator(".segment-count")).not.toHaveText("0");
    // Six questions overrun 30 minutes: the estimate says so.
    await expect(page.locator(".plan-time-hint")).toContainText("put your best 5 first");
    await expect(page.locator(".intro-time")).toHaveText(/^\d+ words · \d+ s of 90 s aloud$/);
    await expect(page.locator(".intro-check")).toHaveClass(/ok/);

    // Rewrite the closed question by editing it; then move it below the second.
    await first.getByRole("button", { name: "Edit" }).click();
    await expect(page.getByLabel("Question 1", { exact: true })).toBeFocused();
    await page.getByLabel("Question 1", { exact: true }).fill("What do you enjoy most about your work?");
    await page.getByLabel("Question 1", { exact: true }).press("Enter");
    await expect(page.locator(".plan-list > li").first().getByRole("button", { name: "Edit" })).toBeFocused();
    await expect(page.locator(".plan-list > li").first().locator(".flag")).toHaveCount(0);
    await expect(page.locator(".plan-list > li").first().locator(".plan-q-ok")).toBeVisible();
    await page.getByRole("button", { name: "Move down question 1" }).click();
    await expect(page.locator(".plan-list > li").nth(1).locator(".plan-q-text")).toHaveText("What do you enjoy most about your work?");
    await expect(page.getByRole("button", { name: "Move down question 2" })).toBeFocused();
    // Take it out again: five questions fit 30 minutes, and the plan is ready.
    await page.getByRole("button", { name: "Remove question 2" }).click();
    await expect(page.locator(".plan-list > li")).toHaveCount(5);
    await expect(page.locator(".plan-ready")).toHaveText(/^Ready: /);
    await expect(page.locator(".plan-summary")).toHaveClass(/ready/);

    await page.mouse.move(0, 0);
    await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
    await page.screenshot({ path: path.join(ARTIFACTS, "plan.png"), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: path.join(ARTIFACTS, "plan-phone.png"), fullPage: true });
    await page.setViewportSize(LAPTOP);

    await page.reload();
    await expect(page).toHaveURL(planUrl);
    await expect(page.locator(".plan-list > li .plan-q-text")).toHaveText(GOOD);
    await expect(page.getByLabel(/Two or three sentences for the opening/)).toHaveValue(INTRO);
    await expect(page.locator(".plan-ready")).toHaveText(/^Ready: /);
    // Home opens the same plan rather than making a second one.
    await openMayaPlan(page, server.base);
    await expect(page).toHaveURL(planUrl);
  });

  test("practise with the plan beside the box: one click puts a planned question in the box, Enter asks it and ticks it, with the plan's length", async ({ page }) => {
    await openMayaPlan(page, server.base);
    await buildPlan(page);
    await page.getByLabel("20 min").check();
    await expect(page.locator(".plan-time-figure")).toContainText("of 20 minutes");
    await page.getByRole("button", { name: "Practise with this plan" }).click();
    await expect(page).toHaveURL(/#\/practice\//);
    await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
    await expect(page.locator(".time.overall")).toContainText("of 20 min");

    const beside = page.locator(".plan-beside");
    await expect(beside.locator(".plan-beside-count")).toHaveText("0 of 5 asked");
    // "Use" fills the box, focused with the caret at the end, and sends nothing (the
    // seventh walk-through asked questions twice by accident when it sent at once).
    const question = page.getByLabel("Your question");
    await beside.getByRole("button", { name: `Use: ${GOOD[0]}` }).click();
    await expect(question).toHaveValue(GOOD[0]);
    await expect(question).toBeFocused();
    expect(await question.evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([GOOD[0].length, GOOD[0].length]);
    await expect(page.locator(".transcript .turn.user")).toHaveCount(0);
    await expect(beside.locator(".plan-beside-count")).toHaveText("0 of 5 asked");
    await question.press("Enter");
    await expect(page.locator(".transcript .turn.user")).toHaveCount(1);
    await expect(page.locator(".transcript .turn.user").first()).toContainText(GOOD[0]);
    await expect(question).toHaveValue("");
    await expect(page.locator(".transcript .turn.persona")).toHaveCount(2);
    await expect(beside.locator("li").first()).toHaveClass(/asked/);
    await expect(beside.locator(".plan-beside-count")).toHaveText("1 of 5 asked");
    // Once asked it reads "Use again", and it still only fills the box.
    await beside.getByRole("button", { name: `Use again: ${GOOD[0]}` }).click();
    await expect(question).toHaveValue(GOOD[0]);
    await expect(page.locator(".transcript .turn.user")).toHaveCount(1);
    await question.fill("");
    // Typing a planned question in the box ticks it too.
    await page.getByLabel("Your question").fill(GOOD[1]);
    await page.getByLabel("Your question").press("Enter");
    await expect(beside.locator(".plan-beside-count")).toHaveText("2 of 5 asked");
    // The introduction from the plan goes into the box, to be adapted before Enter sends it;
    // words already typed there are kept, the introduction after them (once). Sent as written
    // or adapted, it is marked.
    const box = page.getByLabel("Your question");
    const useIntro = beside.getByRole("button", { name: /^Use it/ });
    await box.fill("Hello Dr. Okafor,");
    await useIntro.click();
    await expect(box).toHaveValue(`Hello Dr. Okafor, ${INTRO}`);
    await expect(box).toBeFocused();
    await useIntro.click();
    await expect(box).toHaveValue(`Hello Dr. Okafor, ${INTRO}`);
    // The caret is at the end: typing goes on from there.
    await expect(box).toBeFocused();
    await page.keyboard.type(" Thank you for making the time.");
    await expect(box).toHaveValue(`Hello Dr. Okafor, ${INTRO} Thank you for making the time.`);
    await expect(beside.locator(".plan-beside-intro")).not.toHaveClass(/asked/);
    await box.press("Enter");
    await expect(page.locator(".transcript .turn.user").nth(2)).toContainText(`Hello Dr. Okafor, ${INTRO}`);
    await expect(box).toHaveValue("");
    await expect(beside.locator(".plan-beside-intro")).toHaveClass(/asked/);
    await page.evaluate(() => document.activeElement.blur());
    await page.screenshot({ path: path.join(ARTIFACTS, "practice-plan.png") });

    // On a phone the plan is folded beside the box: one tap opens it.
    await page.setViewportSize(PHONE);
    await page.reload();
    await expect(beside.locator(".plan-beside-count")).toHaveText("2 of 5 asked");
    await expect(beside.getByRole("button", { name: `Use: ${GOOD[2]}` })).toBeHidden();
    await beside.locator("summary").click();
    await beside.getByRole("button", { name: `Use: ${GOOD[2]}` }).click();
    // It folds again, so the question waits in the box and the reply will show just above it.
    await expect(beside.getByRole("button", { name: `Use: ${GOOD[3]}` })).toBeHidden();
    await expect(page.getByLabel("Your question")).toHaveValue(GOOD[2]);
    await page.getByLabel("Your question").press("Enter");
    await expect(beside.locator(".plan-beside-count")).toHaveText("3 of 5 asked");
    await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, document.body.scrollHeight); });
    await page.screenshot({ path: path.join(ARTIFACTS, "practice-plan-phone.png") });
    // "Use it" on a phone: the plan folds and the introduction waits in the box, focused.
    await beside.locator("summary").click();
    await beside.getByRole("button", { name: /^Use it/ }).click();
    await expect(page.getByLabel("Your question")).toHaveValue(INTRO);
    await expect(page.getByLabel("Your question")).toBeFocused();
    await expect(beside.getByRole("button", { name: /^Use it/ })).toBeHidden();
    await page.screenshot({ path: path.join(ARTIFACTS, "practice-plan-intro-phone.png") });
  });

  test("a plan for a real person is rehearsed with the persona whose work is closest, and the practice shows that plan", async ({ browser }) => {
    const context = await browser.newContext();
    const people = storedPeople({ name: "", summary: "", exploring: "" }, [
      storedPerson("p-ana", { name: "Ana Ruiz", role: "Data analyst", organization: "City Hospital", field: "health analytics" }, Date.now() - 3600 * 1000),
    ]);
    const page = await pageWithPeople(context, people);
    await page.goto(server.base);
    await page.getByRole("button", { name: "Open plan" }).click();
    await expect(page.getByRole("heading", { name: "Your questions for Ana Ruiz" })).toBeVisible();
    await addQuestion(page, GOOD[0]);
    await addQuestion(page, GOOD[1]);
    // The data scientist is offered first for a data analyst; any persona can be chosen.
    const rehearse = page.getByLabel("Rehearse with");
    await expect(rehearse.locator("option:checked")).toHaveText(/^Sam Whitfield/);
    await expect(page.locator("#rehearse-note")).toContainText("in Ana Ruiz's place");
    await page.screenshot({ path: path.join(ARTIFACTS, "plan-person-rehearse.png") });
    await rehearse.selectOption("priya-raman");
    await page.getByRole("button", { name: "Practise with this plan" }).click();
    await expect(page).toHaveURL(/#\/practice\//);
    await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
    const beside = page.locator(".plan-beside");
    await expect(beside.locator(".plan-beside-count")).toHaveText("0 of 2 asked");
    await expect(beside.locator(".plan-beside-title")).toHaveText("Your plan for Ana Ruiz");
    await beside.getByRole("button", { name: `Use: ${GOOD[0]}` }).click();
    await page.getByLabel("Your question").press("Enter");
    await expect(beside.locator(".plan-beside-count")).toHaveText("1 of 2 asked");
    // The session keeps which plan it practises: after a reload, and in "Practise again".
    await page.reload();
    await expect(beside.locator(".plan-beside-count")).toHaveText("1 of 2 asked");
    const stored = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith("askwell.session."));
      return JSON.parse(localStorage.getItem(key));
    });
    expect(stored.version).toBe(12);
    expect(stored.data.persona_id).toBe("priya-raman");
    expect(stored.data.question_plan).toMatch(/^plan-/);
    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("button", { name: "End now" }).click();
    await expect(page).toHaveURL(/#\/review\//);
    await page.getByRole("button", { name: /^Practise again with/ }).click();
    await expect(page).toHaveURL(/#\/practice\//);
    await expect(page.locator(".plan-beside .plan-beside-count")).toHaveText("0 of 2 asked");
    // Removing Ana takes her plan too (nothing would show it any more), and says so first.
    await page.goto(server.base + "#/people/p-ana");
    await page.getByRole("button", { name: "Remove…" }).click();
    await expect(page.locator(".confirm-inline")).toContainText("Remove this person and their question plan?");
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect(page).toHaveURL(/#\/people$/);
    const plans = await page.evaluate(() => JSON.parse(localStorage.getItem("askwell.plans")));
    expect(plans.data.plans).toEqual([]);
    await context.close();
  });

  test("a clinical psychologist's plan is rehearsed with the adolescent psychiatrist", async ({ browser }) => {
    // The seventh walk-through (B7): the picker offered the regulatory lead first.
    const context = await browser.newContext();
    const people = storedPeople({ name: "", summary: "", exploring: "" }, [
      storedPerson("p-leila", { name: "Dr. Leila Haddad", role: "Clinical psychologist", organization: "Lakeside Family Clinic", field: "Clinical psychology" }, Date.now() - 3600 * 1000),
    ]);
    const page = await pageWithPeople(context, people);
    await page.goto(server.base);
    await page.getByRole("button", { name: "Open plan" }).click();
    await expect(page.getByRole("heading", { name: "Your questions for Dr. Leila Haddad" })).toBeVisible();
    await addQuestion(page, GOOD[0]);
    const rehearse = page.getByLabel("Rehearse with");
    await expect(rehearse.locator("option:checked")).toHaveText(/^Dr\. Maya Okafor/);
    await expect(rehearse).toHaveValue("maya-okafor");
    await expect(page.getByRole("button", { name: "Practise with this plan" })).toBeEnabled();
    await page.locator(".plan-rehearse").screenshot({ path: path.join(ARTIFACTS, "plan-rehearse-psychologist.png") });
    await context.close();
  });

  test("next actions on Home, oldest first, each with a calendar file", async ({ browser }) => {
    const context = await browser.newContext();
    const hour = 3600 * 1000;
    const now = Date.now();
    const people = storedPeople({ name: "Alex Rivera", summary: "a third-year biology student", exploring: "careers in medicine" }, [
      storedPerson("p-sam", { name: "Sam Lee", role: "policy analyst", organization: "the Wellcome Trust", field: "science policy", circle: "know_well" }, now - 240 * hour, [
        { stage: "asked", at_ms: now - 200 * hour },
        { stage: "scheduled", at_ms: now - 150 * hour },
        { stage: "talked", at_ms: now - 72 * hour },
      ]),
      storedPerson("p-jo", { name: "Jo Park" }, now - 2 * hour),
    ]);
    const page = await pageWithPeople(context, people);
    await page.goto(server.base);

    const section = page.locator(".next-actions");
    await expect(section.getByRole("heading", { name: "Next actions" })).toBeVisible();
    const titles = section.locator(".action-title");
    // Oldest first: Sam's thank-you (due 24 hours ago), then writing to Jo (added 2 hours ago).
    await expect(titles).toHaveText(["Send a thank-you to Sam Lee", "Write to Jo Park"]);
    await expect(titles.first()).toHaveAttribute("href", "#/people/p-sam");
    await expect(section.locator(".action").first()).toContainText(/due now\s+since /);
    await expect(section.locator(".action").first()).toHaveClass(/due-now/);

    const file = await download(page, () =>
      section.getByRole("button", { name: "Add to calendar: Send a thank-you to Sam Lee" }).click()
    );
    expect(file.name).toBe("askwell-thank-you.p-sam.ics");
    const lines = file.text.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("UID:thank-you.p-sam@askwell.local");
    expect(lines).toContain("SUMMARY:Send a thank-you to Sam Lee");
    expect(lines.some((l) => /^DTSTART:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    await expect(section.getByRole("status")).toContainText("askwell-thank-you.p-sam.ics");

    await page.setViewportSize(PHONE);
    await section.screenshot({ path: path.join(ARTIFACTS, "next-actions-phone.png") });
    await page.setViewportSize(LAPTOP);
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, "home-next-actions.png") });

    // Still there after a reload.
    await page.reload();
    await expect(titles).toHaveText(["Send a thank-you to Sam Lee", "Write to Jo Park"]);

    // With people on the list, Home also plans questions for a real person.
    await page.getByLabel("Plan your questions for someone on your list").selectOption({ label: "Sam Lee" });
    await page.getByRole("button", { name: "Open plan" }).click();
    await expect(page.getByRole("heading", { name: "Your questions for Sam Lee" })).toBeVisible();
    await expect(page.locator(".plan-about")).toHaveText("policy analyst, the Wellcome Trust");
    // A real person's plan is rehearsed with a persona: a policy analyst's with Tomasz.
    await expect(page.getByLabel("Rehearse with").locator("option:checked")).toHaveText(/^Dr\. Tomasz Nowak/);
    await addQuestion(page, "Could you refer me for an open position on your team?");
    await expect(page.locator(".plan-list > li .flag")).toContainText(["Job ask"]);
    await expect(page.locator(".plan-hints li").first()).toContainText("Take out the job ask");
    // Deleting it takes one confirming step, then Home.
    await page.getByRole("button", { name: "Delete this plan" }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.locator(".notices")).toContainText("The question plan was deleted");
    await expect(page.getByRole("heading", { name: "Next actions" })).toBeVisible();
    const plans = JSON.parse(await page.evaluate(() => localStorage.getItem("askwell.plans")));
    expect(plans.data.plans).toEqual([]);
    await context.close();
  });
});

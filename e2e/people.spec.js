// People, outreach and follow-up end to end (issue 10): add a person, write to them with the
// checks reacting as you type, move them through the stages, log the conversation, get the
// thank-you with its due time, download a reminder, add a referral, add a contact named in a
// practice, see the referral map; all still there after a reload. Screenshots of the people
// and person pages on a laptop and a phone go to e2e/artifacts/.
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { startServer } = require("./server");
const { ask, startPractice, endInterview } = require("./helpers");

const ARTIFACTS = path.resolve(__dirname, "artifacts");
fs.mkdirSync(ARTIFACTS, { recursive: true });
const LAPTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

const JOB_ASK_DRAFT =
  "Dear Sam,\n\nI'm a student at Leeds. Are there any job openings on your team? I would love to be hired.\n\nBest,\nAlex";

async function shoot(page, name) {
  await page.setViewportSize(LAPTOP);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-phone.png`) });
  await page.setViewportSize(LAPTOP);
}

async function downloaded(page, click) {
  const [dl] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), "utf8") };
}

const card = (page, name) => page.locator(".person-card", { has: page.locator(".person-name", { hasText: new RegExp(`^${name}$`) }) });
const check = (page, rule) => page.locator(`.outreach-checklist li[data-rule="${rule}"]`);
// A folding tool on the person page (a <details> card) and its heading, the summary.
const tool = (page, cls) => page.locator(`details.tool.${cls}`);
const unfold = (page, cls) => tool(page, cls).locator("summary").click();

test.describe("people and follow-up", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("add a person, write outreach with live checks, log the talk, thank them, remind, refer; kept after a reload", async ({ browser }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));

    await page.goto(server.base + "#/people");
    await expect(page.getByRole("heading", { name: "People to talk to" })).toBeVisible();
    await expect(page.getByText("People you know well")).toBeVisible();

    // A person needs a name: the reducer's sentence is shown.
    await page.getByRole("button", { name: "Add to my people" }).click();
    await expect(page.getByRole("alert")).toHaveText(/Add a name first/);

    await page.getByLabel("Name", { exact: true }).fill("Sam Lee");
    await page.getByLabel("Role").fill("Policy analyst");
    await page.getByLabel("Organization").fill("City Council");
    await page.getByLabel("Field").fill("science policy");
    await page.getByLabel("Email (optional)").fill("sam@example.org");
    await page.getByLabel("How you know or found them").fill("my department's alumni list");
    await page.getByLabel("Acquaintance").check();
    await page.getByRole("button", { name: "Add to my people" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added Sam Lee" })).toBeVisible();
    await expect(page.locator(".stage-group").filter({ hasText: "To contact" })).toContainText("Sam Lee");
    await card(page, "Sam Lee").click();
    await expect(page).toHaveURL(/#\/people\/p/);
    await expect(page.getByRole("heading", { name: "Sam Lee", level: 1 })).toBeVisible();

    // Introduce yourself once; the suggested draft follows.
    await page.getByLabel("Your name").fill("Alex Kim");
    await page.getByLabel("Who you are, in a few words").fill("a second-year biology student at Leeds");
    await page.getByLabel("What you are exploring").fill("careers in science policy");
    await page.getByRole("button", { name: "Save and use in drafts" }).click();
    // Once given, About me folds to one line, named as the checks name it.
    await expect(page.locator(".about-line")).toContainText("About me");
    await expect(page.locator(".about-line")).toContainText("Signing as Alex Kim, a second-year biology student at Leeds");

    // The prefilled draft passes every check, the job ask among them.
    const body = page.getByLabel("Email", { exact: true });
    await expect(body).toHaveValue(/Alex Kim/);
    await expect(body).toHaveValue(/second-year biology student at Leeds/);
    await expect(check(page, "NoJobAsk")).toHaveClass(/ok/);
    await expect(page.locator(".check-summary")).toHaveText("7 of 7 checks pass");

    // A draft asking for a job fails that check, with a hint, as it is typed.
    await body.fill(JOB_ASK_DRAFT);
    await expect(check(page, "NoJobAsk")).toHaveClass(/missed/);
    await expect(check(page, "NoJobAsk")).toContainText("reads as asking for a job");
    await expect(check(page, "SmallRequest")).toHaveClass(/missed/);
    await expect(page.locator(".check-summary")).not.toHaveText("7 of 7 checks pass");

    await page.getByRole("button", { name: "Suggest a fresh draft" }).click();
    await expect(check(page, "NoJobAsk")).toHaveClass(/ok/);
    await expect(page.locator(".check-summary")).toHaveText("7 of 7 checks pass");
    // An acquaintance was met, not found (walk-through 7).
    await expect(body).toHaveValue(/We met through my department's alumni list/);
    await expect(body).not.toHaveValue(/found your name/);

    // A good draft with a job ask added: "not job hunting" no longer passes, and the words
    // quoted for the ask are words written together (never "assistant i", across the comma).
    const fresh = await body.inputValue();
    await body.fill(fresh + "\n\nAlso, if your team has any openings for a research assistant, I would love to be considered.");
    await expect(check(page, "NoJobAsk")).toHaveClass(/missed/);
    await expect(check(page, "ExploringNotJobHunting")).toHaveClass(/missed/);
    await expect(check(page, "NoJobAsk")).not.toContainText("assistant i\"");
    await body.fill(fresh);
    await expect(page.locator(".check-summary")).toHaveText("7 of 7 checks pass");
    const subject = await page.getByLabel("Subject").first().inputValue();
    expect(subject.length).toBeGreaterThan(10);

    // Copy, the mailto: link, and saving the draft.
    await page.getByRole("button", { name: "Copy: the outreach email" }).click();
    await expect(page.getByText("Copied the subject and the email.")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Subject: ${subject}`);
    expect(copied).toContain(await body.inputValue());
    expect(copied).toMatch(/not (looking for a job|job hunting)/);
    const mailto = await page.getByRole("link", { name: "Open in mail app: the outreach email" }).getAttribute("href");
    expect(mailto).toMatch(/^mailto:sam@example\.org\?subject=.+&body=(Dear|Hello|Hi)%20Sam%2C%0D%0A/);
    // Saved as typed: another page and back, and the words are there (they were lost without
    // a press of "Save draft").
    const mine = fresh + "\n\nP.S. I enjoyed your talk at the careers fair.";
    await body.fill(fresh + "\n\nP.S.");
    // Key by key, each saved as it comes: the box keeps focus and every letter.
    await body.press("End");
    await body.pressSequentially(" I enjoyed your talk at the careers fair.");
    await expect(body).toBeFocused();
    await expect(body).toHaveValue(mine);
    const here = page.url();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
    await page.goto(here);
    await expect(body).toHaveValue(mine);
    // A fresh suggestion replaces them, and "Put my words back" undoes it.
    await page.getByRole("button", { name: "Suggest a fresh draft" }).click();
    await expect(body).not.toHaveValue(/careers fair/);
    await page.getByRole("button", { name: "Put my words back" }).click();
    await expect(body).toHaveValue(mine);
    await body.fill(fresh);

    // Stages: asked, then scheduled, each with its date.
    await page.getByRole("button", { name: "Move to Asked" }).click();
    await page.getByRole("button", { name: "Move to Scheduled" }).click();
    await expect(page.locator(".stage.current")).toContainText("Scheduled");
    await expect(page.locator(".stage.reached")).toHaveCount(3);
    // The arranged time goes on Home's next actions, with a calendar file.
    const d = new Date(Date.now() + 24 * 3600 * 1000);
    const pad = (n) => String(n).padStart(2, "0");
    await page.getByLabel("When is the talk?").fill(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`);
    await expect(page.locator("#talk-at-status")).toContainText("Arranged for");
    const personUrl = page.url();
    await page.goto(server.base + "#/");
    const talk = page.locator(".next-actions .action").filter({ hasText: "Talk with Sam Lee" });
    await expect(talk).toContainText("coming up");
    await expect(talk).toContainText(/On .*10:00/);
    await page.goto(personUrl);
    await expect(page.getByLabel("When is the talk?")).toHaveValue(/T10:00$/);

    // Log the conversation: the person is talked to, and the thank-you is drafted.
    await page.getByLabel("Length (minutes)").fill("25");
    await page.getByLabel("Their work").fill("She writes briefings for councillors on research. Deadlines come with every council meeting.");
    await page.getByLabel("Their path").fill("A chemistry degree, then a policy fellowship.");
    await page.getByLabel("People they suggested").fill("You should talk to Jordan Price at the Science Office.");
    // Notes not saved yet are kept in the tab: another page and back, and they are there.
    await page.goto(server.base + "#/");
    await page.goto(personUrl);
    await expect(page.getByLabel("Their path")).toHaveValue("A chemistry degree, then a policy fellowship.");
    await expect(page.getByText("Your notes that were not saved yet are back.")).toBeVisible();
    await page.getByRole("button", { name: "Save conversation notes" }).click();
    await expect(page.getByText("Your thank-you draft is ready below.")).toBeVisible();
    await expect(page.locator(".stage.current")).toContainText("Talked");
    const thanks = page.getByRole("textbox", { name: "Thank-you email" });
    await expect(thanks).toHaveValue(/Dear Sam/);
    await expect(thanks).toHaveValue(/you write briefings for councillors/);
    await expect(thanks).toHaveValue(/Jordan Price/);
    // The thank-you is saved as typed too.
    await thanks.fill((await thanks.inputValue()) + "\n\nP.S. Good luck with the council meeting!");
    await page.goto(server.base + "#/");
    await page.goto(personUrl);
    await expect(thanks).toHaveValue(/Good luck with the council meeting!/);
    await expect(page.locator(".thank-you .due")).toHaveText(/Due by .+\((4[78]|46) hours left\)/);
    const thanksMail = await page.getByRole("link", { name: "Open in mail app: the thank-you email" }).getAttribute("href");
    expect(thanksMail).toMatch(/^mailto:sam@example\.org\?subject=Than/);

    // The thank-you reminder as a calendar file.
    const ics = await downloaded(page, () => page.getByRole("button", { name: "Add to calendar: Send a thank-you to Sam Lee" }).click());
    expect(ics.name).toMatch(/\.ics$/);
    expect(ics.text.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(ics.text).toMatch(/\r\nDTSTART[:;]/);
    expect(ics.text).toContain("Send a thank-you to Sam Lee");

    // A referral they gave, remembered on both sides. The name written in the notes is
    // offered: one press fills the form with it and its sentence, to check and add. At
    // "Talked" the names card is folded (the notes and thank-you are what is due): unfold it.
    await expect(tool(page, "add-referral")).toHaveJSProperty("open", false);
    await unfold(page, "add-referral");
    await page.getByRole("button", { name: "Fill in Jordan Price" }).click();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Jordan Price");
    await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
    await expect(page.getByLabel("Note (optional)")).toHaveValue("You should talk to Jordan Price at the Science Office");
    await expect(page.getByRole("button", { name: /^Fill in Science Office/ })).toHaveCount(0);
    await page.getByLabel("Note (optional)").fill("Runs the Science Office's fellowship scheme");
    await page.getByRole("button", { name: "Add a referral they gave" }).click();
    await expect(page.locator(".given-list")).toContainText("Jordan Price");
    await expect(page.getByRole("button", { name: "Fill in Jordan Price" })).toHaveCount(0);

    await page.getByRole("button", { name: "I sent it: mark as thanked" }).click();
    await expect(page.locator(".stage.current")).toContainText("Thanked");
    await expect(page.getByRole("heading", { name: "How their advice helped" })).toBeVisible();
    await expect(tool(page, "follow-ups")).toHaveJSProperty("open", true);

    // Writing to the referral brings up the note telling Sam.
    await page.locator(".given-list").getByRole("link", { name: "Jordan Price" }).click();
    await expect(page.getByRole("heading", { name: "Jordan Price", level: 1 })).toBeVisible();
    await expect(page.locator(".facts")).toContainText("Sam Lee");
    await expect(page.getByLabel("Subject").first()).toHaveValue(/Sam Lee/);
    await expect(check(page, "HowYouFoundThem")).toHaveClass(/ok/);
    await page.getByRole("button", { name: "Move to Asked" }).click();
    await page.getByRole("link", { name: "← All people" }).click();
    await card(page, "Sam Lee").click();
    await expect(page.getByRole("heading", { name: "Tell them you reached their referral" })).toBeVisible();
    await page.locator(".follow-up").filter({ hasText: "reached their referral" }).getByRole("button", { name: "Mark as done" }).click();
    await expect(page.locator(".follow-up").filter({ hasText: "reached their referral" })).toContainText("Done on");
    await shoot(page, "person");

    // The people page: stages, the filter and the referral map.
    await page.goto(server.base + "#/people");
    await expect(page.locator(".stage-group").filter({ hasText: "Thanked" })).toContainText("Sam Lee");
    await expect(page.locator(".stage-group").filter({ hasText: "Asked" })).toContainText("Jordan Price");
    await page.getByRole("radio", { name: /^Thanked/ }).check();
    await expect(page.locator(".person-card")).toHaveCount(1);
    await page.getByRole("radio", { name: /^All/ }).check();
    await expect(page.locator(".person-card")).toHaveCount(2);
    await expect(page.locator("svg.map-drawing path.map-arrow")).toHaveCount(1);
    await expect(page.locator("svg.map-drawing title").first()).toHaveText(/Sam Lee|Jordan Price/);
    await expect(page.locator(".map-list li li")).toContainText("Jordan Price · Suggested by Sam Lee");

    // Everything is still there after a reload.
    await page.reload();
    await expect(page.locator(".person-card")).toHaveCount(2);
    await expect(page.locator(".map-list li li")).toContainText("Jordan Price");
    await shoot(page, "people");
    await card(page, "Sam Lee").click();
    await expect(page.locator(".stage.current")).toContainText("Thanked");
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(/Alex Kim/);
    // Thanked: the email is folded, and kept; unfolding shows it saved.
    await expect(tool(page, "outreach")).toHaveJSProperty("open", false);
    await unfold(page, "outreach");
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(/not (looking for a job|job hunting)/);
    await expect(page.getByLabel("Their work")).toHaveValue(/briefings for councillors/);
    await unfold(page, "thank-you");
    await expect(page.getByRole("textbox", { name: "Thank-you email" })).toHaveValue(/Jordan Price/);
    await expect(page.locator(".follow-up").filter({ hasText: "reached their referral" })).toContainText("Done on");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a contact named in a practice review joins the people, remembering the practice", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await startPractice(page, server.base);
    await ask(page, "Hi, I'm a biology student exploring careers in medicine. Thank you for making time.");
    await ask(page, "Who else would you suggest I talk to?");
    await endInterview(page);
    await expect(page).toHaveURL(/#\/review\//);

    // The review also drafts the thank-you this practice would earn, naming the contact.
    const thanks = page.locator(".practice-thank-you");
    await expect(thanks.getByRole("heading", { name: "Practise the thank-you" })).toBeVisible();
    // The wording varies by record; the greeting names the persona.
    await expect(thanks.getByRole("textbox", { name: "Thank-you email" })).toHaveValue(/Dr\. Okafor/);
    await expect(thanks.getByRole("button", { name: "Copy: the thank-you email" })).toBeVisible();

    const names = page.locator(".practice-contacts");
    await expect(names).toBeVisible();
    const name = (await names.locator(".contact-name").first().innerText()).trim();
    expect(name.split(" ").length).toBeGreaterThanOrEqual(2);
    await names.getByRole("button", { name: `Add to my people: ${name}` }).click();
    await expect(names.getByRole("status")).toContainText(`Added ${name}`);
    // A made-up name is for rehearsing: Home never asks the user to write to it.
    await page.goto(server.base + "#/");
    await expect(page.locator(".session-item")).toHaveCount(1);
    await expect(page.getByText(`Write to ${name}`)).toHaveCount(0);
    await page.goBack();
    await names.getByRole("link", { name: `Open ${name}` }).click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.locator(".facts")).toContainText("Named by Dr. Maya Okafor in a practice");
    await expect(page.getByLabel("Subject").first()).toHaveValue(/Maya Okafor|Okafor/);
    // Only the outreach email, to rehearse: nothing to log, thank or remind about.
    await expect(page.locator(".made-up-note")).toBeVisible();
    await expect(page.locator(".person-after, .person-later")).toHaveCount(0);

    await page.goto(server.base + "#/people");
    await expect(page.locator(".map-node.persona title")).toHaveText(/Dr\. Maya Okafor/);
    // Nor is it counted among the people to contact.
    await expect(page.locator('label[for="stage-filter-tocontact"] .count')).toHaveText("0");
    await expect(page.locator("svg.map-drawing path.map-arrow")).toHaveCount(1);
    await expect(page.locator(".map-list")).toContainText(`${name} · From a practice with Dr. Maya Okafor`);

    await page.reload();
    await expect(page.locator(".map-list")).toContainText(name);
    await expect(page.locator(".person-card")).toHaveCount(1);
    // Listed apart from the real people, never under "To contact".
    await expect(page.locator(".stage-group.made-up")).toContainText(name);
    await expect(page.locator(".stage-group").filter({ hasText: "To contact" })).toHaveCount(0);

    // Removing asks once, then goes back to the list.
    await page.locator(".person-card").click();
    await page.getByRole("button", { name: "Remove…" }).click();
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect(page).toHaveURL(/#\/people$/);
    await expect(page.getByText("Nobody yet.")).toBeVisible();
    await expect(page.locator(".map-list")).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

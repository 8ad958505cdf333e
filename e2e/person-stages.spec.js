// The design review's B6, B7 and B10: a person's page opens only the tool for where things
// stand (the rest fold, keeping what was typed); About me, once given, is one line; on a
// phone the People page's stage filters are one scrolling row and the circles plain text.
const { test, expect } = require("./fixtures");
const { startServer } = require("./server");

const PHONE = { width: 390, height: 844 };
const tool = (page, cls) => page.locator(`details.tool.${cls}`);
const TOOLS = ["outreach", "conversation-log", "thank-you", "follow-ups", "add-referral"];

async function openState(page) {
  const out = {};
  for (const t of TOOLS) out[t] = await tool(page, t).evaluate((d) => d.open);
  return out;
}

async function addPerson(page, base, name) {
  await page.goto(base + "#/people");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Role").fill("Policy analyst");
  await page.getByLabel("Organization").fill("City Council");
  await page.getByRole("button", { name: "Add to my people" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${name}` })).toBeVisible();
}

test.describe("person page by stage, About me, people filters", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("B6: the current stage's tool is open, moving stage opens the next, and folding keeps typed text", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await addPerson(page, server.base, "Sam Lee");
    await page.locator(".person-card", { hasText: "Sam Lee" }).click();
    await expect(page.getByRole("heading", { name: "Sam Lee", level: 1 })).toBeVisible();

    // To contact: the email open, everything after the talk folded to its heading.
    expect(await openState(page)).toEqual({ outreach: true, "conversation-log": false, "thank-you": false, "follow-ups": false, "add-referral": false });
    for (const name of ["After you talk", "Thank-you note", "Later notes", "Names they gave you"]) {
      await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
    }
    await expect(page.getByLabel("Their work")).toBeHidden();

    // A folded card opens from the keyboard (the summary is a native control).
    await tool(page, "follow-ups").locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(tool(page, "follow-ups")).toHaveJSProperty("open", true);
    await page.keyboard.press("Enter");
    await expect(tool(page, "follow-ups")).toHaveJSProperty("open", false);

    // Typed text survives folding: the email, unsaved, is folded and unfolded again.
    const body = page.getByLabel("Email", { exact: true });
    await body.fill("Dear Sam, an unsaved line I typed.");
    await tool(page, "outreach").locator("summary").click();
    await expect(body).toBeHidden();
    await tool(page, "outreach").locator("summary").click();
    await expect(body).toHaveValue("Dear Sam, an unsaved line I typed.");

    // Scheduled opens the notes; a note typed there, unsaved, survives folding too.
    await page.getByRole("button", { name: "Move to Scheduled" }).click();
    await expect(tool(page, "conversation-log")).toHaveJSProperty("open", true);
    await page.getByLabel("Their work").fill("Briefings for councillors");
    await tool(page, "conversation-log").locator("summary").click();
    await expect(page.getByLabel("Their work")).toBeHidden();
    await tool(page, "conversation-log").locator("summary").click();
    await expect(page.getByLabel("Their work")).toHaveValue("Briefings for councillors");

    // Talked opens the notes and the thank-you; nothing the user opened or typed is taken away.
    await page.getByRole("button", { name: "Move to Talked" }).click();
    await expect(page.locator(".stage.current")).toContainText("Talked");
    await expect(tool(page, "thank-you")).toHaveJSProperty("open", true);
    await expect(tool(page, "conversation-log")).toHaveJSProperty("open", true);
    await expect(tool(page, "add-referral")).toHaveJSProperty("open", false);
    await expect(page.getByLabel("Their work")).toHaveValue("Briefings for councillors");
    await expect(body).toHaveValue("Dear Sam, an unsaved line I typed.");

    // Thanked opens the later notes and the names they gave.
    await page.getByRole("button", { name: "Move to Thanked" }).click();
    await expect(tool(page, "follow-ups")).toHaveJSProperty("open", true);
    await expect(tool(page, "add-referral")).toHaveJSProperty("open", true);

    // Coming back later, the page opens at the stage: only the Thanked tools.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Sam Lee", level: 1 })).toBeVisible();
    expect(await openState(page)).toEqual({ outreach: false, "conversation-log": false, "thank-you": false, "follow-ups": true, "add-referral": true });
  });

  test("B7: About me, once given, is one line that opens the form, named as the check names it", async ({ page }) => {
    await addPerson(page, server.base, "Sam Lee");
    await page.locator(".person-card", { hasText: "Sam Lee" }).click();
    // Not given yet: the form is open under its heading, and the check names the same place.
    await expect(page.locator(".about-form").getByRole("heading", { name: "About me" })).toBeVisible();
    await expect(page.locator('.outreach-checklist li[data-rule="WhoYouAre"]')).toContainText("About me");
    await page.getByLabel("Your name").fill("Alex Kim");
    await page.getByLabel("Who you are, in a few words").fill("a second-year biology student");
    await page.getByRole("button", { name: "Save and use in drafts" }).click();
    const line = page.locator(".about-line");
    await expect(line.getByRole("heading", { name: "About me" })).toBeVisible();
    await expect(line).toContainText("Signing as Alex Kim, a second-year biology student");
    await expect(page.getByLabel("Your name")).toHaveCount(0);
    const edit = page.getByRole("button", { name: "Edit About me" });
    await expect(edit).toBeFocused();
    const box = await edit.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(24);

    // Edit opens the form on the name; Cancel folds it back.
    await edit.click();
    await expect(page.getByLabel("Your name")).toBeFocused();
    await expect(page.getByLabel("Your name")).toHaveValue("Alex Kim");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(edit).toBeFocused();

    // Every other person page, and after a reload, shows the one line too.
    await addPerson(page, server.base, "Jo Park");
    await page.locator(".person-card", { hasText: "Jo Park" }).click();
    await expect(page.locator(".about-line")).toContainText("Signing as Alex Kim");
    await expect(page.getByLabel("Your name")).toHaveCount(0);
  });

  test("B10: on a phone the stage filters are one scrolling row reached by keyboard, and the circles plain text", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await addPerson(page, server.base, "Sam Lee");
    await addPerson(page, server.base, "Jo Park");
    // The circles: a sentence, not tiles that look tappable.
    await expect(page.locator(".circle-hint")).toHaveText(/^Start with people you know well/);
    expect(await page.locator(".circle-hint li, .circle-hint .count").count()).toBe(0);

    const row = page.locator(".stage-filter .choice-row");
    const tops = await page.locator(".stage-filter .choice").evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(tops).toHaveLength(7);
    expect(new Set(tops).size).toBe(1);
    expect(await row.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
    // Nothing else scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);

    // The radios take arrow keys; the last one scrolls into view with a focus ring.
    await page.getByRole("radio", { name: /^All/ }).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    const last = page.getByRole("radio", { name: /^Keeping in touch/ });
    await expect(last).toBeChecked();
    await expect(last).toBeFocused();
    await expect(page.getByText("Nobody is at this stage right now.")).toBeVisible();
    const [r, l] = await Promise.all([row.boundingBox(), page.locator('label[for="stage-filter-keepingintouch"]').boundingBox()]);
    expect(l.x).toBeGreaterThanOrEqual(r.x - 1);
    expect(l.x + l.width).toBeLessThanOrEqual(r.x + r.width + 1);
    expect(await last.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe("none");
    await page.getByRole("radio", { name: /^All/ }).check();
    await expect(page.locator(".person-card")).toHaveCount(2);
  });
});

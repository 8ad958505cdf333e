// Your own interviewees (issue 12): write a minimal persona from New, try it in the preview
// (each reply says the topic it was understood as), practise with it from Home, export it,
// delete it (its session keeps its review), import the file back and get the same answers;
// a persona a deployment hosts in personas/extra/ appears on Home and works offline (a
// damaged file beside it gives one quiet notice; with no folder at all, as in every other
// spec, nothing is said).
// Screenshots of the editor on a laptop and a phone go to test-results/.
const { test, expect } = require("./fixtures");
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { startServer } = require("./server");
const { DIST, startHost } = require("./static-host");
const { ask } = require("./helpers");

const SHOTS = path.resolve(__dirname, "..", "test-results");
const LAPTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };
const NAME = "Dr. Ana Lee";
const TYPICAL_DAY = "Most days start on the dock at seven, checking the tide gauges with two technicians.";

/** An answer in Ana's voice for a topic, recognisable by the topic's name. */
const answerFor = (topic) =>
  topic.includes("typical day")
    ? `${TYPICAL_DAY} After that I spend the afternoon on samples and emails.`
    : `On ${topic.toLowerCase()}: in marine biology that depends a lot on funding, and I would tell you honestly what I have seen in twelve years.`;

async function shoot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize(LAPTOP);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}-laptop.png`) });
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}-phone.png`) });
  await page.setViewportSize(LAPTOP);
}

async function startWith(page, base, name) {
  await page.goto(base);
  await page.getByLabel(name).check();
  await page.getByRole("button", { name: "Start the interview" }).click();
  await expect(page).toHaveURL(/#\/practice\//);
  await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
  return decodeURIComponent(page.url().split("#/practice/")[1]);
}

/** A ready share file made from a shipped persona's script, under a new id and name. */
function hostedFile(id, name) {
  const dir = path.join(DIST, "personas");
  const file = fs.readdirSync(dir).find((f) => f.startsWith("daniel-reyes.") && f.endsWith(".json"));
  const persona = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  persona.id = id;
  persona.name = name;
  return JSON.stringify({ format: "askwell-persona", format_version: 1, persona });
}

test.describe("your own personas", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("New persona left untouched is not kept as an unnamed draft", async ({ page }) => {
    await page.goto(server.base + "#/personas");
    await page.getByRole("button", { name: "New persona" }).click();
    await expect(page).toHaveURL(/#\/personas\/my-/);
    await expect(page.locator(".pe-meter")).toContainText(/topics answered · next: /);
    await page.getByRole("link", { name: "Your personas" }).click();
    await expect(page.getByRole("heading", { name: "Your personas", level: 1 })).toBeVisible();
    await expect(page.locator(".persona-row", { hasText: "Unnamed persona" })).toHaveCount(0);
    const list = JSON.parse((await page.evaluate(() => localStorage.getItem("askwell.personas"))) || '{"data":{"personas":[]}}');
    expect(list.data.personas.length).toBe(0);
  });

  test("write one from New, preview it, practise, export, delete, import it back: the same answers", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.base + "#/personas");
    await expect(page.getByRole("heading", { name: "Your personas", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "New persona" }).click();
    await expect(page).toHaveURL(/#\/personas\/my-/);
    const id = decodeURIComponent(page.url().split("#/personas/")[1]);
    await expect(page.locator(".pe-meter")).toContainText(/topics answered · next: /);

    // The profile, with a problem shown at its field until it is filled.
    await expect(page.locator("#pe-name-problems")).toContainText(/name/i);
    await page.getByLabel("Name", { exact: true }).fill(NAME);
    await expect(page.locator("#pe-name-problems")).toHaveCount(0);
    await page.getByLabel("Pronouns").fill("she/her");
    await page.getByLabel("Role").fill("Marine biologist");
    await page.getByLabel("Organization").fill("Northshore Marine Institute");
    await page.getByLabel("Field", { exact: true }).fill("Science: marine biology");
    await page.getByLabel(/^Bio/).fill("Ana studies kelp forests at a small coastal institute. She came to research after six years as a diving instructor.");

    // One answer for each topic the blank leaves empty (the others come written).
    const missing = page.locator(".pe-topic-button", { has: page.locator(".coverage.missing") });
    const toWrite = await missing.count();
    expect(toWrite).toBeGreaterThan(10);
    for (let n = 0; n < toWrite; n++) {
      const button = page.locator(`#${await missing.first().getAttribute("id")}`);
      const topic = (await button.locator(".pe-topic-name").textContent()).trim();
      await button.click();
      await expect(button).toHaveAttribute("aria-expanded", "true");
      await page.getByLabel("Answer 1", { exact: true }).fill(answerFor(topic));
      await expect(button.locator(".coverage")).not.toHaveClass(/missing/);
    }
    await expect(missing).toHaveCount(0);
    await expect(page.locator(".pe-meter")).toContainText("Ready to practise");

    // Undo brings back the state before the last change: the whole last answer, not a letter.
    const lastAnswer = page.getByLabel("Answer 1", { exact: true });
    const written = await lastAnswer.inputValue();
    await page.getByRole("button", { name: "Undo last change" }).click();
    await expect(lastAnswer).toHaveValue("");
    await expect(page.locator(".pe-meter")).toContainText(/topics answered · next: /);
    await expect(missing).toHaveCount(1);
    await lastAnswer.fill(written);
    await expect(page.locator(".pe-meter")).toContainText("Ready to practise");

    // The preview answers with the persona as it stands, naming the understood topic.
    await page.getByLabel("Try a question").fill("What does a typical day look like for you?");
    await page.getByLabel("Try a question").press("Enter");
    const reply = page.locator(".pe-preview-turns .turn.persona").last();
    await expect(reply).toContainText(TYPICAL_DAY);
    await expect(reply.locator(".pe-understood")).toHaveText("Understood as: A typical day");

    // Saved as typed: a reload keeps the draft.
    await expect(page.locator(".pe-saved")).toHaveText("All changes saved in this browser");
    await shoot(page, "persona-editor");
    // The topics, with one open, as an author sees them while writing.
    await page.locator("#pe-topic-present-typical-day").click();
    await page.locator("#pe-topics-heading").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "persona-editor-topics-laptop.png") });
    await page.setViewportSize(PHONE);
    await page.locator("#pe-topic-present-typical-day").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "persona-editor-topics-phone.png") });
    await page.setViewportSize(LAPTOP);
    await page.reload();
    await expect(page.getByRole("heading", { name: NAME, level: 1 })).toBeVisible();
    await expect(page.locator(".pe-meter")).toContainText("Ready to practise");

    // On Home beside the shipped ones, marked as yours; a practice answers with it.
    await page.goto(server.base);
    const option = page.locator(".persona-option", { hasText: NAME });
    await expect(option.locator(".badge.source")).toHaveText("Yours");
    const session = await startWith(page, server.base, new RegExp(NAME.replace(".", "\\.")));
    await ask(page, "What does a typical day look like for you?");
    const first = await page.locator(".transcript .turn.persona").last().textContent();
    expect(first).toContain(TYPICAL_DAY);

    // Export.
    await page.goto(server.base + "#/personas");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: `Export ${NAME}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${id}.askwell-persona.json`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "askwell-persona-")), download.suggestedFilename());
    await download.saveAs(file);
    const shared = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(shared.format).toBe("askwell-persona");
    expect(shared.persona.name).toBe(NAME);

    // Delete (after one confirming step); the session keeps its review.
    await page.getByRole("button", { name: `Delete ${NAME}` }).click();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page.getByText("No personas of your own yet")).toBeVisible();
    await page.goto(server.base);
    await expect(page.locator(".persona-option", { hasText: NAME })).toHaveCount(0);
    await page.goto(server.base + `#/review/${session}`);
    await expect(page.locator(".persona-card .persona-name")).toHaveText(NAME);

    // A file that is not a persona is refused with a sentence; nothing is stored.
    await page.goto(server.base + "#/personas");
    await page.getByLabel("Import a persona from a file").setInputFiles({
      name: "notes.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await expect(page.getByRole("alert")).toContainText("holds no Askwell persona");
    await expect(page.getByText("No personas of your own yet")).toBeVisible();

    // Import the exported file: a preview of who it is, stored only on Confirm.
    await page.getByLabel("Import a persona from a file").setInputFiles(file);
    const preview = page.locator(".persona-import-preview");
    await expect(preview).toContainText(NAME);
    await expect(preview).toContainText("Marine biologist");
    await expect(preview).toContainText("Northshore Marine Institute");
    await expect(preview).toContainText("Ready to practise");
    await expect(page.getByText("No personas of your own yet")).toBeVisible();
    await page.getByRole("button", { name: "Import this persona" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Imported ${NAME}` })).toBeVisible();

    // The same answers as before.
    await startWith(page, server.base, new RegExp(NAME.replace(".", "\\.")));
    await ask(page, "What does a typical day look like for you?");
    expect(await page.locator(".transcript .turn.persona").last().textContent()).toBe(first);

    // The whole-data export carries the persona: another browser's import preview names it,
    // and after Confirm it is on Home there.
    await page.goto(server.base + "#/settings");
    const [all] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export everything" }).click(),
    ]);
    const other = await page.context().browser().newContext();
    try {
      const there = await other.newPage();
      await there.goto(server.base + "#/settings");
      await there.locator("#import-file").setInputFiles(await all.path());
      await expect(there.locator(".import-personas")).toContainText("1 persona will be added");
      await there.getByRole("button", { name: "Confirm import" }).click();
      await there.goto(server.base);
      await expect(there.locator(".persona-option", { hasText: NAME }).locator(".badge.source")).toHaveText("Yours");
    } finally {
      await other.close();
    }
    expect(errors).toEqual([]);
  });

  test("a draft: lists typed with commas are saved as typed, Add and Remove keep focus, and it exports and imports as a draft", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const DRAFT = "Kai Moreno";
    await page.goto(server.base + "#/personas");
    await page.getByRole("button", { name: "New persona" }).click();
    await expect(page).toHaveURL(/#\/personas\/my-/);
    const id = decodeURIComponent(page.url().split("#/personas/")[1]);
    await page.getByLabel("Name", { exact: true }).fill(DRAFT);
    const focused = () => page.evaluate(() => document.activeElement && document.activeElement.id);
    const saved = async () => {
      const list = JSON.parse((await page.evaluate(() => localStorage.getItem("askwell.personas"))) || '{"data":{"personas":[]}}');
      const mine = list.data.personas.find((c) => c.persona.id === id);
      return mine && mine.persona;
    };

    // A new hidden detail takes the focus; its keywords are kept as typed, and saved without
    // leaving the box (closing the tab right after typing loses nothing).
    await page.getByRole("button", { name: "Add a hidden detail" }).click();
    await expect.poll(focused).toBe("pe-nugget-1");
    const keywords = page.locator("#pe-nugget-1-keywords");
    await keywords.click();
    await page.keyboard.type("mentor, introduce, ");
    await expect(keywords).toHaveValue("mentor, introduce, ");
    await expect.poll(async () => (await saved())?.nuggets?.[0]?.keywords).toEqual(["mentor", "introduce"]);
    await expect(keywords).toBeFocused();

    // Removing it moves focus to Add (there is no other card); a removed answer box hands
    // focus to the one before it.
    await page.getByRole("button", { name: "Remove hidden detail 1" }).click();
    await expect.poll(focused).toBe("pe-add-nugget");
    const empty = page.locator(".pe-topic-button", { has: page.locator(".coverage.missing") }).first();
    await empty.click();
    await page.getByRole("button", { name: "Add another answer" }).click();
    await expect(page.getByLabel("Answer 2", { exact: true })).toBeFocused();
    await page.getByRole("button", { name: "Remove answer 2" }).click();
    await expect(page.getByLabel("Answer 1", { exact: true })).toBeFocused();

    // The line lists are told apart by name, not only "Line 1".
    await expect(page.getByRole("textbox", { name: /^Line 1\W+asking which of two things was meant$/ })).toHaveCount(1);

    // Export the draft, delete it, import it back: it returns as a draft, unchanged.
    await page.goto(server.base + "#/personas");
    const before = await saved();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: `Export ${DRAFT}` }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "askwell-draft-")), download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole("button", { name: `Delete ${DRAFT}` }).click();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await expect.poll(saved).toBeUndefined();
    await page.getByLabel("Import a persona from a file").setInputFiles(file);
    await expect(page.locator(".persona-import-preview")).toContainText(/next: /);
    await page.getByRole("button", { name: "Import this persona" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Imported ${DRAFT} as a draft` })).toBeVisible();
    expect(await saved()).toEqual(before);
    await page.goto(server.base);
    await expect(page.locator(".persona-option", { hasText: DRAFT })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("a shipped persona opened in the editor offers a copy instead of a dead end", async ({ page }) => {
    await page.goto(server.base + "#/personas/maya-okafor");
    await expect(page.getByRole("heading", { name: "This persona cannot be changed here", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Make a copy" }).click();
    await expect(page).toHaveURL(/#\/personas\/my-/);
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(/Maya Okafor \(copy\)$/);
  });

  test("a share file the CLI made from a shipped TOML persona imports, as the user's own copy", async ({ page }) => {
    // The same command an adviser runs: `askwell export-persona FILE.toml`.
    const root = path.resolve(__dirname, "..");
    const text = execFileSync(
      "cargo",
      ["run", "-q", "--offline", "-p", "askwell-core", "--bin", "askwell", "--", "export-persona", "content/personas/maya-okafor.toml"],
      { cwd: root, encoding: "utf8" }
    );
    await page.goto(server.base + "#/personas");
    await page.getByLabel("Import a persona from a file").setInputFiles({
      name: "maya-okafor.askwell-persona.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect(page.locator(".persona-import-preview")).toContainText("Dr. Maya Okafor");
    await expect(page.locator(".persona-import-preview")).toContainText("Ready to practise");
    await page.getByRole("button", { name: "Import this persona" }).click();
    await expect(page.locator(".persona-row")).toHaveCount(1);
    const listed = await page.evaluate(() => JSON.parse(localStorage.getItem("askwell.personas")).data.personas.map((c) => c.persona.id));
    expect(listed).toEqual(["my-maya-okafor"]);
    // Beside the shipped Maya on Home, marked as the user's.
    await page.goto(server.base);
    await expect(page.locator(".persona-option", { hasText: "Dr. Maya Okafor" })).toHaveCount(2);
    await expect(page.locator("#persona-my-maya-okafor").locator("xpath=..").locator(".badge.source")).toHaveText("Yours");
  });

  test("with no hosted personas, a start after the first visit logs no 404 and loads nothing more", async ({ page }) => {
    await page.goto(server.base);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
      }
    });
    const failed = [];
    const wasm = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on("request", (r) => {
      if (r.url().endsWith(".wasm")) wasm.push(r.url());
    });
    // The host has no list: the service worker answers with an empty one.
    const listed = page.waitForResponse((r) => r.url().endsWith("/personas/extra/manifest.json"));
    await page.reload();
    expect((await listed).status()).toBe(200);
    await expect(page.getByRole("button", { name: "Start the interview" })).toBeEnabled();
    await page.waitForLoadState("networkidle");
    expect(failed).toEqual([]);
    // The persona decoders (the manage chunk) are fetched only for a list that names files.
    expect(wasm.filter((u) => u.includes("split_manage"))).toEqual([]);
    await expect(page.locator(".notice")).toHaveCount(0);
  });

  test("a persona hosted in personas/extra/ appears on Home, marked, and works offline", async ({ browser }) => {
    // A copy of the build with the deployment's folder added (the build ships none).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "askwell-hosted-"));
    fs.cpSync(DIST, dir, { recursive: true });
    const extra = path.join(dir, "personas", "extra");
    fs.mkdirSync(extra, { recursive: true });
    fs.writeFileSync(path.join(extra, "jordan.askwell-persona.json"), hostedFile("my-jordan-rivera", "Jordan Rivera"));
    // A damaged file beside it: one quiet notice, the good one still offered.
    fs.writeFileSync(path.join(extra, "broken.askwell-persona.json"), '{"format": "askwell-persona", "format_version": 1, "persona": {');
    fs.writeFileSync(
      path.join(extra, "manifest.json"),
      JSON.stringify({
        format: "askwell-persona-manifest",
        format_version: 1,
        personas: ["jordan.askwell-persona.json", "broken.askwell-persona.json"],
      })
    );
    const host = await startHost({ askwell: dir });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(host.url("askwell"));
      const option = page.locator(".persona-option", { hasText: "Jordan Rivera" });
      await expect(option.locator(".badge.source")).toHaveText("From your organisation");
      await expect(page.locator(".notice")).toHaveCount(1);
      await expect(page.locator(".notice.info")).toContainText("1 of your organisation's personas could not be loaded");
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
        }
      });
      // Visited once with the worker in charge, so the hosted files are kept.
      await page.reload();
      await expect(option).toBeVisible();
      await host.stop();
      await page.reload();
      await startWith(page, host.url("askwell"), /Jordan Rivera/);
      await ask(page, "What does a typical day look like for you?");
      await expect(page.locator(".transcript .turn.persona").last()).not.toBeEmpty();
    } finally {
      await context.close();
      await host.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

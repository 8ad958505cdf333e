// Import and export that keep everything, and backups that can be restored: on the release
// build served under /askwell/. Every case checks what is stored, not only what is shown.
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { ask, startPractice, snapshot, seedOnce } = require("./helpers");
const { startServer } = require("./server");

const ARTIFACTS = path.resolve(__dirname, "artifacts");
fs.mkdirSync(ARTIFACTS, { recursive: true });
const V1 = path.resolve(__dirname, "..", "core", "tests", "fixtures", "v1");
const V3 = path.resolve(__dirname, "..", "core", "tests", "fixtures", "v3");
const read = (dir, f) => fs.readFileSync(path.join(dir, f), "utf8").trim();

// Two stored sessions (schema 3): Dr. Maya Okafor, 14 questions, ended; Dr. Daniel Reyes,
// 4 questions, still active.
const SIM = "s-1714000000000-a1";
const REAL = "s-1714100000000-b2";
const simRaw = read(V3, "session_simulated.json");
const realRaw = read(V3, "session_real_active.json");
const key = (id) => `askwell.session.${id}`;

const stored = (page, k) => page.evaluate((x) => localStorage.getItem(x), k);
const data = (raw) => JSON.parse(raw).data;
// A fixture's session as the app writes it back: the pause fields, added after the fixtures
// were frozen, filled with their defaults.
const typed = (raw) => ({ paused_at_s: null, paused_total_s: 0, ...data(raw) });
const backupsOf = (snap) => Object.keys(snap).filter((k) => k.startsWith("askwell.backup."));

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent("download"), click()]);
  return fs.readFileSync(await dl.path(), "utf8");
}

/** A new browser context whose storage starts as `values` (once, not on every load). */
async function seeded(browser, values, errors) {
  const context = await browser.newContext();
  await seedOnce(context, values);
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page };
}

async function openData(page, base) {
  await page.goto(base + "#/settings");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
}

async function exportFile(page) {
  return download(page, () => page.getByRole("button", { name: "Export everything" }).click());
}

async function chooseFile(page, text, name = "export.json") {
  await page.getByLabel("Import from a file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

/** A stored session's envelope with its data changed by `edit`. */
function edited(raw, edit) {
  const v = JSON.parse(raw);
  edit(v.data);
  return JSON.stringify(v);
}

test.describe("import and export that keep everything", () => {
  let server;
  let errors;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });
  test.beforeEach(() => {
    errors = [];
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test("a backup is restored from the Data page, listed and opened; an unreadable one is kept", async ({ browser }) => {
    // A schema 1 session that was moved aside, and a value that is not JSON at all.
    const good = `askwell.backup.1714200000000.${key(REAL)}`;
    const bad = `askwell.backup.1714200000001.${key("s-broken")}`;
    const { context, page } = await seeded(
      browser,
      { [good]: read(V1, "session_real_active.json"), [bad]: "{not json" },
      errors,
    );
    await openData(page, server.base);
    const items = page.locator(".data-backups li");
    await expect(items).toHaveCount(2);

    const broken = items.filter({ hasText: "s-broken" });
    await broken.getByRole("button", { name: /^Restore the backup/ }).click();
    const status = page.locator(".data-backups [role=status]");
    await expect(status).toContainText("This backup cannot be read as a session");
    await expect(status).toContainText("The backup is kept unchanged");
    expect(await stored(page, bad)).toBe("{not json");

    // A readable backup is named by its persona and date, not its id.
    const readable = items.filter({ hasText: "A session with Dr. Daniel Reyes, " });
    await expect(readable).toHaveCount(1);
    await expect(broken).toContainText("A session Askwell could not read (s-broken)");
    await readable.getByRole("button", { name: /^Restore the backup/ }).click();
    await expect(status).toContainText(`The backup was restored: the session (${REAL}) is back in your list`);
    await expect(items).toHaveCount(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "import-restored-backup.png"), fullPage: true });
    const snap = await snapshot(page, "askwell.");
    expect(snap[good]).toBeUndefined();
    expect(data(snap[key(REAL)])).toEqual(typed(realRaw));
    expect(JSON.parse(snap[key(REAL)]).version).toBe(12);

    await page.getByRole("link", { name: "Practice", exact: true }).click();
    const item = page.locator(".session-item").filter({ hasText: "Dr. Daniel Reyes" });
    await expect(item).toContainText("4 lines from you");
    await item.locator("a").first().click();
    await expect(page).toHaveURL(new RegExp(`#/practice/${REAL}$`));
    await expect(page.locator(".transcript .turn.user")).toHaveCount(4);
    await context.close();
  });

  test("import keeps the newer copy here, says which is newer, and loses nothing", async ({ browser }) => {
    // The file comes from another browser holding older copies: the Maya session with only
    // its first 2 of 14 questions, and the Reyes session whose first question was changed.
    const olderSim = edited(simRaw, (d) => {
      d.exchanges = d.exchanges.slice(0, 2);
      d.status = "active";
    });
    const otherReal = edited(realRaw, (d) => {
      d.exchanges[0].question = "What made you choose this work?";
    });
    const elsewhere = await seeded(browser, { [key(SIM)]: olderSim, [key(REAL)]: otherReal }, errors);
    await openData(elsewhere.page, server.base);
    const file = await exportFile(elsewhere.page);
    await elsewhere.context.close();

    const { context, page } = await seeded(browser, { [key(SIM)]: simRaw, [key(REAL)]: realRaw }, errors);
    await openData(page, server.base);
    const before = await snapshot(page, "askwell.");
    await chooseFile(page, file);
    const preview = page.locator(".import-preview");
    await expect(preview).toContainText("keep the copy here of 2 sessions");
    const sim = preview.locator(".import-both").filter({ hasText: "Dr. Maya Okafor" });
    await expect(sim).toContainText("Here: 14 lines from you · file: 2 lines from you. The copy here is newer. The copy here is kept.");
    // The session and the verdict on it are two sentences, not run together.
    await expect(sim).toHaveText(/\S\. Here: \d/);
    const real = preview.locator(".import-both").filter({ hasText: "Dr. Daniel Reyes" });
    await expect(real).toContainText("Here: 4 lines from you · file: 4 lines from you. Each copy has lines the other lacks.");
    await expect(real).toContainText("the file's copy is kept as a backup you can restore");
    await expect(sim.getByRole("checkbox")).not.toBeChecked();
    await page.screenshot({ path: path.join(ARTIFACTS, "import-preview-newer-here.png"), fullPage: true });
    expect(await snapshot(page, "askwell.")).toEqual(before);

    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.locator(".data-import [role=status]")).toContainText(
      "Imported 0 sessions. Kept 1 session from the file as a backup (listed under Backups).",
    );
    await expect(page.locator(".data-backups")).toContainText("copies an import replaced or did not take");
    const after = await snapshot(page, "askwell.");
    // The copies here are untouched; the file's diverging copy is kept as a backup.
    expect(after[key(SIM)]).toBe(simRaw);
    expect(after[key(REAL)]).toBe(realRaw);
    const backups = backupsOf(after);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^askwell\\.backup\\.\\d+\\.askwell\\.session\\.${REAL}$`));
    expect(data(after[backups[0]])).toEqual(typed(otherReal));
    await expect(page.locator(".data-backups li")).toHaveCount(1);

    // Choosing the file's copy anyway: the copy here is kept as a backup first.
    await chooseFile(page, file);
    await preview.locator(".import-both").filter({ hasText: "Dr. Maya Okafor" }).getByRole("checkbox").check();
    await expect(preview.locator(".import-both").filter({ hasText: "Dr. Maya Okafor" })).toContainText(
      "The file's copy will replace it; the copy here is kept as a backup.",
    );
    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.locator(".data-import [role=status]")).toContainText("Imported 1 session. 1 copy replaced here is kept as a backup.");
    const last = await snapshot(page, "askwell.");
    expect(data(last[key(SIM)]).exchanges).toHaveLength(2);
    const simBackup = backupsOf(last).find((k) => k.endsWith(key(SIM)));
    expect(last[simBackup]).toBe(simRaw);

    // The file's Reyes copy, restored beside the different one here: the two lines differ.
    const reyes = page.locator(".data-backups li").filter({ hasText: "A session with Dr. Daniel Reyes, " });
    await reyes.getByRole("button", { name: /^Restore the backup/ }).click();
    await expect(page.locator(".data-backups [role=status]")).toContainText("restored as a separate session");
    const lines = page.locator(".data-sessions li").filter({ hasText: "Dr. Daniel Reyes" });
    await expect(lines).toHaveCount(2);
    await expect(lines.filter({ hasText: "(restored from a backup set aside " })).toHaveCount(1);
    await context.close();
  });

  test("an export passed through JSON.parse and JSON.stringify imports with every session and backup", async ({ browser }) => {
    const backup = `askwell.backup.1714200000000.${key("s-broken")}`;
    const { context, page } = await seeded(
      browser,
      { [key(SIM)]: simRaw, [key(REAL)]: realRaw, [backup]: "{not json" },
      errors,
    );
    await openData(page, server.base);
    const text = await exportFile(page);
    await expect(page.locator(".data-export [role=status]")).toHaveText("Exported 2 sessions and 1 backup.");
    const reformatted = JSON.stringify(JSON.parse(text), null, 2);
    expect(reformatted).not.toBe(text);
    expect(text).toContain('"started_at_ms":1714000000000.0');
    expect(reformatted).toContain('"started_at_ms": 1714000000000,');

    await page.getByRole("button", { name: "Delete everything…" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(page.locator(".data-sessions")).toContainText("No practice sessions saved.");
    await chooseFile(page, reformatted, "reformatted.json");
    await expect(page.locator(".data-import [role=alert]")).toHaveCount(0);
    await expect(page.locator(".import-preview")).toContainText("Importing will add 2 sessions");
    await expect(page.locator(".import-preview")).toContainText("1 value this version cannot open will be kept as 1 backup.");
    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.locator(".data-import [role=status]")).toContainText("Imported 2 sessions.");
    const snap = await snapshot(page, "askwell.");
    expect(data(snap[key(SIM)])).toEqual(typed(simRaw));
    expect(data(snap[key(REAL)])).toEqual(typed(realRaw));
    expect(data(snap[key(SIM)])).toEqual(JSON.parse(text).sessions.find((s) => s.id === SIM));
    expect(snap[backup]).toBe("{not json");
    await expect(page.locator(".data-sessions li")).toHaveCount(2);
    await context.close();
  });

  test("after an import, practising on in the same tab does not write over the imported copy", async ({ page, browser }) => {
    errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const id = await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    const raw = await stored(page, key(id));

    // The same session continued in another browser, and exported there.
    const elsewhere = await seeded(browser, { [key(id)]: raw }, errors);
    await elsewhere.page.goto(server.base + `#/practice/${id}`);
    await expect(elsewhere.page.locator(".transcript .turn.user")).toHaveCount(1);
    await ask(elsewhere.page, "What are your main responsibilities?");
    await ask(elsewhere.page, "How did you get into this field?");
    await openData(elsewhere.page, server.base);
    const file = await exportFile(elsewhere.page);
    await elsewhere.context.close();

    // Back in the first tab (which still holds its 1-question copy in memory): import.
    await page.getByRole("link", { name: "Data" }).click();
    await chooseFile(page, file);
    const row = page.locator(".import-both");
    await expect(row).toContainText("Here: 1 line from you · file: 3 lines from you. The file's copy is newer.");
    await expect(row.getByRole("checkbox")).toBeChecked();
    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.locator(".data-import [role=status]")).toContainText("Imported 1 session.");
    expect(data(await stored(page, key(id))).exchanges).toHaveLength(3);

    await page.getByRole("link", { name: "Practice", exact: true }).click();
    await page.locator(".session-item a").first().click();
    await expect(page).toHaveURL(new RegExp(`#/practice/${id}$`));
    await expect(page.locator(".transcript .turn.user")).toHaveCount(3);
    await ask(page, "Which professional organizations should I join?");
    const questions = data(await stored(page, key(id))).exchanges.map((e) => e.question);
    expect(questions).toEqual([
      "What does a typical day look like for you?",
      "What are your main responsibilities?",
      "How did you get into this field?",
      "Which professional organizations should I join?",
    ]);
  });
});

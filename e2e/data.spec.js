// Data that is never lost: a fault matrix on the release build served under /askwell/. Every
// case checks that no earlier data is lost and that the user is told what happened.
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { ask, startPractice, snapshot, seedOnce, stored } = require("./helpers");
const { startServer } = require("./server");

const ARTIFACTS = path.resolve(__dirname, "artifacts");
fs.mkdirSync(ARTIFACTS, { recursive: true });
const V1 = path.resolve(__dirname, "..", "core", "tests", "fixtures", "v1");

const exchanges = (raw) => JSON.parse(raw).data.exchanges.length;
const notices = (page) => page.locator(".notices .notice");

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), text: fs.readFileSync(file, "utf8") };
}

test.describe("data that is never lost", () => {
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

  test("corrupt JSON in a session key: moved aside, named, downloadable; the rest kept", async ({ page }) => {
    const bad = await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    const good = await startPractice(page, server.base, /Dr\. Daniel Reyes/);
    await ask(page, "How did you get into this line of work?");
    const goodRaw = await stored(page, `askwell.session.${good}`);
    const broken = '{"version":2,"revision":2,"data":{"id":"' + bad + '", oops';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`askwell.session.${bad}`, broken]);

    await page.goto(server.base + "#/");
    await page.reload();
    const notice = notices(page).filter({ hasText: "could not be read" });
    await expect(notice).toContainText("Your session with Dr. Maya Okafor on");
    await expect(notice).toContainText("moved aside unchanged as a backup");
    // The good session is listed and unchanged; the damaged one is kept raw under a backup key.
    await expect(page.locator(".session-item")).toHaveCount(1);
    await expect(page.locator(".session-item")).toContainText("Dr. Daniel Reyes");
    const snap = await snapshot(page);
    expect(snap[`askwell.session.${good}`]).toBe(goodRaw);
    expect(snap[`askwell.session.${bad}`]).toBeUndefined();
    const backups = Object.keys(snap).filter((k) => k.startsWith("askwell.backup."));
    expect(backups).toHaveLength(1);
    expect(snap[backups[0]]).toBe(broken);

    await page.getByRole("link", { name: "Data" }).click();
    await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
    await expect(page.locator(".data-usage")).toContainText("Askwell uses");
    const item = page.locator(".data-backups li");
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(`A session Askwell could not read (${bad}), set aside`);
    await page.screenshot({ path: path.join(ARTIFACTS, "data-page.png"), fullPage: true });
    const file = await download(page, () => item.getByRole("button", { name: /^Download the backup/ }).click());
    expect(file.name).toBe(`askwell-backup-${backups[0].slice("askwell.backup.".length)}.json`);
    expect(file.text).toBe(broken);
    await item.getByRole("button", { name: /^Delete the backup/ }).click();
    await expect(page.locator(".data-backups")).toContainText("No backups");
  });

  test("quota filled before a save: the user is told, earlier data intact, export still complete", async ({ page }) => {
    const id = await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    await ask(page, "What are your main responsibilities?");
    const key = `askwell.session.${id}`;
    const before = await stored(page, key);
    const indexBefore = await stored(page, "askwell.index");
    expect(exchanges(before)).toBe(2);
    await page.evaluate(() => {
      let size = 1024 * 1024;
      let n = 0;
      while (size >= 8) {
        try {
          localStorage.setItem(`junk${n++}`, "x".repeat(size));
        } catch (e) {
          size = Math.floor(size / 2);
        }
      }
    });

    await ask(page, "What is the most challenging part of your job?");
    const message = notices(page).filter({ hasText: "Storage is full" });
    await expect(message).toBeVisible();
    await expect(message).toContainText("Everything saved before is safe");
    await expect(message).toContainText("Export your sessions and delete old ones");
    await message.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "data-quota-message.png") });
    expect(await stored(page, key)).toBe(before);
    expect(await stored(page, "askwell.index")).toBe(indexBefore);

    // Export still holds the question that could not be saved.
    await page.getByRole("link", { name: "Data" }).click();
    const file = await download(page, () => page.getByRole("button", { name: "Export everything" }).click());
    const exported = JSON.parse(file.text);
    expect(exported.sessions).toHaveLength(1);
    expect(exported.sessions[0].exchanges).toHaveLength(3);

    // Make room: the earlier session is all there after a reload.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith("junk")) localStorage.removeItem(k);
    });
    await page.goto(server.base + `#/practice/${id}`);
    await page.reload();
    await expect(page.locator(".transcript .turn.user")).toHaveCount(2);
  });

  test("localStorage throwing on access: the app runs in memory with a banner, export works", async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const blocked = {
        configurable: true,
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      };
      Object.defineProperty(window, "localStorage", blocked);
      try {
        Object.defineProperty(Window.prototype, "localStorage", blocked);
      } catch (e) {}
    });
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(server.base);
    const banner = page.locator(".data-banner");
    await expect(banner).toContainText("This browser is blocking storage, so Askwell is running in memory");
    await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    await expect(page.locator(".transcript .turn.user")).toHaveCount(1);
    await page.getByRole("link", { name: "Data" }).click();
    await expect(banner).toBeVisible();
    await expect(page.locator(".data-usage")).toContainText("Nothing is stored");
    await expect(page.locator(".data-sessions li")).toHaveCount(1);
    const file = await download(page, () => page.getByRole("button", { name: "Export everything" }).click());
    const exported = JSON.parse(file.text);
    expect(exported.sessions).toHaveLength(1);
    expect(exported.sessions[0].exchanges).toHaveLength(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test("two tabs on the same session: the other tab follows at once, keeps what is being typed, and no turn is lost", async ({ page, context }) => {
    const id = await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    const other = await context.newPage();
    await other.goto(server.base + `#/practice/${id}`);
    await expect(other.locator(".transcript .turn.user")).toHaveCount(1);
    await other.getByLabel("Your question").fill("Where did you go to school?");

    await ask(page, "What are your main responsibilities?");
    // The other tab follows (a stale copy there could not be saved, and its next turn
    // would be lost), says so, and keeps the question being typed ...
    await expect(notices(other).filter({ hasText: "went on in another tab" }).first()).toBeVisible();
    await expect(other.locator(".transcript .turn.user")).toHaveCount(2);
    await expect(other.getByLabel("Your question")).toHaveValue("Where did you go to school?");
    // ... so its next question adds to the latest copy: every turn is kept.
    await other.getByLabel("Your question").press("Enter");
    await expect(other.locator(".transcript .turn.user")).toHaveCount(3);
    await expect(notices(other).filter({ hasText: "was not saved over it" })).toHaveCount(0);
    const raw = await stored(page, `askwell.session.${id}`);
    expect(JSON.parse(raw).data.exchanges.map((e) => e.question)).toEqual([
      "What does a typical day look like for you?",
      "What are your main responsibilities?",
      "Where did you go to school?",
    ]);
    // And back the other way.
    await expect(page.locator(".transcript .turn.user")).toHaveCount(3);
    await ask(page, "What do you find most rewarding?");
    await expect(page.locator(".transcript .turn.user")).toHaveCount(4);
    expect(exchanges(await stored(page, `askwell.session.${id}`))).toBe(4);
    await other.close();
  });

  test("two tabs on different sessions: both are kept", async ({ page, context }) => {
    const other = await context.newPage();
    await other.goto(server.base);
    const a = await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    const b = await startPractice(other, server.base, /Dr\. Daniel Reyes/);
    await ask(other, "How did you get into this line of work?");
    await ask(page, "What are your main responsibilities?");
    await ask(other, "What does a typical day look like for you?");

    const index = JSON.parse(await stored(page, "askwell.index")).data.sessions.map((s) => s.id).sort();
    expect(index).toEqual([a, b].sort());
    expect(exchanges(await stored(page, `askwell.session.${a}`))).toBe(2);
    expect(exchanges(await stored(page, `askwell.session.${b}`))).toBe(2);
    // Each tab's list shows both, without a reload.
    for (const p of [page, other]) {
      await p.goto(server.base + "#/");
      await expect(p.locator(".session-item")).toHaveCount(2);
    }
    await other.close();
  });

  test("values from an older schema (v1) migrate and display; nothing lost", async ({ browser }) => {
    const read = (f) => fs.readFileSync(path.join(V1, f), "utf8").trim();
    const seed = {
      "askwell.index": read("index.json"),
      "askwell.session.s-1714100000000-b2": read("session_real_active.json"),
      "askwell.session.s-1714000000000-a1": read("session_simulated.json"),
    };
    const context = await browser.newContext();
    await seedOnce(context, seed);
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(server.base);
    const items = page.locator(".session-item");
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText("Dr. Daniel Reyes");
    await expect(items.nth(0)).toContainText("4 lines from you");
    await expect(items.nth(1)).toContainText("Dr. Maya Okafor");
    await expect(items.nth(1)).toContainText("14 lines from you");
    await expect(notices(page)).toHaveCount(0);
    await expect(page.locator(".data-banner")).toHaveCount(0);

    await items.nth(0).locator("a").click();
    await expect(page).toHaveURL(/#\/practice\/s-1714100000000-b2/);
    await expect(page.locator(".transcript .turn.user")).toHaveCount(4);
    await page.goto(server.base + "#/review/s-1714000000000-a1");
    await expect(page.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
    await expect(page.locator(".score-number")).toBeVisible();

    // A new session is written as schema 2 beside them; the old values stay as they were.
    await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    const now = await snapshot(page);
    const index = JSON.parse(now["askwell.index"]);
    expect(index.version).toBe(12);
    expect(index.data.sessions).toHaveLength(3);
    for (const k of Object.keys(seed).filter((k) => k.startsWith("askwell.session."))) {
      expect(now[k]).toBe(seed[k]);
    }
    expect(Object.keys(now).filter((k) => k.startsWith("askwell.backup."))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test("reload in the middle of an interview: the session resumes with every question", async ({ page }) => {
    const id = await startPractice(page, server.base);
    const qs = [
      "What does a typical day look like for you?",
      "What are your main responsibilities?",
      "How did you get into this field?",
    ];
    for (const q of qs) await ask(page, q);
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`#/practice/${id}$`));
    await expect(page.locator(".transcript .turn.user")).toHaveCount(3);
    await ask(page, "Which professional organizations should I join?");
    await page.reload();
    await expect(page.locator(".transcript .turn.user")).toHaveCount(4);
    await expect(page.getByLabel("Your question")).toBeEnabled();
    expect(exchanges(await stored(page, `askwell.session.${id}`))).toBe(4);
  });

  test("import: malformed and hostile files are refused with a message and change nothing", async ({ page }) => {
    await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    await page.getByRole("link", { name: "Data" }).click();
    const exported = await download(page, () => page.getByRole("button", { name: "Export everything" }).click());
    expect(exported.name).toMatch(/^askwell-export-\d{4}-\d\d-\d\d\.json$/);
    const before = await snapshot(page);

    // A real change to the content, made in the file's own text (the checksum does not
    // depend on how numbers or spaces are written, so re-serializing alone would pass).
    const tampered = JSON.parse(exported.text);
    const reply = JSON.stringify(tampered.sessions[0].exchanges[0].reply);
    expect(exported.text).toContain(reply);
    const tamperedText = exported.text.replace(reply, JSON.stringify("Something else entirely."));
    const header = { format: "askwell-export", app_version: "0.1.0", exported_at_ms: 1, count: 0, checksum: "fnv1a64:0", sessions: [] };
    // Damaged files or files that are not exports say so in plain words, naming the file, with
    // the technical reason behind "Details"; the others say what to do in view.
    const cases = [
      ["not JSON", "{ this is not json", "it is not valid JSON (line 1, column 3)", true],
      ["not an export", JSON.stringify({ hello: "world" }), "This file is not an Askwell export.", true],
      ["wrong types", JSON.stringify({ ...header, schema_version: 2, count: "one" }), "The file is damaged:", true],
      ["unknown version", JSON.stringify({ ...header, schema_version: 0 }), "no schema version Askwell knows", true],
      ["newer version", JSON.stringify({ ...header, schema_version: 99 }), "made by a newer Askwell (schema 99)", false],
      ["bad checksum", tamperedText, "its checksum does not match", false],
      ["huge string", JSON.stringify({ ...header, schema_version: 2, note: "x".repeat(200_000) }), "longer than 100000 characters", true],
      ["too deep", "[".repeat(5000) + "]".repeat(5000), "nested far deeper than an export", true],
    ];
    const alert = page.locator(".data-import [role=alert]");
    for (const [name, text, message, damage] of cases) {
      await page.getByLabel("Import from a file").setInputFiles({
        name: `${name}.json`,
        mimeType: "application/json",
        buffer: Buffer.from(text),
      });
      const plain = alert.locator("p").first();
      const details = alert.locator("details.import-details");
      if (damage) {
        await expect(plain, name).toHaveText(`'${name}.json' isn't an Askwell export (it may be damaged). Nothing was changed.`);
        await expect(details.locator("p"), name).toBeHidden();
        await details.locator("summary", { hasText: "Details" }).click();
        await expect(details.locator("p"), name).toContainText(message);
      } else {
        await expect(plain, name).toContainText(`'${name}.json' wasn't imported. `);
        await expect(plain, name).toContainText(message);
        await expect(plain, name).toContainText("Nothing was changed.");
        await expect(details, name).toHaveCount(0);
      }
      // The failed file's name stays in the input (it is emptied when clicked, for a new pick).
      expect(await page.getByLabel("Import from a file").evaluate((el) => el.files[0]?.name)).toBe(`${name}.json`);
      await expect(page.getByRole("button", { name: "Confirm import" })).toHaveCount(0);
      expect(await snapshot(page), name).toEqual(before);
    }
    // Refused only for its checksum: the user who edited it may still check it and see the
    // preview; Cancel leaves everything as it was.
    await page.getByLabel("Import from a file").setInputFiles({ name: "edited.json", mimeType: "application/json", buffer: Buffer.from(tamperedText) });
    await page.getByRole("button", { name: "I edited it: check it anyway" }).click();
    await expect(page.locator(".import-preview")).toBeVisible();
    await expect(alert).toHaveCount(0);
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await snapshot(page)).toEqual(before);
    await page.getByLabel("Import from a file").setInputFiles({ name: "edited.json", mimeType: "application/json", buffer: Buffer.from(tamperedText) });
    await page.screenshot({ path: path.join(ARTIFACTS, "data-import-error.png"), fullPage: true });

    // The good file: shown first, nothing changes on Cancel; Confirm brings the session back.
    await page.getByRole("button", { name: "Delete everything…" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(page.locator(".data-sessions")).toContainText("No practice sessions saved.");
    const empty = await snapshot(page);
    expect(Object.keys(empty).filter((k) => k.startsWith("askwell.session."))).toEqual([]);
    const good = { name: "export.json", mimeType: "application/json", buffer: Buffer.from(exported.text) };
    await page.getByLabel("Import from a file").setInputFiles(good);
    await expect(page.locator(".import-preview")).toContainText("Importing will add 1 session, replace 0 sessions");
    await expect(page.locator(".import-preview li")).toContainText("Dr. Maya Okafor, ");
    await expect(alert).toHaveCount(0);
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await snapshot(page)).toEqual(empty);
    await page.getByLabel("Import from a file").setInputFiles(good);
    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.locator(".data-import")).toContainText("Imported 1 session.");
    await expect(page.locator(".data-sessions li")).toHaveCount(1);
    const back = await snapshot(page);
    const id = tampered.sessions[0].id;
    expect(JSON.parse(back[`askwell.session.${id}`]).data).toEqual(JSON.parse(exported.text).sessions[0]);
  });
});

test.describe("the Data page replaces what is on screen too", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  const addPerson = async (page, name) => {
    await page.goto(server.base + "#/people");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Add to my people" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Added ${name}` })).toBeVisible();
  };
  const storedNames = async (page) => {
    const raw = await page.evaluate(() => localStorage.getItem("askwell.people"));
    return raw ? JSON.parse(raw).data.people.map((p) => p.details.name).sort() : [];
  };

  test("Delete everything, then an import: People shows what is stored, and the next edit keeps it", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await addPerson(page, "Sam Lee");
    await page.goto(server.base + "#/settings");
    const exported = await download(page, () => page.getByRole("button", { name: "Export everything" }).click());

    // Deleted: the people page is empty at once (no reload), and a new person is the only one.
    await page.getByRole("button", { name: "Delete everything…" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(page.getByText("Everything Askwell kept in this browser was deleted.")).toBeVisible();
    await page.locator('a[href="#/people"]').first().click();
    await expect(page.locator(".person-card")).toHaveCount(0);
    await addPerson(page, "Ana Ruiz");
    expect(await storedNames(page)).toEqual(["Ana Ruiz"]);

    // Imported: Sam is on screen at once, and adding someone keeps him.
    await page.goto(server.base + "#/settings");
    await page.getByLabel("Import from a file").setInputFiles({
      name: "export.json",
      mimeType: "application/json",
      buffer: Buffer.from(exported.text),
    });
    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.locator(".data-import")).toContainText("Imported");
    await page.locator('a[href="#/people"]').first().click();
    await expect(page.locator(".person-card", { hasText: "Sam Lee" })).toBeVisible();
    await addPerson(page, "Kim Park");
    expect(await storedNames(page)).toEqual(["Ana Ruiz", "Kim Park", "Sam Lee"]);
    expect(errors).toEqual([]);
  });
});

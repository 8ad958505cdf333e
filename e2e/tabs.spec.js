// Two tabs on one browser: a deletion in one is respected by the other.
const { test, expect } = require("./fixtures");
const { ask, endInterview, startPractice, stored } = require("./helpers");
const { startServer } = require("./server");

test.describe("tabs", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("a session deleted in one tab stays deleted in the other", async ({ page, context }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const id = await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");

    const other = await context.newPage();
    await other.goto(server.base + "#/settings");
    await other.getByRole("button", { name: /Delete the session with/ }).first().click();
    // One tap asks first: nothing is deleted until it is confirmed.
    expect(await stored(other, `askwell.session.${id}`)).not.toBeNull();
    await other.getByRole("button", { name: "Yes, delete" }).click();
    await expect.poll(() => stored(other, `askwell.session.${id}`)).toBeNull();

    // The first tab hears about it, and its next question does not bring the session back.
    await expect(page.locator(".notices .notice").filter({ hasText: "deleted in another tab" }).first()).toBeVisible();
    await ask(page, "What are your main responsibilities?");
    // One notice says it, in the same words whether heard from the other tab or met on a save.
    const deleted = page.locator(".notices .notice").filter({ hasText: "deleted in another tab" });
    await expect(deleted).toHaveText(/so this tab does not save it again/);
    await expect(deleted).toHaveCount(1);
    expect(await stored(page, `askwell.session.${id}`)).toBeNull();
    const index = JSON.parse((await stored(page, "askwell.index")) || '{"data":{"sessions":[]}}');
    expect(index.data.sessions.map((s) => s.id)).not.toContain(id);
    // Ended here, its review writes no score back for Progress either.
    await endInterview(page);
    await expect(page.locator(".score-number")).toBeVisible();
    // Nothing else was listed, so nothing is written at all (an empty cache once made the key
    // again that Delete in the other tab had left without).
    expect(await stored(page, "askwell.figures")).toBeNull();

    // Home in both tabs lists no such session.
    for (const p of [page, other]) {
      await p.goto(server.base + "#/");
      await expect(p.locator(".session-item")).toHaveCount(0);
    }
    expect(errors).toEqual([]);
    await other.close();
  });

  test("a person added in one tab appears in the other, and neither writes over the other", async ({ page, context }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.base + "#/people");
    const other = await context.newPage();
    await other.goto(server.base + "#/people");
    await expect(other.getByRole("heading", { name: "People to talk to" })).toBeVisible();

    await page.getByLabel("Name", { exact: true }).fill("Sam Lee");
    await page.getByRole("button", { name: "Add to my people" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added Sam Lee" })).toBeVisible();
    // The other tab shows it without a reload ...
    await expect(other.locator(".stage-group").filter({ hasText: "To contact" })).toContainText("Sam Lee");
    // ... and its own addition keeps both.
    await other.getByLabel("Name", { exact: true }).fill("Ana Ruiz");
    await other.getByRole("button", { name: "Add to my people" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Added Ana Ruiz" })).toBeVisible();
    await expect(page.locator(".stage-group")).toContainText("Ana Ruiz");
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("askwell.people")));
    expect(stored.data.people.map((p) => p.details.name).sort()).toEqual(["Ana Ruiz", "Sam Lee"]);
    expect(errors).toEqual([]);
    await other.close();
  });

  test("a persona deleted in one tab is not brought back by its editor in another", async ({ page, context }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.base + "#/personas");
    await page.getByRole("button", { name: "New persona" }).click();
    await expect(page).toHaveURL(/#\/personas\/my-/);
    const id = decodeURIComponent(page.url().split("#/personas/")[1]);
    await page.getByLabel("Name", { exact: true }).fill("Ola Berg");
    const ids = async (p) => JSON.parse((await stored(p, "askwell.personas")) || '{"data":{"personas":[]}}').data.personas.map((c) => c.persona.id);
    await expect.poll(() => ids(page)).toContain(id);

    const other = await context.newPage();
    await other.goto(server.base + "#/personas");
    await other.getByRole("button", { name: "Delete Ola Berg" }).click();
    await other.getByRole("button", { name: "Yes, delete" }).click();
    await expect.poll(() => ids(other)).not.toContain(id);

    // The editor says so at once, and typing there writes nothing back.
    const banner = page.locator(".notice.warning", { hasText: "deleted in another tab" });
    await expect(banner).toBeVisible();
    await page.getByLabel("Role").fill("Harbour pilot");
    await page.waitForTimeout(800);
    expect(await ids(page)).not.toContain(id);
    await expect(page.locator(".pe-saved")).toContainText("Not saved");

    // Restoring keeps it with the change made meanwhile.
    await banner.getByRole("button", { name: "Restore it" }).click();
    await expect(banner).toHaveCount(0);
    await expect.poll(() => ids(page)).toContain(id);
    const list = JSON.parse(await stored(page, "askwell.personas"));
    expect(list.data.personas.find((c) => c.persona.id === id).persona.role).toBe("Harbour pilot");
    expect(errors).toEqual([]);
    await other.close();
  });
});

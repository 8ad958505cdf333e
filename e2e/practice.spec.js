// The practice loop end to end, on the release build served under /askwell/.
const { test, expect, chromium } = require("./fixtures");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { startServer, watchOrigin } = require("./server");
const { ask, endInterview, startPractice } = require("./helpers");

const ARTIFACTS = path.resolve(__dirname, "artifacts");
fs.mkdirSync(ARTIFACTS, { recursive: true });

// Twelve questions that walk through every segment, opening to closing.
const QUESTIONS = [
  ["Hi, I'm a third-year biology student exploring careers in medicine. I'd love to hear about your work, your path and any advice.", "Opening"],
  ["What does a typical day look like for you?", "Present"],
  ["What are your main responsibilities?", "Present"],
  ["What is the most challenging part of your job?", "Present"],
  ["Where did you go to school, and what did you study?", "Past"],
  ["How did you get into this field?", "Past"],
  ["What changes do you expect in your field over the next ten years?", "Future"],
  ["What opportunities for advancement are there for someone in your position?", "Future"],
  ["Can you recommend anyone else for me to talk to?", "Advice"],
  ["Which professional organizations should I join?", "Advice"],
  ["Thank you so much, your advice about the fellowship was really helpful.", "Closing"],
  ["May I keep in touch with you as I move forward?", "Closing"],
];

test.describe("practice loop", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("a full simulated interview, its review, and the session kept after a reload", async ({ browser }) => {
    const context = await browser.newContext();
    const offOrigin = watchOrigin(context, server.origin);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));

    await page.goto(server.base);
    await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
    await expect(page.locator("input[name=persona]")).toHaveCount(6);
    await page.screenshot({ path: path.join(ARTIFACTS, "home.png"), fullPage: true });

    await page.getByLabel(/Dr\. Maya Okafor/).check();
    await page.getByLabel("30 min").check();
    await page.getByLabel("Simulated").check();
    await page.getByRole("button", { name: "Start the interview" }).click();
    await expect(page).toHaveURL(/#\/practice\//);
    await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
    await expect(page.getByLabel("Your question")).toBeFocused();

    for (const [question, segment] of QUESTIONS) {
      await ask(page, question);
      await expect(page.locator(".segment-now strong")).toHaveText(segment);
    }
    await expect(page.locator(".transcript .turn.user")).toHaveCount(QUESTIONS.length);
    // The simulated clock moved: some time is left of the 30 minutes but less than all.
    await expect(page.locator(".time.overall")).toContainText("left of 30 min");
    await page.screenshot({ path: path.join(ARTIFACTS, "practice.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(ARTIFACTS, "practice-phone.png") });
    await page.setViewportSize({ width: 1280, height: 860 });

    // Ending asks once more; "Keep going" leaves the interview running.
    await page.getByRole("button", { name: "End interview" }).click();
    await expect(page.getByRole("group", { name: "End it here? It cannot be resumed." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Keep going" })).toBeFocused();
    await page.getByRole("button", { name: "Keep going" }).click();
    await expect(page.getByRole("button", { name: "End interview" })).toBeFocused();
    await expect(page.getByLabel("Your question")).toBeEnabled();
    await endInterview(page);
    await expect(page).toHaveURL(/#\/review\//);
    await expect(page.locator(".timing-chart")).toBeVisible();
    // Chromium's language here is US English: month first, a 12-hour clock.
    await expect(page.locator(".review-meta")).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M · /);
    await page.getByText("Minutes per segment").click();
    const table = page.locator("table.segment-table");
    await expect(table).toBeVisible();
    for (const segment of ["Opening", "Present", "Past", "Future", "Advice", "Closing"]) {
      const row = table.locator("tbody tr", { has: page.locator(`th:text-is("${segment}")`) });
      await expect(row).toHaveCount(1);
      // Planned minutes, and the actual time as the chart writes it (m:ss).
      await expect(row.locator("td").nth(0)).toContainText("min");
      await expect(row.locator("td").nth(1)).toHaveText(/^\d+:\d\d( \(over\))?$/);
    }
    await expect(page.locator("table.segment-table tfoot")).toContainText("30 min");
    await page.screenshot({ path: path.join(ARTIFACTS, "review.png"), fullPage: true });

    // After a reload the session is still listed on the start page.
    await page.goto(server.base + "#/");
    await page.reload();
    const item = page.locator(".session-item");
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("Dr. Maya Okafor");
    await expect(item).toContainText("30 min planned");
    await expect(item).toContainText("12 lines from you");
    await item.locator("a").click();
    await expect(page).toHaveURL(/#\/review\//);

    expect(errors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  // Any locale renders Home, the review and History without a panic (locales whose digits
  // are several bytes long were once a risk: Bengali, Arabic, Devanagari). Dates are written
  // by the app, not by Intl (src/format.rs): day first and a 24-hour clock outside US English.
  for (const locale of ["bn-BD", "ar-EG", "hi-IN", "ja-JP", "de-DE"]) {
    test(`a practice, its review and Home in ${locale}`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(server.base);
      await page.getByLabel(/Dr\. Maya Okafor/).check();
      await page.getByRole("button", { name: "Start the interview" }).click();
      await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
      await ask(page, "What does a typical day look like for you?");
      await ask(page, "How did you get into this field?");
      await endInterview(page);
      await expect(page).toHaveURL(/#\/review\//);
      await expect(page.locator(".timing-chart")).toBeVisible();
      await expect(page.locator(".review-meta")).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} · /);
      await page.goto(server.base + "#/");
      await page.reload();
      await expect(page.locator(".session-item").first()).toBeVisible();
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test("a half-typed question survives a reload of the tab, and is forgotten once sent or the interview ends", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const id = await startPractice(page, server.base);
    const box = page.getByLabel("Your question");
    const draft = () => page.evaluate((k) => sessionStorage.getItem(k), `askwell.draft.${id}`);
    await box.pressSequentially("What does a typical");
    await page.reload();
    await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
    await expect(box).toHaveValue("What does a typical");
    await expect(box).toBeFocused();
    // Kept for this tab only (sessionStorage), never with the saved sessions.
    expect(await draft()).toBe("What does a typical");
    expect(Object.keys(await page.evaluate(() => ({ ...localStorage }))).filter((k) => k.includes("draft"))).toEqual([]);

    await box.fill("What does a typical day look like for you?");
    await box.press("Enter");
    await expect(page.locator(".transcript .turn.persona")).toHaveCount(2);
    await expect(box).toHaveValue("");
    await page.reload();
    await expect(page.locator(".transcript .turn.user")).toHaveCount(1);
    await expect(box).toHaveValue("");
    expect(await draft()).toBeNull();

    // Typed, then the interview ends: nothing is kept for it.
    await box.pressSequentially("Where did you");
    await expect.poll(draft).toBe("Where did you");
    await endInterview(page);
    await expect(page).toHaveURL(/#\/review\//);
    expect(await draft()).toBeNull();
    expect(errors).toEqual([]);
  });

  test("after one visit, the app runs a practice with the server stopped", async () => {
    const own = await startServer();
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "askwell-profile-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });
    try {
      const offOrigin = watchOrigin(context, own.origin);
      const page = context.pages()[0] || (await context.newPage());
      await page.goto(own.base);
      await expect(page.locator("input[name=persona]")).toHaveCount(6);
      // Wait until the service worker has cached this build and controls the page.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
        }
      });
      await own.stop();

      await page.reload();
      await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
      await page.getByLabel(/Dr\. Daniel Reyes/).check();
      await page.getByRole("button", { name: "Start the interview" }).click();
      await expect(page).toHaveURL(/#\/practice\//);
      await ask(page, "What does a typical day look like for you?");
      await expect(page.locator(".segment-now strong")).toHaveText("Present");
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
      await own.stop();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});

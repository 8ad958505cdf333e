// The design review of 2026-12-05, section B, items 5, 14, 15 and 17.
// B5: the review leads each part of the score with one plain sentence; the points are behind
// "How is this scored?"; "hidden facts" and "Ended on time" are gone; a part given no time
// is said as skipped.
// B14: "Practice" is marked in the nav during a practice and its review; below 360 px the
// nav's links are at least 24 px with real space between them.
// B15: "End interview" puts focus on "Keep going"; the polite status region speaks only when
// the segment changes or a nudge comes (not "Present segment." after every question); a
// heading the app focuses gets a thinner ring, still 3:1.
// B17: a bad file on the Data page is named in plain words, the technical reason behind
// "Details", and its name stays in view.
// Screenshots go to e2e/artifacts (or $REVIEW_SHOTS).
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { startServer } = require("./server");
const { ask, endInterview, startPractice } = require("./helpers");

const SHOTS = process.env.REVIEW_SHOTS || path.resolve(__dirname, "artifacts");
fs.mkdirSync(SHOTS, { recursive: true });

const SIZES = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } };
const BAD = '{"this is": not valid json\n';

/** WCAG contrast of two computed CSS colours ("rgb(r, g, b)"). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A short practice: the introduction and two questions about the present, then End. */
async function shortReview(page, base) {
  await startPractice(page, base);
  await ask(page, "Hi, I'm a biology student exploring careers in medicine. Could you tell me about your work?");
  await ask(page, "What does a typical day look like for you?");
  await ask(page, "Do you like your job?");
  await endInterview(page);
  await expect(page).toHaveURL(/#\/review\//);
  await expect(page.locator(".score-number")).toBeVisible();
}

test.describe("design review B5, B14, B15, B17", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("B5: each part of the score is one plain sentence, the points behind 'How is this scored?'", async ({ page }) => {
    await shortReview(page, server.base);
    const says = page.locator(".score-parts .part-says");
    await expect(says).toHaveCount(5);
    for (const text of await says.allTextContents()) {
      expect(text).toMatch(/^You .*\.$/);
      expect(text).not.toMatch(/pts|\d+\/\d+/);
    }
    await expect(says.nth(0)).toContainText(/^You kept time per part \d+% on plan/);
    await expect(says.nth(2)).toContainText("You asked open questions: ");
    // The points are folded, and there when opened.
    const how = page.locator("details.score-how");
    await expect(how.locator("li").first()).toBeHidden();
    await how.locator("summary", { hasText: "How is this scored?" }).click();
    await expect(how.locator("li")).toHaveCount(5);
    await expect(how.locator("li").first()).toContainText(/^Timing \d+\/25: .*pts\)/);
    // No engine words, and nothing that contradicts the early end.
    const review = page.locator(".page.review");
    await expect(review).not.toContainText("hidden fact");
    await expect(review).not.toContainText("Ended on time");
    // Ending on time is Timing's (its sentence says it): the etiquette list holds the
    // courtesies its sentence counts (it showed 7 under "all 6 courtesies").
    await expect(page.locator(".checklist li", { hasText: "Didn't run over" })).toHaveCount(0);
    await expect(page.locator(".verdict", { hasText: "You ended early" })).toHaveCount(1);
    // Parts never reached read "skipped" in the chart, not 0:00.
    await expect(page.locator(".tc-value", { hasText: "skipped, " }).first()).toBeVisible();
    await expect(page.locator(".tc-value", { hasText: /^0:00 of/ })).toHaveCount(0);
    await expect(page.locator(".timing-chart")).toHaveAttribute("aria-label", /Future: planned [\d.]+ min, skipped/);
  });

  test("B17: the bad file stays named, and picking it again through the picker is read again", async ({ page }) => {
    await page.goto(server.base + "#/settings");
    const input = page.getByLabel("Import from a file");
    await input.setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(BAD) });
    const alert = page.locator(".data-import [role=alert]");
    const plain = alert.locator("p").first();
    await expect(plain).toHaveText("'bad.json' isn't an Askwell export (it may be damaged). Nothing was changed.");
    await expect(alert.getByText("not valid JSON")).toBeHidden();
    await alert.getByText("Details").click();
    await expect(alert.getByText("This file is not an Askwell export: it is not valid JSON (line 1, column 14).")).toBeVisible();
    expect(await input.evaluate((el) => el.files[0]?.name)).toBe("bad.json");
    // The same name picked again, as the user would after mending the file.
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), input.click()]);
    expect(await input.evaluate((el) => el.files.length)).toBe(0);
    await chooser.setFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from("") });
    await expect(plain).toHaveText("'bad.json' wasn't imported. This file is empty, so there is nothing to import. Nothing was changed.");
    await expect(alert.locator("details")).toHaveCount(0);
  });

  for (const [name, size] of Object.entries(SIZES)) {
    for (const theme of ["light", "dark"]) {
      test(`screenshots of the review and the import error, ${name} ${theme}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: size, colorScheme: theme });
        const page = await context.newPage();
        await shortReview(page, server.base);
        await page.screenshot({ path: path.join(SHOTS, `${name}-${theme}-review-top.png`) });
        await page.locator("details.score-how summary").click();
        await page.locator(".score-card").screenshot({ path: path.join(SHOTS, `${name}-${theme}-review-score-open.png`) });
        await page.screenshot({ path: path.join(SHOTS, `${name}-${theme}-review-full.png`), fullPage: true });
        await page.getByRole("link", { name: "Data" }).click();
        await page.getByLabel("Import from a file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(BAD) });
        const alert = page.locator(".data-import [role=alert]");
        await expect(alert.locator("p").first()).toHaveText("'bad.json' isn't an Askwell export (it may be damaged). Nothing was changed.");
        await alert.locator("summary").click();
        await page.locator(".data-import").scrollIntoViewIfNeeded();
        await page.locator(".data-import").screenshot({ path: path.join(SHOTS, `${name}-${theme}-data-import-bad.png`) });
        await context.close();
      });
    }
  }

  test("B14: Practice is marked in the nav during a practice and its review", async ({ page }) => {
    const practice = page.locator(".site-nav a", { hasText: "Practice" });
    const marked = page.locator(".site-nav a[aria-current]");
    await page.goto(server.base);
    await expect(practice).toHaveAttribute("aria-current", "page");
    await startPractice(page, server.base);
    await expect(marked).toHaveCount(1);
    await expect(practice).toHaveAttribute("aria-current", "true");
    const look = (el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor];
    const people = page.locator(".site-nav a", { hasText: "People" });
    expect(await practice.evaluate(look)).not.toEqual(await people.evaluate(look));
    await ask(page, "What does a typical day look like for you?");
    await endInterview(page);
    await expect(page).toHaveURL(/#\/review\//);
    await expect(practice).toHaveAttribute("aria-current", "true");
    await expect(marked).toHaveCount(1);
    await page.getByRole("link", { name: "People" }).click();
    await expect(practice).not.toHaveAttribute("aria-current", /./);
    await expect(people).toHaveAttribute("aria-current", "page");
  });

  for (const width of [320, 340, 359]) {
    test(`B14: at ${width} px the nav is one row that scrolls sideways, its links 44 px tall and apart`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto(server.base);
      const links = page.locator(".site-nav a");
      const boxes = () =>
        links.evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            return { text: e.textContent, x: r.x, y: r.y, w: r.width, h: r.height };
          }),
        );
      const before = await boxes();
      expect(before).toHaveLength(5);
      for (const b of before) {
        expect(b.w, b.text).toBeGreaterThanOrEqual(24);
        expect(b.h, b.text).toBeGreaterThanOrEqual(44);
        expect(Math.abs(b.y - before[0].y), `${b.text} on the first row`).toBeLessThan(1);
      }
      for (let i = 1; i < before.length; i++) {
        const [a, b] = [before[i - 1], before[i]];
        expect(b.x - (a.x + a.w), `${a.text} | ${b.text}`).toBeGreaterThanOrEqual(4);
      }
      // The row scrolls, the page does not; the last link can be brought fully into view.
      const nav = page.locator(".site-nav");
      expect(await nav.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SHOTS, `nav-${width}.png`), clip: { x: 0, y: 0, width, height: 120 } });
      await links.last().scrollIntoViewIfNeeded();
      const data = (await boxes()).at(-1);
      expect(data.x + data.w).toBeLessThanOrEqual(width);
      await links.last().click();
      await expect(page).toHaveURL(/#\/settings/);
      // Arriving on a page whose link is off to the side shows that link.
      await page.goto(server.base + "#/progress");
      await page.reload();
      const current = page.locator(".site-nav a[aria-current]");
      await expect(current).toHaveText("Progress");
      const box = await current.boundingBox();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    });
  }

  test("B14: five text sizes: every element's font size is one of the scale's", async ({ page }) => {
    for (const [width, route] of [[390, ""], [1280, ""], [1280, "#/personas"], [390, "#/data"]]) {
      await page.setViewportSize({ width, height: 860 });
      await page.goto(server.base + route);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const sizes = await page.evaluate(() => {
        const seen = new Set();
        for (const e of document.querySelectorAll("main *, header *")) {
          if (!e.childNodes.length || ![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
          if (e.closest("svg, h1")) continue;
          seen.add(getComputedStyle(e).fontSize);
        }
        return [...seen].sort();
      });
      // 0.8, 0.9, 1 and 1.15 rem, and the browser's own h2-h3 sizes set to them.
      for (const s of sizes) expect(["12.8px", "14.4px", "16px", "18.4px"], `${width} ${route}`).toContain(s);
    }
  });

  test("B15: End interview focuses Keep going, and Enter, Enter keeps the interview", async ({ page }) => {
    await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    await page.getByRole("button", { name: "End interview" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Keep going" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "End interview" })).toBeFocused();
    await expect(page).toHaveURL(/#\/practice\//);
    await expect(page.getByLabel("Your question")).toBeEnabled();
  });

  test("B15: the status region speaks on a new segment, not after every question", async ({ page }) => {
    await startPractice(page, server.base);
    const region = page.locator(".practice p.visually-hidden[role=status][aria-live=polite]");
    await expect(region).toHaveCount(1);
    // Every text the region shows, in order (a screen reader reads each change).
    await region.evaluate((el) => {
      window.__said = [];
      new MutationObserver(() => window.__said.push(el.textContent.trim())).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const said = () => page.evaluate(() => window.__said.filter((t) => t));
    const settle = () => page.waitForTimeout(400);
    // The introduction stays in the opening: nothing to say.
    await ask(page, "Hi, I'm a biology student exploring careers in medicine. Thank you for making the time.");
    await settle();
    expect(await said()).toEqual([]);
    await ask(page, "What does a typical day look like for you?");
    await expect.poll(said).toEqual(["Present segment."]);
    await ask(page, "What are your main responsibilities?");
    await ask(page, "What is the most challenging part of your job?");
    await settle();
    expect(await said()).toEqual(["Present segment."]);
    await ask(page, "How did you get into this field?");
    await expect.poll(said).toEqual(["Present segment.", "Past segment."]);
    await ask(page, "Where did you go to school, and what did you study?");
    await settle();
    expect(await said()).toEqual(["Present segment.", "Past segment."]);
  });

  test("B15: a nudge is said on its own, once; the segment is not said again with it", async ({ page }) => {
    await startPractice(page, server.base);
    const region = page.locator(".practice p.visually-hidden[role=status][aria-live=polite]");
    await region.evaluate((el) => {
      window.__said = [];
      new MutationObserver(() => window.__said.push(el.textContent.trim())).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const said = () => page.evaluate(() => window.__said.filter((t) => t));
    // No introduction: the coach nudges, in the same segment.
    for (const q of ["Do you like your job?", "Is it stressful?", "What are your main responsibilities?"]) await ask(page, q);
    const nudge = page.locator(".nudge");
    await expect(nudge).toBeVisible();
    await expect.poll(async () => (await said()).length).toBe(2);
    const [first, second] = await said();
    expect(first).toBe("Present segment.");
    expect(second).not.toContain("segment.");
    expect(await nudge.textContent()).toContain(second);
    // Dismissed: nothing more is said.
    await nudge.getByRole("button", { name: "Dismiss" }).click();
    await page.waitForTimeout(400);
    expect(await said()).toEqual([first, second]);
  });

  test("B15: a heading the app focuses has a thinner ring around its text, 3:1 or more", async ({ page }) => {
    for (const theme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(server.base);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.getByRole("link", { name: theme === "light" ? "Data" : "Progress" }).focus();
      await page.keyboard.press("Enter");
      const h1 = page.locator("main h1");
      await expect(h1).toBeFocused();
      const ring = await h1.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          style: s.outlineStyle,
          width: s.outlineWidth,
          color: s.outlineColor,
          paper: getComputedStyle(document.documentElement).backgroundColor,
          heading: el.getBoundingClientRect().width,
          main: document.querySelector("main").getBoundingClientRect().width,
        };
      });
      expect(ring.style, theme).toBe("solid");
      expect(ring.width, theme).toBe("2px");
      // Around the text, not the page's full width.
      expect(ring.heading, theme).toBeLessThan(ring.main * 0.8);
      expect(contrast(ring.color, ring.paper), theme).toBeGreaterThanOrEqual(3);
    }
  });
});

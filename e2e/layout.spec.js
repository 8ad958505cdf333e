// Issue 11, item 5: the practice screen holds at 320 x 640 (the narrowest phones) and at
// 640 x 400 (a 1280 x 800 laptop at 200 % zoom), and stays as it was at 390 x 844: the
// conversation gets most of the height between the sticky timeline and the question box, the
// newest reply ends above the box, nothing scrolls sideways, the persona's name is whole and
// "End interview" keeps to one line. On a 1280 x 800 laptop, choosing a persona resizes no
// card, and the review's cards leave no hole beside or under them, in reading order.
// Screenshots go to e2e/artifacts (or $LAYOUT_SHOTS).
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { startServer } = require("./server");
const { ask, endInterview, startPractice } = require("./helpers");

const SHOTS = process.env.LAYOUT_SHOTS || path.resolve(__dirname, "artifacts");
fs.mkdirSync(SHOTS, { recursive: true });

// `share`: the least share of the height left to the conversation between the stuck bars
// (before issue 11, item 5: 0.63-0.67 at 320 x 640, 0.57 at 640 x 400, 0.75 at 390 x 844);
// `tall`: how many of the answers below are taller than that room.
const SIZES = [
  { width: 320, height: 640, share: 0.7, tall: 1 },
  { width: 640, height: 400, share: 0.6, tall: 1 },
  { width: 390, height: 844, share: 0.7, tall: 0 },
];

// Dr. Tomasz Nowak's answers, in this order: the fourth is longer than the room at 320 and
// 640 px wide (it shows from its first line); the last is long (a third of the screen or more)
// and fits whole at every size here.
const QUESTIONS = [
  "Hi, I'm a student exploring this field. Could you tell me about your work?",
  "What does a typical day look like for you?",
  "How did you get into this field?",
  "Where do you see the field going in the next few years?",
  "What advice would you give someone starting out?",
];
const LONG = QUESTIONS[4];

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The sticky bars, the newest reply and the page, as the user sees them. */
function measure(page) {
  return page.evaluate(() => {
    const rect = (s) => document.querySelector(s).getBoundingClientRect();
    const replies = document.querySelectorAll(".transcript .turn.persona");
    const reply = replies[replies.length - 1].getBoundingClientRect();
    const root = document.documentElement;
    return {
      viewport: root.clientHeight,
      // The room between the two bars once they stick (the top one only after scrolling).
      room: root.clientHeight - rect(".timeline").height - rect(".question-box").height,
      above: Math.max(rect(".timeline").bottom, 0),
      below: rect(".question-box").top,
      top: reply.top,
      bottom: reply.bottom,
      height: reply.height,
      further: root.scrollHeight - root.clientHeight - scrollY,
      sideways: root.scrollWidth - root.clientWidth,
    };
  });
}

test.describe("the practice screen at small and short sizes", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`;
    test.describe(`at ${size.width} x ${size.height}`, () => {
      test.use({ viewport: { width: size.width, height: size.height } });

      test("the conversation has the room, the newest reply ends above the box, the head keeps its words", async ({ page }) => {
        // The longest name among the shipped personas.
        await startPractice(page, server.base, /Dr\. Tomasz Nowak/);
        const head = await page.evaluate(() => {
          const name = document.querySelector(".practice .persona-name");
          const end = document.getElementById("end-interview");
          const s = getComputedStyle(end);
          const text = end.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
          return {
            name: name.innerText,
            clipped: name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1,
            inside: name.getBoundingClientRect().right <= document.documentElement.clientWidth,
            endLines: text / parseFloat(s.lineHeight),
          };
        });
        expect(head.name.replace(/\s+/g, " ")).toBe("Dr. Tomasz Nowak");
        expect(head.clipped, JSON.stringify(head)).toBe(false);
        expect(head.inside, JSON.stringify(head)).toBe(true);
        expect(head.endLines, JSON.stringify(head)).toBeLessThan(1.6);
        await page.screenshot({ path: path.join(SHOTS, `practice-${name}-top.png`) });

        let tall = 0;
        for (const question of QUESTIONS) {
          await ask(page, question);
          // The reply is brought into view in the frame after it is drawn.
          await frames(page);
          const view = await measure(page);
          const why = `${question} ${JSON.stringify(view)}`;
          expect(view.sideways, why).toBe(0);
          expect(view.room / view.viewport, why).toBeGreaterThanOrEqual(size.share);
          // The reply starts below the timeline, in view.
          expect(view.top, why).toBeGreaterThanOrEqual(view.above - 1);
          expect(view.top, why).toBeLessThan(view.below);
          if (question === LONG) {
            // A long answer (a third of the screen or more), whole above the box.
            expect(view.height, why).toBeGreaterThanOrEqual(view.viewport / 3);
            expect(view.bottom, why).toBeLessThanOrEqual(view.below);
            await page.screenshot({ path: path.join(SHOTS, `practice-${name}.png`) });
          } else if (view.height + 16 <= view.below - view.above) {
            expect(view.bottom, why).toBeLessThanOrEqual(view.below);
          } else {
            // Too tall for the room: it shows from its start, and scrolling on brings its end
            // above the box (the box never keeps it covered).
            tall += 1;
            expect(view.further, why).toBeGreaterThanOrEqual(view.bottom - view.below);
            await page.evaluate((by) => window.scrollBy(0, by), view.bottom - view.below + 8);
            const after = await measure(page);
            expect(after.bottom, JSON.stringify(after)).toBeLessThanOrEqual(after.below);
          }
        }
        expect(tall).toBe(size.tall);

        // Reopened (a reload reads the session from storage), the conversation shows its
        // newest reply, though the transcript is drawn a frame after the rest of the page.
        await page.reload();
        await expect(page.locator(".transcript .turn.persona")).toHaveCount(QUESTIONS.length + 1);
        await frames(page);
        await frames(page);
        const reopened = await measure(page);
        const why = `reopened ${JSON.stringify(reopened)}`;
        expect(reopened.top, why).toBeGreaterThanOrEqual(reopened.above - 1);
        expect(reopened.top, why).toBeLessThan(reopened.below);
      });
    });
  }
});

test.describe("on a 1280 x 800 laptop", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });
  test.use({ viewport: { width: 1280, height: 800 } });

  test("choosing a persona resizes no card; the chosen one unfolds its whole bio in place", async ({ page }) => {
    await page.goto(server.base);
    const cards = page.locator(".persona-option");
    await expect(cards.first()).toBeVisible();
    const boxes = () => cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    const before = await boxes();
    // Cards sharing a row are the same height.
    for (const b of before) {
      for (const c of before.filter((c) => Math.abs(c.top - b.top) < 1)) expect(c.height).toBeCloseTo(b.height, 0);
    }
    for (let i = 0; i < before.length; i++) {
      await cards.nth(i).locator("input").check();
      // Only the chosen card offers "More about <first name>" (design review B11).
      await expect(page.locator(".persona-more summary:visible")).toHaveCount(1);
      await expect(cards.nth(i).locator(".persona-more summary")).toBeVisible();
      const now = await boxes();
      for (let j = 0; j < now.length; j++) expect(now[j].height, `card ${j} after choosing ${i}`).toBeCloseTo(before[j].height, 0);
    }
    // Unfolded, the bio is whole (no longer clamped), and folds back.
    const last = cards.nth(before.length - 1);
    const bio = last.locator(".persona-bio");
    const clamped = () => bio.evaluate((e) => e.scrollHeight > e.clientHeight + 1);
    expect(await clamped()).toBe(true);
    await last.locator(".persona-more summary").click();
    await expect(last.locator(".persona-more")).toHaveAttribute("open", "");
    expect(await clamped()).toBe(false);
    await last.locator(".persona-more summary").click();
    expect(await clamped()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "home-laptop-chosen.png") });
  });

  test("the review's cards leave no hole and read in DOM order", async ({ page }) => {
    await startPractice(page, server.base);
    // Flagged questions (the card whose length varies most) and a job ask.
    for (const q of [
      "Do you like your job?",
      "Is it stressful?",
      "What does a typical day look like?",
      "Do you have any openings for a research assistant on your team?",
      "Is the field growing?",
    ]) {
      await ask(page, q);
    }
    await endInterview(page);
    await expect(page.locator(".score-number")).toBeVisible();
    const cards = await page.locator(".review-top > .card, .review-grid > .card").evaluateAll((els) =>
      els.map((e) => ({ name: e.querySelector("h2").textContent, ...e.getBoundingClientRect().toJSON() })));
    expect(cards.map((c) => c.name)).toEqual(["Score", "Next time", "Listening", "Timing", "The five outcomes", "Your questions", "Etiquette"]);
    const last = Math.max(...cards.map((c) => c.bottom));
    for (const c of cards) {
      // The space under a card, down to the next card in its column (or the end of the cards).
      const under = cards.filter((d) => d.top >= c.bottom - 1 && d.left < c.right && d.right > c.left);
      const next = under.length ? Math.min(...under.map((d) => d.top)) : last;
      expect(next - c.bottom, `space under ${c.name}: ${JSON.stringify(cards)}`).toBeLessThanOrEqual(17);
    }
    // Reading order: DOM order is top to bottom, then left to right within a row.
    for (let i = 1; i < cards.length; i++) {
      const [a, b] = [cards[i - 1], cards[i]];
      expect(b.top > a.top + 1 || (Math.abs(b.top - a.top) <= 1 && b.left > a.left), `${a.name} before ${b.name}`).toBe(true);
    }
    await page.screenshot({ path: path.join(SHOTS, "review-laptop.png"), fullPage: true });
  });
});

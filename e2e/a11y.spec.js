// Accessibility (issue 11): axe-core finds no WCAG 2.2 AA violation on any screen, on a laptop
// and on a phone; nothing scrolls sideways at 360 px; controls are reachable by keyboard with a
// visible focus ring; nothing moves when the user asks for reduced motion.
//
// axe-core is injected with `page.evaluate(source)`: DevTools-protocol evaluation is not subject
// to the page's Content Security Policy, so the page keeps its real CSP (no `bypassCSP`) and the
// CSP guard in ./fixtures still watches every screen here.
const { test, expect } = require("./fixtures");
const fs = require("fs");
const path = require("path");
const { startServer } = require("./server");
const { ask, startPractice, endInterview } = require("./helpers");

const ARTIFACTS = path.resolve(__dirname, "artifacts");
fs.mkdirSync(ARTIFACTS, { recursive: true });
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const VIEWPORTS = {
  laptop: { width: 1280, height: 860 },
  phone: { width: 390, height: 844 },
};
// The narrowest phones in use (WCAG 1.4.10 reflow is 320 CSS px).
const NARROWEST = { width: 320, height: 800 };

/** Runs axe on the whole page; returns its violations, one entry per failing element. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        id: v.id,
        impact: n.impact || v.impact,
        target: n.target.join(" "),
        summary: (n.failureSummary || v.help).replace(/\s+/g, " ").trim(),
      }))
    );
  }, TAGS);
}

/** How far the page scrolls sideways at the narrowest width (0 when it fits). */
async function sidewaysWhenNarrowest(page, size) {
  await page.setViewportSize(NARROWEST);
  const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(size);
  return extra;
}

/** Audits one screen: axe, a screenshot, and (on the phone) the 320 px overflow check. */
function auditor(page, viewport, theme, found) {
  const size = VIEWPORTS[viewport];
  const suffix = theme === "light" ? viewport : `${viewport}-dark`;
  return async (screen) => {
    // Let fonts, layout and any entrance settle before measuring contrast.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // The practice screen as seen (its sticky bars make a full-page capture misleading).
    await page.screenshot({ path: path.join(ARTIFACTS, `a11y-${screen}-${suffix}.png`), fullPage: !screen.startsWith("practice") });
    const violations = await axeViolations(page);
    for (const v of violations) found.push({ screen, ...v });
    if (viewport === "phone") {
      const extra = await sidewaysWhenNarrowest(page, size);
      if (extra > 0) {
        found.push({ screen, id: "horizontal-scroll", impact: "serious", target: "html", summary: `scrolls ${extra}px sideways at ${NARROWEST.width}px wide` });
      }
    }
    console.log(`axe ${suffix} ${screen}: ${violations.length} violation(s)`);
  };
}

function report(found) {
  return found.map((v) => `[${v.screen}] ${v.id} (${v.impact}) ${v.target}: ${v.summary}`).join("\n");
}

test.describe("accessibility", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  for (const [viewport, theme] of [["laptop", "light"], ["phone", "light"], ["laptop", "dark"], ["phone", "dark"]]) {
    test.describe(`on a ${viewport}, ${theme}`, () => {
      test.use({ viewport: VIEWPORTS[viewport], colorScheme: theme });

      test("every screen passes axe at WCAG 2.2 AA", async ({ page }) => {
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        const found = [];
        const audit = auditor(page, viewport, theme, found);

        await page.goto(server.base);
        await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
        await audit("home-empty");
        // The chosen card's whole bio unfolded (design review B11).
        await page.locator(".persona-option:has(input:checked) .persona-more summary").click();
        await expect(page.locator(".persona-more[open]")).toHaveCount(1);
        await audit("home-bio-open");

        // A practice in progress: closed questions get flags, no introduction gets a nudge.
        await startPractice(page, server.base);
        await ask(page, "Do you like your job?");
        await ask(page, "Is it stressful?");
        await ask(page, "Who else would you recommend I talk to?");
        await expect(page.locator(".turn.user .flag").first()).toBeVisible();
        await expect(page.locator(".nudge")).toBeVisible();
        await audit("practice");
        // A flag opened to its reason, rewrite and "Ask this instead" (design review B18).
        await page.locator(".turn.user .flag-coach summary").first().click();
        await expect(page.getByRole("button", { name: "Ask this instead" }).first()).toBeVisible();
        await audit("practice-flag-open");
        await page.locator(".turn.user .flag-coach summary").first().click();
        await page.getByRole("button", { name: "Pause" }).click();
        await expect(page.locator(".paused-note")).toBeVisible();
        await audit("practice-paused");
        await page.getByRole("button", { name: "Resume" }).click();

        // Its review, with what was drawn out marked in the transcript.
        await endInterview(page);
        await expect(page.locator(".score-number")).toBeVisible();
        // On a phone the transcript is folded (design review B4, 2026-12-05): audited both ways.
        if (viewport === "phone") {
          await audit("review-folded");
          await page.locator(".transcript-fold > summary").click();
        }
        await expect(page.locator(".transcript .nugget").first()).toBeVisible();
        await audit("review");
        if (viewport === "laptop" && theme === "light") {
          // What the print stylesheet makes of it (no header, buttons or footer).
          await page.emulateMedia({ media: "print" });
          await expect(page.locator(".site-header")).toBeHidden();
          await page.screenshot({ path: path.join(ARTIFACTS, "a11y-review-print.png"), fullPage: true });
          await page.emulateMedia({ media: "screen" });
        }

        await page.goto(server.base + "#/");
        await expect(page.locator(".session-item")).toHaveCount(1);
        await audit("home-sessions");

        await page.goto(server.base + "#/history");
        await expect(page.locator(".history-table tbody tr")).toHaveCount(1);
        await audit("progress");
        // The chart comes with the second finished practice.
        await startPractice(page, server.base, /Priya Raman/);
        await ask(page, "What does a typical day look like for you?");
        await endInterview(page);
        await expect(page.locator(".score-number")).toBeVisible();
        // The page called Progress is found at #/progress too.
        await page.goto(server.base + "#/progress");
        await expect(page.locator(".history-table tbody tr")).toHaveCount(2);
        await expect(page.locator(".progress-chart svg")).toBeVisible();
        await audit("progress-chart");

        // A damaged session is set aside as a backup and named in a notice.
        const broken = await startPractice(page, server.base, /Dr\. Daniel Reyes/);
        await ask(page, "How did you get into this line of work?");
        await page.evaluate((k) => localStorage.setItem(k, "{ not json"), `askwell.session.${broken}`);
        await page.goto(server.base + "#/");
        await page.reload();
        await expect(page.locator(".notice", { hasText: "could not be read" })).toBeVisible();
        await audit("home-notice");
        // Dismissed from the keyboard, the notice hands focus to the page's heading, which
        // shows a ring (main, which had it before, shows none).
        const dismiss = page.locator(".notice", { hasText: "could not be read" }).getByRole("button", { name: "Dismiss this message" });
        await dismiss.focus();
        await page.keyboard.press("Enter");
        const heading = page.getByRole("heading", { level: 1 });
        await expect(heading).toBeFocused();
        expect(await heading.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");

        await page.getByRole("link", { name: "Data" }).click();
        await expect(page.locator(".data-backups li")).toHaveCount(1);
        await audit("data");

        // An import preview: the export of this browser read back in (nothing new to add).
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Export everything" }).click(),
        ]);
        await page.locator("#import-file").setInputFiles(await download.path());
        await expect(page.locator(".import-preview")).toBeVisible();
        await audit("data-import");

        await page.goto(server.base + "#/review/no-such-session");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await audit("session-missing");

        await page.goto(server.base + "#/no-such-page");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await audit("not-found");

        // Your own personas: the editor of a new one (a topic open, problems listed, a
        // question tried), then the list with it.
        await page.goto(server.base + "#/personas");
        await page.getByRole("button", { name: "New persona" }).click();
        await expect(page.locator(".pe-meter")).toContainText(/topics answered · next: /);
        await page.locator(".pe-topic-button").nth(2).click();
        await page.getByLabel("Try a question").fill("What does a typical day look like for you?");
        await page.getByLabel("Try a question").press("Enter");
        await expect(page.locator(".pe-understood")).toHaveCount(1);
        // The lines read back with their two topics as chips (design review B16).
        await expect(page.locator(".pe-slot-lines .slot").first()).toBeVisible();
        await audit("persona-editor");
        // Named, so it is kept (a new persona left untouched is not).
        await page.getByLabel("Name", { exact: true }).fill("Ada Quinn");
        await page.goto(server.base + "#/personas");
        await expect(page.locator(".persona-row")).toHaveCount(1);
        await audit("personas");

        // Before and after the conversation: the people list, one person (outreach draft,
        // checks, notes, thank-you), and a question plan.
        await page.goto(server.base + "#/people");
        await page.getByLabel("Name", { exact: true }).fill("Sam Lee");
        await page.getByLabel("Role").fill("Policy analyst");
        await page.getByLabel("Acquaintance").check();
        await page.getByRole("button", { name: "Add to my people" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Added Sam Lee" })).toBeVisible();
        await audit("people");
        await page.locator(".person-card", { hasText: "Sam Lee" }).click();
        await expect(page.getByRole("heading", { name: "Sam Lee", level: 1 })).toBeVisible();
        // To contact: the email open, About me's form, the later tools folded.
        await audit("person");
        // About me given (one line), and every folded tool opened.
        await page.getByLabel("Your name").fill("Alex Kim");
        await page.getByLabel("Who you are, in a few words").fill("a second-year biology student");
        await page.getByRole("button", { name: "Save and use in drafts" }).click();
        await expect(page.locator(".about-line")).toBeVisible();
        const folded = page.locator("details.tool:not([open]) > summary");
        while ((await folded.count()) > 0) await folded.first().click();
        await audit("person-unfolded");
        await page.goto(server.base);
        await expect(page.locator(".next-actions")).toContainText("Sam Lee");
        await audit("home-actions");
        await page.goto(server.base);
        await page.getByLabel(/Dr\. Maya Okafor/).check();
        await page.getByRole("button", { name: "Plan your questions" }).click();
        await expect(page).toHaveURL(/#\/plan\/plan-/);
        await page.getByLabel("Add a question").fill("Do you like your job?");
        await page.getByLabel("Add a question").press("Enter");
        await expect(page.locator(".plan-list > li")).toHaveCount(1);
        await expect(page.getByRole("button", { name: "Use this for question 1" })).toBeVisible();
        await audit("plan");
        // The rewrite taken, the old wording kept beside Undo (design review B12).
        await page.getByRole("button", { name: "Use this for question 1" }).click();
        await expect(page.getByRole("button", { name: "Undo question 1" })).toBeVisible();
        await audit("plan-rewrite-used");
        await page.getByRole("button", { name: "Practise with this plan" }).click();
        await expect(page.locator(".plan-beside")).toBeVisible();
        await audit("practice-plan");

        await page.evaluate(() => window.askwellRescue("test"));
        await expect(page.locator(".rescue")).toBeVisible();
        await audit("rescue");

        expect(errors).toEqual([]);
        expect(found, `accessibility problems:\n${report(found)}`).toEqual([]);
      });
    });
  }

  test.describe("practice on a phone", () => {
    test.use({ viewport: VIEWPORTS.phone });

    test("the conversation gets most of the height and the newest long answer is in view", async ({ page }) => {
      await startPractice(page, server.base, /Priya Raman/);
      // Persona and End on one line; the timeline one compact row under its summary.
      expect((await page.locator(".practice-head").boundingBox()).height).toBeLessThanOrEqual(48);
      expect((await page.locator(".timeline").boundingBox()).height).toBeLessThanOrEqual(110);
      for (const q of [
        "Hi, I'm a nursing student curious about patient education. Could you tell me about your work?",
        "What does a typical day look like for you?",
        "How did you get into this field?",
      ]) {
        await ask(page, q);
        // Wait a frame: the reply is brought into view after it is drawn.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const view = await page.evaluate(() => {
          const replies = document.querySelectorAll(".transcript .turn.persona");
          const reply = replies[replies.length - 1].getBoundingClientRect();
          const above = document.querySelector(".timeline").getBoundingClientRect().bottom;
          const below = document.querySelector(".question-box").getBoundingClientRect().top;
          return { top: reply.top, bottom: reply.bottom, height: reply.height, above, below, viewport: innerHeight };
        });
        // The strip between the sticky timeline and the question box is most of the screen.
        expect(view.below - Math.max(view.above, 0), JSON.stringify(view)).toBeGreaterThan(view.viewport * 0.7);
        // The newest answer starts inside that strip, and fits whole when it can.
        expect(view.top, JSON.stringify(view)).toBeGreaterThanOrEqual(view.above - 1);
        expect(view.top, JSON.stringify(view)).toBeLessThan(view.below);
        if (view.height < view.below - view.above - 16) expect(view.bottom, JSON.stringify(view)).toBeLessThanOrEqual(view.below + 1);
      }
      await page.screenshot({ path: path.join(ARTIFACTS, "a11y-practice-long-phone.png") });
    });
  });

  test("a whole interview with the keyboard alone", async ({ page }) => {
    /** Presses `key` until the focused element matches `wanted` (a role-like description). */
    async function focusBy(key, wanted) {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press(key);
        const here = await page.evaluate(() => {
          const el = document.activeElement;
          return { tag: el.tagName.toLowerCase(), name: el.name || "", text: (el.innerText || "").trim() };
        });
        if (wanted(here)) return;
      }
      throw new Error("never reached the control by keyboard");
    }
    await page.goto(server.base);
    const heading = page.getByRole("heading", { name: "Rehearse the conversation before it counts" });
    await expect(heading).toBeVisible();
    // The first Tab reaches "Skip to content", which moves focus past the header and stays on
    // the page (its `#main` once opened "Page not found").
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(heading).toBeFocused();
    await expect(page).not.toHaveURL(/#main/);
    await focusBy("Tab", (el) => el.name === "persona");
    await page.keyboard.press("ArrowDown");
    const chosen = await page.evaluate(() => document.querySelector("input[name=persona]:checked").id);
    expect(chosen).not.toBe(await page.evaluate(() => document.querySelector("input[name=persona]").id));
    // Enter on the radio only chooses (the seventh walk-through started by accident): Start
    // is the way in.
    await page.keyboard.press("Enter");
    await page.waitForTimeout(500);
    await expect(page).not.toHaveURL(/#\/practice\//);
    await expect(page.locator(`#${chosen}`)).toBeChecked();
    await expect(page.locator(`#${chosen}`)).toBeFocused();
    await focusBy("Tab", (el) => el.tag === "button" && el.text === "Start the interview");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#\/practice\//);
    await expect(page.getByLabel("Your question")).toBeFocused();
    await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
    for (const q of [
      "Hi, I'm a student exploring this field. Could you tell me about your work and your path?",
      "What does a typical day look like for you?",
      "Who else would you recommend I talk to?",
      "Thank you, this was really helpful. May I keep in touch?",
    ]) {
      const before = await page.locator(".transcript .turn.persona").count();
      await page.keyboard.type(q);
      await page.keyboard.press("Enter");
      await expect(page.locator(".transcript .turn.persona")).toHaveCount(before + 1);
      await expect(page.getByLabel("Your question")).toBeFocused();
    }
    await focusBy("Shift+Tab", (el) => el.tag === "button" && el.text === "End interview");
    // The confirming step starts on the safe choice: Enter twice keeps the interview going,
    // Escape steps back too, and ending takes a move to "End now".
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Keep going" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "End interview" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Keep going" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "End interview" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Keep going" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("button", { name: "End now" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#\/review\//);
    await expect(page.locator(".score-number")).toBeVisible();
    // Focus moved into the new page, not left on the vanished button.
    expect(await page.evaluate(() => document.querySelector("main").contains(document.activeElement))).toBe(true);
    await focusBy("Tab", (el) => el.tag === "a" && el.text === "See your progress");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeFocused();
    await expect(page.locator(".history-table tbody tr")).toHaveCount(1);
  });

  test("after a route change, focus is on the new page's heading, at the top; a dismissed nudge returns it", async ({ page }) => {
    await page.goto(server.base);
    await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
    await page.getByRole("link", { name: "Data" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeFocused();
    await page.getByRole("link", { name: "Progress" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Starting a practice puts focus in the question box, ready to type.
    await startPractice(page, server.base);
    await expect(page.getByLabel("Your question")).toBeFocused();
    // Dismissing the coach's nudge hands focus back to the question box, not the page start.
    await ask(page, "Do you like your job?");
    await ask(page, "Is it stressful?");
    await page.locator(".nudge").getByRole("button", { name: "Dismiss" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".nudge")).toHaveCount(0);
    await expect(page.getByLabel("Your question")).toBeFocused();
  });

  test("every control on Home and in a practice is reachable by Tab and shows a focus ring", async ({ page }) => {
    const unreached = [];
    const ringless = [];
    async function walk(screen) {
      await page.evaluate(() => document.activeElement && document.activeElement.blur());
      await page.evaluate(() => window.scrollTo(0, 0));
      const reached = new Set();
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        const seen = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          if (!el.dataset.a11yId) el.dataset.a11yId = String(Math.random());
          const s = getComputedStyle(el);
          const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2);
          return { id: el.dataset.a11yId, name: `${el.tagName.toLowerCase()} "${(el.innerText || el.getAttribute("aria-label") || el.id || "").trim().slice(0, 40)}"`, ring };
        });
        if (!seen) continue;
        if (reached.has(seen.id)) break;
        reached.add(seen.id);
        if (!seen.ring) ringless.push(`${screen}: ${seen.name}`);
      }
      // Every enabled, visible control (one radio per group: arrows move within it).
      const controls = await page.evaluate(() => {
        const groups = new Set();
        return [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")]
          // checkVisibility: a closed disclosure's content (a flag's "Ask this instead") keeps
          // its boxes but is not shown.
          .filter((el) => !el.disabled && el.getClientRects().length > 0 && el.checkVisibility() && getComputedStyle(el).visibility !== "hidden")
          .filter((el) => {
            if (el.type !== "radio") return true;
            if (groups.has(el.name)) return false;
            groups.add(el.name);
            return true;
          })
          .map((el) => {
            if (el.type === "radio") {
              const checked = document.querySelector(`input[name="${el.name}"]:checked`) || el;
              return { id: checked.dataset.a11yId || "", name: `radio group ${el.name}` };
            }
            return { id: el.dataset.a11yId || "", name: `${el.tagName.toLowerCase()} "${(el.innerText || el.getAttribute("aria-label") || el.id || "").trim().slice(0, 40)}"` };
          });
      });
      for (const c of controls) if (!reached.has(c.id)) unreached.push(`${screen}: ${c.name}`);
    }

    await page.goto(server.base);
    await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
    await walk("home");
    await startPractice(page, server.base);
    await ask(page, "Do you like your job?");
    await walk("practice");
    expect(unreached, "controls Tab never reached").toEqual([]);
    expect(ringless, "focused controls without a visible ring").toEqual([]);
  });

  test("with reduced motion asked for, nothing animates or transitions", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await startPractice(page, server.base);
    await ask(page, "What does a typical day look like for you?");
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll("*")]
        .filter((el) => {
          const s = getComputedStyle(el);
          const transition = s.transitionDuration.split(",").some((d) => parseFloat(d) > 0);
          const animation = s.animationName !== "none" && s.animationDuration.split(",").some((d) => parseFloat(d) > 0);
          return transition || animation;
        })
        .map((el) => el.className || el.tagName)
    );
    expect(moving).toEqual([]);
    // Without the preference, the timeline marker still glides (the rule above is what stops it).
    await page.emulateMedia({ reducedMotion: "no-preference" });
    const glides = await page.locator(".timeline-marker").evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(parseFloat(glides)).toBeGreaterThan(0);
  });
});

// Small helpers shared by the e2e specs: starting a practice, asking, reading storage.
const { expect } = require("@playwright/test");

/** Types a question and waits for the persona's answer. */
async function ask(page, question) {
  // Every practice opens with the persona's greeting. Counting before the page (a chunk that
  // loads on its own) has drawn its transcript would count 0 and then see greeting + answer.
  await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
  const before = await page.locator(".transcript .turn.persona").count();
  await page.getByLabel("Your question").fill(question);
  await page.getByLabel("Your question").press("Enter");
  await expect(page.locator(".transcript .turn.persona")).toHaveCount(before + 1);
}

/** Starts a simulated practice and returns its session id. */
async function startPractice(page, base, persona = /Dr\. Maya Okafor/) {
  await page.goto(base);
  // A click, not check(): check() does nothing on the persona already chosen, and a user's
  // pick (even of that one) is what keeps Home from choosing their last persona for them
  // when the saved data arrives a moment later.
  const pick = page.getByLabel(persona);
  await pick.click();
  await expect(pick).toBeChecked();
  await page.getByRole("button", { name: "Start the interview" }).click();
  await expect(page).toHaveURL(/#\/practice\//);
  await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
  return decodeURIComponent(page.url().split("#/practice/")[1]);
}

/** Every localStorage key (starting with `prefix`, if given) and value, as the page sees them. */
/** Ends the running practice: "End interview", then "End now" in the confirming step. */
async function endInterview(page) {
  await page.getByRole("button", { name: "End interview" }).click();
  await page.getByRole("button", { name: "End now" }).click();
}

function snapshot(page, prefix = "") {
  return page.evaluate((prefix) => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith(prefix)) out[k] = localStorage.getItem(k);
    }
    return out;
  }, prefix);
}

/** Puts `values` into localStorage before the app's first load in `context` (once only, so
 * a reload sees what the app made of them). */
function seedOnce(context, values) {
  return context.addInitScript((values) => {
    if (!localStorage.getItem("askwell.seeded")) {
      localStorage.setItem("askwell.seeded", "1");
      for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
    }
  }, values);
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

module.exports = { ask, endInterview, startPractice, snapshot, seedOnce, stored };

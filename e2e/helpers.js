// Small helpers shared by the e2e specs: starting a practice, asking, reading storage.
const { expect } = require("@playwright/test");

/** Types a question and waits for the persona's answer. */
async function ask(page, question) {
  const before = await page.locator(".transcript .turn.persona").count();
  await page.getByLabel("Your question").fill(question);
  await page.getByLabel("Your question").press("Enter");
  await expect(page.locator(".transcript .turn.persona")).toHaveCount(before + 1);
}

/** Starts a simulated practice and returns its session id. */
async function startPractice(page, base, persona = /Dr\. Maya Okafor/) {
  await page.goto(base);
  await page.getByLabel(persona).check();
  await page.getByRole("button", { name: "Start the interview" }).click();
  await expect(page).toHaveURL(/#\/practice\//);
  await expect(page.locator(".transcript .turn.persona").first()).toBeVisible();
  return decodeURIComponent(page.url().split("#/practice/")[1]);
}

/** Every localStorage key and value, as the page sees them. */
function snapshot(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      out[k] = localStorage.getItem(k);
    }
    return out;
  });
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

module.exports = { ask, startPractice, snapshot, stored };

// Helpers shared by the plan tests: a question added with the plan's own box, and people
// stored before the app starts.
const { expect } = require("./fixtures");

/** Adds a question with the plan's own box (Enter adds it). */
async function addQuestion(page, text) {
  const rows = page.locator(".plan-list > li");
  const before = await rows.count();
  await page.getByLabel("Add a question").fill(text);
  await page.getByLabel("Add a question").press("Enter");
  await expect(rows).toHaveCount(before + 1);
  await expect(page.getByLabel("Add a question")).toHaveValue("");
}

/** A person as a schema 4 record stores them (the app migrates it): `details` over blanks. */
function storedPerson(id, details, addedAtMs, stages = []) {
  const blank = { name: "", role: "", organization: "", field: "", email: "", how_found: "", circle: "acquaintance", notes: "" };
  return {
    id,
    details: { ...blank, ...details },
    referred_by: null,
    added_at_ms: addedAtMs,
    stages,
    outreach: null,
    followed_up_at_ms: null,
    told_referrer_at_ms: null,
  };
}

/** The stored list of people, as schema 4 wrote it. */
function storedPeople(me, people) {
  return { version: 4, revision: 1, data: { me, people } };
}

/**
 * A page whose browser starts with `people` stored (once: a reload keeps what the app
 * saved); its page errors go to `errors`.
 */
async function seededPage(context, people, errors) {
  await context.addInitScript((value) => {
    if (!localStorage.getItem("askwell.seeded")) {
      localStorage.setItem("askwell.seeded", "1");
      localStorage.setItem("askwell.people", value);
    }
  }, JSON.stringify(people));
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  return page;
}

module.exports = { addQuestion, seededPage, storedPeople, storedPerson };

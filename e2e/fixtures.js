// Playwright's test and expect, plus a guard that fails any test in which the page reports a
// Content Security Policy violation (issue 9: zero violations across the suite). Every spec
// requires this module instead of "@playwright/test".
//
// Each browser context a test uses (the `context`/`page` fixtures, `browser.newContext()`,
// `chromium.launchPersistentContext()`) gets a listener for `securitypolicyviolation` events,
// installed before any page script runs, and its console is watched for the browser's own
// "Content Security Policy" messages.
const base = require("@playwright/test");

const REPORT = "askwell-csp-violation:";

function listenInPage(marker) {
  document.addEventListener(
    "securitypolicyviolation",
    (e) => console.error(`${marker} ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`),
    true
  );
}

const guarded = new WeakSet();

async function guard(context, violations) {
  if (guarded.has(context)) return;
  guarded.add(context);
  await context.addInitScript(listenInPage, REPORT);
  context.on("console", (message) => {
    const text = message.text();
    if (text.startsWith(REPORT) || (message.type() === "error" && text.includes("Content Security Policy"))) {
      violations.push(`${message.page() ? message.page().url() : "?"}: ${text}`);
    }
  });
}

const test = base.test.extend({
  cspViolations: [
    async ({ browser }, use) => {
      const violations = [];
      const newContext = browser.newContext;
      browser.newContext = async function (...args) {
        const context = await newContext.apply(this, args);
        await guard(context, violations);
        return context;
      };
      const chromium = base.chromium;
      const launchPersistentContext = chromium.launchPersistentContext;
      chromium.launchPersistentContext = async function (...args) {
        const context = await launchPersistentContext.apply(this, args);
        await guard(context, violations);
        return context;
      };
      try {
        await use(violations);
      } finally {
        browser.newContext = newContext;
        chromium.launchPersistentContext = launchPersistentContext;
      }
      base.expect(violations, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, use) => {
    await guard(context, cspViolations);
    await use(context);
  },
});

module.exports = { ...base, test, expect: base.expect };

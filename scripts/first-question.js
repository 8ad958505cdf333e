// Bench: loads the release build in Chromium, starts a practice, asks the first question, and
// reports every long task (> 50 ms) from load to the first reply, five cold runs.
// Run by scripts/bench after the release build; prints one line per run and the worst task.
const { chromium } = require("@playwright/test");
const { startServer } = require("../e2e/server");

(async () => {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage"],
  });
  let worst = 0;
  try {
    for (let run = 1; run <= 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
        }).observe({ type: "longtask", buffered: true });
      });
      await page.goto(server.base);
      await page.getByLabel(/Dr\. Maya Okafor/).check();
      await page.getByRole("button", { name: "Start the interview" }).click();
      await page.locator(".transcript .turn.persona").first().waitFor();
      const asked = Date.now();
      await page.getByLabel("Your question").fill("What does a typical day look like for you?");
      await page.getByLabel("Your question").press("Enter");
      await page.locator(".transcript .turn.persona").nth(1).waitFor();
      const replyMs = Date.now() - asked;
      await page.waitForTimeout(200);
      const tasks = await page.evaluate(() => window.__longTasks);
      const max = Math.max(0, ...tasks);
      worst = Math.max(worst, max);
      console.log(`run ${run}: first reply on screen after ${replyMs} ms; long tasks (>50 ms) from load: ${tasks.length ? tasks.join(", ") + " ms" : "none"}`);
      await context.close();
    }
    console.log(`longest task from load to the first reply: ${worst} ms (budget 50 ms)`);
  } finally {
    await browser.close();
    await server.stop();
  }
})();

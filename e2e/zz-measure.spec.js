const { test, expect } = require("./fixtures");
const { startServer } = require("./server");
const { ask, endInterview, startPractice } = require("./helpers");
const Q = [
  "Hi, I'm a student exploring public health. Could you tell me about your work?",
  "What does a typical day look like for you?",
  "How did you get into this field?",
  "Do you like your job?",
  "Where do you see community health going in the next few years?",
  "What advice would you give someone starting out?",
  "Who else would you recommend I talk to?",
  "Thank you so much for your time, this was really helpful.",
];
test("measure", async ({ page }) => {
  const server = await startServer();
  for (const size of [{ width: 390, height: 844 }, { width: 320, height: 640 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(size);
    await startPractice(page, server.base, /Rosa Delgado/);
    for (const q of Q) await ask(page, q);
    await endInterview(page);
    await expect(page.locator(".score-number")).toBeVisible();
    const m = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, next: Math.round(document.querySelector(".next-time").getBoundingClientRect().top + scrollY), again: Math.round([...document.querySelectorAll(".review-actions .button")][0].getBoundingClientRect().top + scrollY) }));
    console.log(`MEASURE ${size.width}x${size.height}: ${JSON.stringify(m)}`);
  }
  await server.stop();
});

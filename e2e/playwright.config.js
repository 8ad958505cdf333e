// End-to-end tests against the release build, in Debian's Chromium (never a downloaded one).
const { defineConfig } = require("@playwright/test");

module.exports = defineConfig({
  testDir: ".",
  timeout: 120_000,
  workers: 1,
  retries: 0,
  outputDir: "../test-results",
  reporter: [["list"], ["./plain-reporter.js"]],
  use: {
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
    viewport: { width: 1280, height: 860 },
  },
});

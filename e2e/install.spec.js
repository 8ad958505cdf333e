// Installable (issue 11, item 3): the hosted build has a web app manifest that Chromium
// accepts with no installability errors, and every icon it names loads as a PNG (or the SVG)
// of the size it claims, from the service worker's precache as well as from the host.
const { test, expect, chromium } = require("./fixtures");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { startServer } = require("./server");

test.describe("installable", () => {
  let server;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("Chromium reports no installability errors and the manifest's icons load", async () => {
    // A profile on disk: Chromium never installs from an incognito context ("in-incognito"),
    // which is what browser.newContext() gives.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "askwell-install-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });
    try {
      await installable(context);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  async function installable(context) {
    const page = context.pages()[0] || (await context.newPage());
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.base);
    await expect(page.getByRole("heading", { name: "Rehearse the conversation before it counts" })).toBeVisible();
    // The worker is installed and in charge, as it is for a returning visitor.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    const cdp = await page.context().newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.url).toBe(server.base + "manifest.webmanifest");
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);

    // The fields the issue asks for, relative to the deployment (served here under /askwell/).
    const fields = JSON.parse(manifest.data);
    expect(fields).toMatchObject({
      name: expect.stringContaining("Askwell"),
      short_name: "Askwell",
      start_url: "./",
      scope: "./",
      display: "standalone",
      theme_color: "#1f4e5f",
      background_color: "#fbfaf7",
    });
    expect(fields.description.length).toBeGreaterThan(20);
    expect(fields.icons.some((icon) => icon.purpose === "maskable")).toBe(true);

    // Each icon loads (through the service worker, so from the precache) with the size it claims.
    for (const icon of fields.icons) {
      const loaded = await page.evaluate(async (src) => {
        const response = await fetch(new URL(src, location.href));
        const blob = await response.blob();
        const cached = Boolean(await caches.match(new URL(src, location.href).href));
        if (blob.type === "image/svg+xml") return { status: response.status, type: blob.type, cached };
        const bitmap = await createImageBitmap(blob);
        return { status: response.status, type: blob.type, cached, size: `${bitmap.width}x${bitmap.height}` };
      }, icon.src);
      expect(loaded.status, icon.src).toBe(200);
      expect(loaded.type, icon.src).toBe(icon.type);
      expect(loaded.cached, `${icon.src} is in the precache`).toBe(true);
      if (icon.sizes !== "any") expect(loaded.size, icon.src).toBe(icon.sizes);
    }
    expect(await page.evaluate(async () => Boolean(await caches.match(new URL("manifest.webmanifest", location.href).href)))).toBe(true);
    expect(errors).toEqual([]);
  }
});

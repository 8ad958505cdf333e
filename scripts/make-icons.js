#!/usr/bin/env node
// Writes the app's icons into a build folder (run by trunk-post-build.sh): every PNG comes
// from the one committed drawing, icons/askwell.svg, so the mark is changed in one place.
//
// Rasterized with @resvg/resvg-js (an npm devDependency): its prebuilt binary is an ordinary
// npm package, so `npm ci` installs it with no browser download and it works offline after.
// Text is never used in the drawing (paths only), so the output does not depend on fonts.
//
// "any" icons keep the drawing's rounded corners (transparent outside them). "maskable"
// icons put the mark, scaled to 90 %, on a full-bleed square of its own colour, so the
// platform's mask (circle, squircle) never cuts into it: the safe zone is the central 80 %.
// Running it again overwrites the same files with the same bytes.
"use strict";
const fs = require("fs");
const path = require("path");

const SOURCE = path.join(__dirname, "..", "icons", "askwell.svg");
const BACKGROUND = "#1f4e5f"; // the accent colour, as in the drawing and the manifest
const MASKABLE_SCALE = 0.9; // the A stays within 0.33 of the width from the centre (safe: 0.4)

// [file name, size in px, maskable]
const ICONS = [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-192.png", 192, true],
  ["icon-maskable-512.png", 512, true],
  // iOS fills transparency with black, so its icon is the full-bleed one.
  ["apple-touch-icon.png", 180, true],
];

function loadResvg() {
  try {
    return require("@resvg/resvg-js").Resvg;
  } catch (error) {
    console.error("make-icons.js: @resvg/resvg-js is missing; run `npm ci` (scripts/setup does).");
    throw error;
  }
}

/** The drawing centred on a full-bleed square, for masks. */
function maskable(svg) {
  const inner = Buffer.from(svg).toString("base64");
  const side = 512 * MASKABLE_SCALE;
  const at = (512 - side) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 512 512" width="512" height="512">` +
    `<rect width="512" height="512" fill="${BACKGROUND}"/>` +
    `<image x="${at}" y="${at}" width="${side}" height="${side}" xlink:href="data:image/svg+xml;base64,${inner}"/>` +
    `</svg>`
  );
}

function render(Resvg, svg, size) {
  const resvg = new Resvg(svg, { fitTo: { mode: "width", value: size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

function main() {
  const out = process.argv[2];
  if (!out) {
    console.error("usage: make-icons.js OUTPUT_DIR");
    process.exit(2);
  }
  const Resvg = loadResvg();
  const svg = fs.readFileSync(SOURCE, "utf8");
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(SOURCE, path.join(out, "askwell.svg"));
  for (const [name, size, isMaskable] of ICONS) {
    fs.writeFileSync(path.join(out, name), render(Resvg, isMaskable ? maskable(svg) : svg, size));
  }
}

main();

#!/usr/bin/env node
// Adds a Content Security Policy meta tag to a built index.html (run by trunk-post-build.sh).
// The only inline script is Trunk's wasm loader, which changes with every build, so it is
// allowed by its sha256 hash; everything else must come from the page's own origin. The tag
// goes right after <meta charset> (which must stay first), before any script or stylesheet,
// since a meta policy only covers what follows it.
"use strict";
const crypto = require("crypto");
const fs = require("fs");

const file = process.argv[2];
if (!file) {
  console.error("usage: add-csp.js INDEX_HTML");
  process.exit(2);
}
let html = fs.readFileSync(file, "utf8");
if (html.includes('http-equiv="Content-Security-Policy"')) {
  console.error("add-csp.js: " + file + " already has a policy");
  process.exit(1);
}
const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\bsrc\s*=/i.test(match[1])) continue;
  const digest = crypto.createHash("sha256").update(match[2], "utf8").digest("base64");
  hashes.push(`'sha256-${digest}'`);
}
const policy = [
  "default-src 'self'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(" "),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join("; ");
const anchor = /<meta charset[^>]*>/i.exec(html) || /<head[^>]*>/i.exec(html);
if (!anchor) {
  console.error("add-csp.js: no <head> in " + file);
  process.exit(1);
}
const at = anchor.index + anchor[0].length;
html = html.slice(0, at) + `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />` + html.slice(at);
fs.writeFileSync(file, html);

#!/usr/bin/env node
// Adds a Content Security Policy meta tag to a built index.html (run by trunk-post-build.sh).
// The only inline script is Trunk's wasm loader, which changes with every build, so it is
// allowed by its sha256 hash; everything else must come from the page's own origin. The tag
// goes right after <meta charset> (which must stay first), before any script or stylesheet,
// since a meta policy only covers what follows it. Run twice, it replaces its own tag with
// the same one (the policy is computed from the page without it).
//
// scripts/single-file.js uses `withPolicy` too, with a stricter policy of its own: a page
// opened from disk has no origin worth trusting, so everything in it is allowed by hash.
"use strict";
const crypto = require("crypto");
const fs = require("fs");

const MARK = 'http-equiv="Content-Security-Policy"';

function sha256(text) {
  return `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Hashes of the inline scripts that run (data blocks such as type="application/json" never do). */
function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs);
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type[1])) continue;
    hashes.push(sha256(match[2]));
  }
  return hashes;
}

/** Hashes of the inline <style> elements. */
function inlineStyleHashes(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1]));
}

/** The policy of the hosted build: this origin, plus the inline scripts by hash. */
function hostedPolicy(html) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(" "),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/** `html` with `policy` as a meta tag right after <meta charset>; fails if it has one. */
function withPolicy(html, policy) {
  if (html.includes(MARK)) throw new Error("the page already has a policy");
  const anchor = /<meta charset[^>]*>/i.exec(html) || /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error("the page has no <head>");
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + `\n    <meta ${MARK} content="${policy}" />` + html.slice(at);
}

/** `html` without its policy meta tag (the single-file build replaces it). */
function withoutPolicy(html) {
  return html.replace(/\n?[ \t]*<meta http-equiv="Content-Security-Policy"[^>]*>/i, "");
}

module.exports = { hostedPolicy, inlineScriptHashes, inlineStyleHashes, withPolicy, withoutPolicy };

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: add-csp.js INDEX_HTML");
    process.exit(2);
  }
  const html = withoutPolicy(fs.readFileSync(file, "utf8"));
  try {
    fs.writeFileSync(file, withPolicy(html, hostedPolicy(html)));
  } catch (error) {
    console.error(`add-csp.js: ${file}: ${error.message}`);
    process.exit(1);
  }
}

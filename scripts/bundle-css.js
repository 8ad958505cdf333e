#!/usr/bin/env node
// Joins the stylesheets Trunk linked from index.html into one file, in their order, so the
// first paint waits for one request instead of six (on an HTTP/1.1 host the six would also hold
// every connection the browser opens, delaying the script and the wasm behind them). Run by
// scripts/trunk-post-build.sh in the staging folder. The sources stay separate in style/.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

function bundle(staging) {
  const index = path.join(staging, "index.html");
  let html = fs.readFileSync(index, "utf8");
  const links = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\s*/g)];
  if (links.length < 2) return;
  const css = compact(links.map((m) => fs.readFileSync(path.join(staging, m[1]), "utf8")).join("\n"));
  const hash = crypto.createHash("sha256").update(css).digest("hex").slice(0, 16);
  const name = `askwell-${hash}.css`;
  fs.writeFileSync(path.join(staging, name), css);
  const integrity = "sha384-" + crypto.createHash("sha384").update(css).digest("base64");
  html = html.replace(links[0][0], `<link rel="stylesheet" href="./${name}" integrity="${integrity}"/>\n    `);
  for (const m of links.slice(1)) html = html.replace(m[0], "");
  fs.writeFileSync(index, html);
  for (const m of links) fs.rmSync(path.join(staging, m[1]));
  console.log(`bundle-css: ${links.length} stylesheets -> ${name}`);
}

// Comments, indentation and blank lines out (12.6 -> 10.4 KB gzip), then, outside strings,
// the spaces around braces, semicolons and commas, after colons, and each block's last
// semicolon (11.76 -> 11.22 KB gzip, 2026-12-05) and the zero of "0.9": nothing that changes
// what a rule means. No
// space that can matter is touched: none before a colon (`a :hover`), around `>`, `+` or
// `(` (`and (`, `calc(a + b)`), or inside a string. CSS strings cannot span lines; one holding
// "/*" would be cut, so the build refuses it.
function compact(css) {
  if (/["'][^"'\n]*\/\*/.test(css)) throw new Error("bundle-css: a string in style/ holds '/*'");
  const lines = css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s+/gm, "").replace(/\n{2,}/g, "\n");
  // Odd parts of the split are the strings, kept as written.
  return lines
    .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((part, i) => (i % 2 ? part : tighten(part)))
    .join("");
}

// One stretch of CSS outside strings. "0.9rem" is ".9rem": a zero before the point only, never
// in a name (`h1`, `--fs-s`) or a longer number (`10.5px`), so the character before must not be
// a letter, digit, dash, underscore or point.
function tighten(css) {
  return css
    .replace(/\s*([{};,])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .replace(/(^|[^\w.-])0\.(\d)/g, "$1.$2");
}

if (require.main === module) bundle(process.argv[2] || "dist");
module.exports = { bundle, compact };

#!/usr/bin/env node
// Ships the hand-written classic scripts (rescue.js, offline.js) minified with terser and
// index.html without its comments: about 2 KB gzip off the first screen. Run by
// scripts/trunk-post-build.sh in the staging folder, before the Content Security Policy and
// the service worker's file list; the integrity hashes Trunk wrote are updated. The
// wasm-bindgen module stays as written: scripts/single-file.js reads its exports line by line.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { minify } = require("terser");

function integrity(text) {
  return "sha384-" + crypto.createHash("sha384").update(text).digest("base64");
}

async function main(dir) {
  const index = path.join(dir, "index.html");
  let html = fs.readFileSync(index, "utf8");
  const scripts = fs.readdirSync(dir).filter((f) => /^(rescue|offline)-[0-9a-f]+\.js$/.test(f));
  if (scripts.length !== 2) throw new Error(`expected rescue and offline scripts in ${dir}, found ${scripts}`);
  for (const file of scripts) {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    const { code } = await minify(source, { ecma: 2020, compress: true, mangle: true });
    if (!code) throw new Error(`terser gave nothing for ${file}`);
    fs.writeFileSync(path.join(dir, file), code);
    const tag = new RegExp(`(src="\\./${file.replace(/\./g, "\\.")}"[^>]*integrity=")[^"]*(")`);
    if (!tag.test(html)) throw new Error(`index.html has no integrity for ${file}`);
    html = html.replace(tag, (_, a, b) => a + integrity(code) + b);
  }
  // Comments only: the inline loader and the startup shell stay as they are.
  html = html.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, "");
  fs.writeFileSync(index, html);
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: minify.js STAGING_DIR");
    process.exit(2);
  }
  main(dir).catch((e) => {
    console.error(`minify: ${e.message}`);
    process.exit(1);
  });
}

#!/usr/bin/env node
// Ships the hand-written classic scripts (rescue.js, offline.js) and the wasm-bindgen module
// minified with terser, and index.html without its comments: about 4.5 KB gzip off the first
// screen, and less script to parse before the app starts. Run by scripts/trunk-post-build.sh
// in the staging folder, after the wasm split and before the Content Security Policy and the
// service worker's file list; the integrity hashes Trunk wrote are updated. The wasm-bindgen
// module keeps its import lines and gets one `export { ... };` line, each on a line of its
// own, as scripts/single-file.js reads them.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { minify } = require("terser");
const { withoutExports } = require("./single-file.js");

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
  html = await minifyBindings(dir, html);
  // Comments only: the inline loader and the startup shell stay as they are.
  html = html.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, "");
  fs.writeFileSync(index, html);
}

// The wasm-bindgen module: its exported names are kept (Trunk's loader, the split loader and
// scripts/single-file.js use them); everything else may be renamed.
async function minifyBindings(dir, html) {
  const files = fs.readdirSync(dir).filter((f) => /^askwell-web-[0-9a-f]+\.js$/.test(f));
  if (files.length !== 1) throw new Error(`expected one wasm-bindgen module in ${dir}, found ${files}`);
  const file = files[0];
  const source = fs.readFileSync(path.join(dir, file), "utf8");
  const IMPORT = /^import \* as \w+ from "[^"]+";?$/gm;
  const imports = source.match(IMPORT) || [];
  const { body, exported } = withoutExports(source.replace(IMPORT, ""));
  if (/^\s*(import|export)\b/m.test(body)) throw new Error(`${file} has an import or export this script does not know`);
  const exportLine = `export { ${exported.join(", ")} };`;
  // The import lines are left out, so their names are free variables terser never renames.
  const reserved = exported.map((item) => item.split(/\s+as\s+/)[0]);
  const { code } = await minify(`${body}\n${exportLine}`, {
    module: true,
    ecma: 2020,
    compress: true,
    mangle: { reserved },
  });
  const tail = /export\{[^}]*\};?$/;
  if (!code || !tail.test(code) || (code.match(/\bexport\s*\{|\bexport\s+(class|function|async|const|let|var|default)\b/g) || []).length !== 1 || /\bimport\s*[*{]/.test(code)) {
    throw new Error(`terser's ${file} does not end in its one export statement`);
  }
  const minified = [...imports, code.replace(tail, ""), exportLine, ""].join("\n");
  fs.writeFileSync(path.join(dir, file), minified);
  const tag = new RegExp(`(href="\\./${file.replace(/\./g, "\\.")}"[^>]*integrity=")[^"]*(")`);
  if (!tag.test(html)) throw new Error(`index.html has no integrity for ${file}`);
  return html.replace(tag, (_, a, b) => a + integrity(minified) + b);
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

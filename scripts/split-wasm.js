#!/usr/bin/env node
// Splits the app's wasm so the first screen loads only what it needs (issue 11). Run by
// scripts/trunk-post-build.sh in Trunk's staging folder when ASKWELL_SPLIT=1 (scripts/build
// sets it, with the compiler flags the split needs: `--cfg askwell_split` turns the functions
// in src/chunks.rs into split points, `-Clink-args=--emit-relocs` keeps the relocations the
// splitter reads). Trunk cannot split wasm itself (trunk-rs/trunk#1022), so:
// 1. `wasm-split-cli` (crate wasm_split_cli_support) cuts cargo's raw .wasm into the main
//    module, one module per split point group, and shared pieces, plus a small JS loader;
// 2. wasm-bindgen runs on the main module (keeping the exports the chunks link against);
// 3. wasm-opt -Oz runs on every module;
// 4. Trunk's own .js and .wasm (built from the same cargo output, unsplit) are replaced in
//    place, the chunks and the loader get names carrying the build's hash (so two builds
//    never mix pieces), and the integrity hashes in index.html are updated.
"use strict";
const { execFileSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const WASM_OPT_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  // Lets wasm-opt fold a small constant added to an address into the load's or store's
  // offset. Sound here: Rust's wasm targets link the 1 MiB stack first (data from 1 MiB up),
  // so an address under 1 KiB is only the bottom of a nearly overflowed stack, and no Rust
  // code reaches low memory by a wrapping add. -2.5 KB gzip over what a practice loads.
  "--low-memory-unused",
];

// ASKWELL_KEEP_NAMES=1 keeps function names in every module, for profiling in the browser.
const NAMES = process.env.ASKWELL_KEEP_NAMES === "1" ? ["-g"] : [];

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
}

function integrity(file) {
  return "sha384-" + crypto.createHash("sha384").update(fs.readFileSync(file)).digest("base64");
}

function split(staging, rawWasm) {
  const js = fs.readdirSync(staging).find((f) => /^askwell-web-[0-9a-f]+\.js$/.test(f));
  if (!js) throw new Error(`no askwell-web-<hash>.js in ${staging}`);
  const name = js.slice(0, -3);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "askwell-split-"));
  try {
    run("wasm-split-cli", [rawWasm, work, "--out-name", name, "--target", "web"]);
    const bound = path.join(work, "bound");
    run("wasm-bindgen", [
      "--target", "web", "--keep-lld-exports", "--no-demangle",
      "--out-dir", bound, "--out-name", name, path.join(work, `${name}.wasm`),
    ]);
    // Every piece is named after the build, and the loader and main module are told.
    const loader = `${name}-split.js`;
    const pieces = fs.readdirSync(work).filter((f) => f.endsWith(".wasm") && f !== `${name}.wasm`);
    let loaderText = fs.readFileSync(path.join(work, "__wasm_split.js"), "utf8");
    for (const piece of pieces) {
      const renamed = `${name}-${piece}`;
      const quoted = `"./${piece}"`;
      if (!loaderText.includes(quoted)) throw new Error(`the split loader never names ${piece}`);
      loaderText = loaderText.split(quoted).join(`"./${renamed}"`);
      const out = path.join(staging, renamed);
      run("wasm-opt", ["-Oz", ...NAMES, ...WASM_OPT_FEATURES, path.join(work, piece), "-o", out]);
    }
    // A chunk whose answer has not begun in 25 s (a stalled link: no answer, no error) is
    // given up, so the app's failure path (its message and a retry) comes instead of an endless
    // "Loading this page…"; the body is not timed, so a slow download that moves goes on.
    // src/tasks.rs gives the persona scripts the same limit; the e2e tests shorten both
    // through `window.askwellStallMs`.
    const fetches = loaderText.split("fetch(new URL(").length - 1;
    if (fetches !== pieces.length) throw new Error(`the split loader fetches ${fetches} pieces, not ${pieces.length}`);
    loaderText = loaderText.split("fetch(new URL(").join("fetchInTime(new URL(") + `
function fetchInTime(url) {
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), globalThis.askwellStallMs || 25e3);
    const answer = fetch(url, { signal: stop.signal });
    const done = () => clearTimeout(timer);
    answer.then(done, done);
    return answer;
}
`;
    fs.writeFileSync(path.join(staging, loader), loaderText);
    const mainJs = fs.readFileSync(path.join(bound, `${name}.js`), "utf8");
    // patches/wasm_streams stands in for the crate whose stream classes nothing here uses.
    if (/IntoUnderlying/.test(mainJs)) throw new Error("wasm-bindgen's JS has wasm-streams' classes again");
    // Only the JS imports are renamed: the wasm's own import names stay "./__wasm_split.js".
    const importLine = / from "\.\/__wasm_split\.js"/g;
    if (!importLine.test(mainJs)) throw new Error("the main module does not import the split loader");
    fs.writeFileSync(path.join(staging, js), mainJs.replace(importLine, ` from "./${loader}"`));
    run("wasm-opt", ["-Oz", ...NAMES, ...WASM_OPT_FEATURES, path.join(bound, `${name}_bg.wasm`), "-o", path.join(staging, `${name}_bg.wasm`)]);

    // Trunk wrote integrity hashes for the files just replaced.
    const index = path.join(staging, "index.html");
    let html = fs.readFileSync(index, "utf8");
    for (const file of [js, `${name}_bg.wasm`]) {
      const tag = new RegExp(`(href="\\./${file.replace(/\./g, "\\.")}"[^>]*integrity=")[^"]*(")`);
      if (!tag.test(html)) throw new Error(`index.html has no integrity for ${file}`);
      html = html.replace(tag, (_, a, b) => a + integrity(path.join(staging, file)) + b);
    }
    // The main JS imports the split loader, which the browser would find only once that JS
    // has arrived: one more round trip before the app can start, on a high-latency link.
    const mainPreload = new RegExp(`<link rel="modulepreload" href="\\./${js.replace(/\./g, "\\.")}"[^>]*>`);
    if (!mainPreload.test(html)) throw new Error(`index.html has no modulepreload for ${js}`);
    html = html.replace(
      mainPreload,
      (tag) => `${tag}\n<link rel="modulepreload" href="./${loader}" crossorigin="anonymous" integrity="${integrity(path.join(staging, loader))}">`
    );
    fs.writeFileSync(index, html);
    console.log(`split-wasm: main module and ${pieces.length} pieces`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [staging, rawWasm] = process.argv.slice(2);
  if (!staging || !rawWasm) {
    console.error("usage: split-wasm.js STAGING_DIR RAW_WASM");
    process.exit(2);
  }
  split(staging, rawWasm);
}

module.exports = { split };

#!/usr/bin/env node
// Turns a release build (dist/) into ONE self-contained HTML file that runs from disk
// (file://), to share by email or on a USB stick. Used by scripts/build-single and by
// e2e/single-file.spec.js. Nothing is fetched when the page runs:
// - stylesheets become <style> elements, rescue.js and offline.js inline classic scripts
//   (offline.js does nothing on file:, where there is no service worker);
// - Trunk's loader and the wasm-bindgen module become one inline module, and the wasm
//   travels as base64 in a data block (<script type="application/octet-stream">, never run);
// - each persona script is a <script type="application/json" id="personas/<file>"> that
//   src/content.rs reads before it would fetch that file;
// - the hosted build's policy is replaced by a stricter one: nothing from anywhere
//   (default-src 'none'), every inline script and style allowed by its sha256 hash, the wasm
//   compiled under 'wasm-unsafe-eval', images only as data: URLs. 'self' is useless on
//   file:// (each browser treats that origin differently), so no rule relies on it.
// The manifest link is dropped (a page on disk cannot be installed); the SVG icon becomes a
// data: URL. Running it again rebuilds the same file from the same dist/.
"use strict";
const fs = require("fs");
const path = require("path");
const { inlineScriptHashes, inlineStyleHashes, withPolicy, withoutPolicy } = require("./add-csp.js");

function read(dist, href) {
  const file = path.join(dist, href.replace(/^\.\//, ""));
  if (!fs.existsSync(file)) throw new Error(`the build has no ${href}`);
  return fs.readFileSync(file);
}

/** Text that can sit inside a <script> or <style> element without closing it. */
function safeInElement(text, tag) {
  if (new RegExp(`</${tag}`, "i").test(text)) throw new Error(`a file holds "</${tag}"`);
  return text;
}

/** JSON text that cannot close its <script> element: "<" only occurs inside strings. */
function safeJson(text) {
  return text.replace(/</g, "\\u003c");
}

/**
 * A module's `export` declarations (each at the start of a line) made plain, and its
 * `export { ... }` lines removed; `exported` lists each name as written ("x", "y as default").
 * scripts/minify.js uses it too, and keeps the module in the shape read here.
 */
function withoutExports(js) {
  const exported = [];
  let body = js.replace(/^export (class|function|async function|const|let) ([A-Za-z_$][\w$]*)/gm, (_, kind, name) => {
    exported.push(name);
    return `${kind} ${name}`;
  });
  body = body.replace(/^export \{([^}]*)\};?$/gm, (_, list) => {
    exported.push(...list.split(",").map((item) => item.trim()).filter(Boolean));
    return "";
  });
  return { body, exported };
}

/**
 * The wasm-bindgen module as plain statements for one inline module: its exports become local
 * names, and `bindings` lists them (the hosted loader puts them on window.wasmBindings).
 */
function moduleBody(js) {
  const names = [];
  let init = null;
  const { body, exported } = withoutExports(js);
  for (const item of exported) {
    const [local, as] = item.split(/\s+as\s+/);
    if (as === "default") init = local;
    else names.push(as || local);
  }
  if (/^\s*(import|export)\b/m.test(body)) throw new Error("the wasm-bindgen module has an import or export this script does not know");
  if (!init) throw new Error("the wasm-bindgen module has no default export (its init function)");
  return { body, init, names };
}

/**
 * A split build (scripts/split-wasm.js): the main module imports a small loader that fetches
 * wasm pieces on demand. In the single file, the loader's code runs inside the one inline
 * module (its exports become the object the main module imported), and each piece is read
 * from a data block in the page instead of fetched. Returns the main module without its
 * imports of the loader, the code to put before it, and the pieces to embed.
 */
function splitParts(dist, js) {
  const imports = [...js.matchAll(/^import \* as (\w+) from "\.\/([\w.-]+-split\.js)";?$/gm)];
  if (imports.length === 0) return { js, prelude: "", pieces: [] };
  const loaderFile = imports[0][2];
  let loader = read(dist, loaderFile).toString("utf8");
  loader = loader.replace(/^import \{ initSync \} from "\.\/[\w.-]+\.js";?$/m, "");
  const pieces = [];
  // `fetchInTime`: the hosted loader's fetch with its stall timeout (scripts/split-wasm.js).
  loader = loader.replace(/(?:fetch|fetchInTime)\(new URL\("\.\/([\w.-]+\.wasm)", import\.meta\.url\)\)/g, (_, file) => {
    pieces.push(file);
    return `__askwellPiece(${JSON.stringify(file)})`;
  });
  // A loader whose fetches this script no longer recognises would fetch the pieces from disk.
  if (/new URL\("\.\/[\w.-]+\.wasm"/.test(loader)) throw new Error("the split loader fetches a piece this script does not read from the page");
  const exported = [];
  loader = loader.replace(/^export const (\w+)/gm, (_, name) => {
    exported.push(name);
    return `const ${name}`;
  });
  if (/^\s*(import|export)\b/m.test(loader)) throw new Error("the split loader has an import or export this script does not know");
  const prelude = `
// The split loader (scripts/split-wasm.js), reading pieces from the page (scripts/single-file.js).
function __askwellPiece(file) {
  const text = document.getElementById("askwell-piece/" + file).textContent.trim();
  const bytes = Uint8Array.fromBase64 ? Uint8Array.fromBase64(text) : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return Promise.resolve(new Response(bytes, { headers: { "Content-Type": "application/wasm" } }));
}
const __askwellSplit = (() => {
${loader}
return { ${exported.join(", ")} };
})();
${imports.map((m) => `const ${m[1]} = __askwellSplit;`).join("\n")}
`;
  const rest = js.replace(/^import \* as \w+ from "\.\/[\w.-]+-split\.js";?$/gm, "");
  return { js: rest, prelude, pieces };
}

function loaderModule(js, prelude = "") {
  const { body, init, names } = moduleBody(js);
  return `
${prelude}
${body}
// The single file's loader (scripts/single-file.js): the wasm comes from the page itself.
// In a block, so its names never meet the module's own (it has a \`wasm\` of its own).
{
  const text = document.getElementById("askwell-wasm").textContent.trim();
  const bytes = Uint8Array.fromBase64 ? Uint8Array.fromBase64(text) : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const started = await ${init}({ module_or_path: bytes });
  window.wasmBindings = { ${names.join(", ")} };
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: started } }));
}
`;
}

/** Builds the single file's text from a build folder. */
function singleFile(dist) {
  let html = withoutPolicy(fs.readFileSync(path.join(dist, "index.html"), "utf8"));

  // Trunk's loader imports the module and names the wasm; both come inline instead.
  const loader = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
  if (!loader) throw new Error("index.html has no Trunk loader");
  const jsHref = /from '([^']+\.js)'/.exec(loader[1]);
  const wasmHref = /module_or_path: '([^']+\.wasm)'/.exec(loader[1]);
  if (!jsHref || !wasmHref) throw new Error("Trunk's loader changed shape; update scripts/single-file.js");
  const split = splitParts(dist, read(dist, jsHref[1]).toString("utf8"));
  const wasm = read(dist, wasmHref[1]).toString("base64");
  const pieces = split.pieces.map((file) => {
    const bytes = read(dist, file).toString("base64");
    return `<script type="application/octet-stream" id="askwell-piece/${file}">${bytes}</script>`;
  });

  const personas = fs
    .readdirSync(path.join(dist, "personas"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const text = safeJson(read(dist, `personas/${f}`).toString("utf8"));
      return `<script type="application/json" id="personas/${f}">${text}</script>`;
    });

  html = html.replace(loader[0], () =>
    [
      `<script type="application/octet-stream" id="askwell-wasm">${wasm}</script>`,
      ...pieces,
      ...personas,
      `<script type="module">${safeInElement(loaderModule(split.js, split.prelude), "script")}</script>`,
    ].join("\n")
  );
  // Preloads of the files now inline.
  html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, "");
  html = html.replace(/<link rel="stylesheet" href="([^"]+)"[^>]*\/?>/g, (_, href) => {
    return `<style>${safeInElement(read(dist, href).toString("utf8"), "style")}</style>`;
  });
  html = html.replace(/<script src="([^"]+)"[^>]*><\/script>/g, (_, href) => {
    return `<script>${safeInElement(read(dist, href).toString("utf8"), "script")}</script>`;
  });
  html = html.replace(/\s*<link rel="manifest"[^>]*>/, "");
  html = html.replace(/\s*<link rel="apple-touch-icon"[^>]*>/, "");
  html = html.replace(/<link rel="icon" href="([^"]+\.svg)"([^>]*)>/, (_, href, rest) => {
    const svg = read(dist, href).toString("base64");
    return `<link rel="icon" href="data:image/svg+xml;base64,${svg}"${rest}>`;
  });
  if (/\b(src|href)="\.?\/?[\w-]+[^"]*\.(js|css|wasm|json)"/.test(html)) {
    throw new Error("a file is still linked instead of inline");
  }

  const policy = [
    "default-src 'none'",
    ["script-src 'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(" "),
    ["style-src", ...inlineStyleHashes(html)].join(" "),
    "img-src data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return withPolicy(html, policy);
}

/** Writes the single file for `dist` to `out`; returns its size in bytes. */
function buildSingle(dist, out) {
  const html = singleFile(dist);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, html);
  return Buffer.byteLength(html);
}

module.exports = { buildSingle, singleFile, withoutExports };

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  const dist = path.resolve(process.argv[2] || path.join(root, "dist"));
  const out = path.resolve(process.argv[3] || path.join(root, "dist-single", "askwell.html"));
  try {
    const size = buildSingle(dist, out);
    console.log(`${path.relative(process.cwd(), out)}: ${(size / 1024).toFixed(1)} KiB`);
  } catch (error) {
    console.error(`single-file.js: ${error.message}`);
    process.exit(1);
  }
}

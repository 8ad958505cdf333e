// Leaves out of the main module the JS classes that wasm-streams exports and nothing uses.
// Leptos always builds server_fn with its "browser" feature, which brings wasm-streams; its
// #[wasm_bindgen] classes IntoUnderlyingSource, IntoUnderlyingByteSource and IntoUnderlyingSink
// (Rust streams handed to JS, for streamed server-function responses) are exports of the
// main .wasm, so their code and everything it calls (async glue, the stream adapters) was
// kept although Askwell has no server functions and no page imports them (3.9 KB raw).
// Run by scripts/split-wasm.js on wasm-bindgen's output, before wasm-opt, which then drops
// what only these exports reached. Fails loudly when wasm-bindgen's output looks different.
"use strict";

const CLASS_NAMES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
const EXPORT = /^(?:__wbg_)?intounderlying(?:bytesource|sink|source)_/;

/** `js` without the three classes and their finalization registries. */
function dropFromJs(js) {
  let out = js;
  for (const name of CLASS_NAMES) {
    const cls = new RegExp(
      `^export class ${name} \\{\\n[\\s\\S]*?\\n\\}\\nif \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`,
      "m",
    );
    const registry = new RegExp(`^const ${name}Finalization = [^;]*;\\n`, "m");
    if (!cls.test(out) || !registry.test(out)) throw new Error(`wasm-bindgen's JS has no class ${name} as expected`);
    out = out.replace(cls, "").replace(registry, "");
  }
  if (/IntoUnderlying|intounderlying/.test(out)) throw new Error("wasm-bindgen's JS still names a stream class");
  return out;
}

function readLeb(buf, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, at];
}

function leb(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
}

/** The .wasm bytes without the classes' exports (the export section rewritten). */
function dropFromWasm(wasm) {
  const parts = [wasm.subarray(0, 8)];
  let dropped = 0;
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    if (id !== 7) {
      parts.push(wasm.subarray(at, end));
    } else {
      let [count, p] = readLeb(wasm, body);
      const kept = [];
      for (let i = 0; i < count; i++) {
        const start = p;
        const [length, nameAt] = readLeb(wasm, p);
        const name = wasm.subarray(nameAt, nameAt + length).toString("utf8");
        [, p] = readLeb(wasm, nameAt + length + 1); // the kind byte, then the index
        if (EXPORT.test(name)) dropped++;
        else kept.push(wasm.subarray(start, p));
      }
      const section = Buffer.concat([leb(kept.length), ...kept]);
      parts.push(Buffer.from([7]), leb(section.length), section);
    }
    at = end;
  }
  if (dropped === 0) throw new Error("the main .wasm exports no stream class");
  return Buffer.concat(parts);
}

module.exports = { dropFromJs, dropFromWasm };

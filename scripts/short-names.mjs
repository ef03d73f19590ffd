// Gives a wasm module's imports and exports one- or two-letter names, and its
// wasm-bindgen glue the same, in place: `node scripts/short-names.mjs x_bg.wasm x.js`.
// wasm-bindgen names each import after its function plus a 16-hex-digit hash
// (`__wbg_createElement_74049073a11f9c31`), and each closure export too; the
// names stand once in the wasm and once in the glue, and their hashes do not
// compress: about 1.5 KB of the gzip a reader downloads (the reader's and the
// embed's). A name is renamed only where the glue holds it exactly where
// expected (an import as one key of the imports object, an export only as
// `.name`), so anything unexpected is left as it was.
import { readFileSync, writeFileSync } from "node:fs";

/** Short JS identifiers: a..z, A..Z, then two letters. */
function* shortNames() {
  const first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const next = first + "0123456789";
  for (const a of first) yield a;
  for (const a of first) for (const b of next) yield a + b;
}

const readLeb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
};

const leb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
};

const utf8 = new TextEncoder();
const text = new TextDecoder();
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const count = (haystack, re) => (haystack.match(re) || []).length;

export function shortenNames(wasmPath, jsPath) {
  const bytes = readFileSync(wasmPath);
  let js = readFileSync(jsPath, "utf8");
  // Each kind of name counts on its own: object keys and properties do not
  // meet the glue's variables.
  const modules = shortNames();
  const imports = shortNames();
  const exports = shortNames();
  const out = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readLeb(bytes, at + 1);
    const end = body + size;
    if (id !== 2 && id !== 7) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    // The import (2) or export (7) section, rebuilt with the new names.
    const section = [];
    let [n, p] = readLeb(bytes, body);
    section.push(...leb(n));
    const readName = () => {
      const [len, from] = readLeb(bytes, p);
      p = from + len;
      return text.decode(bytes.subarray(from, from + len));
    };
    const pushName = (name) => {
      const encoded = utf8.encode(name);
      section.push(...leb(encoded.length), ...encoded);
    };
    const renamedModules = new Map();
    for (let i = 0; i < n; i++) {
      if (id === 2) {
        let module = readName();
        const field = readName();
        if (!renamedModules.has(module)) {
          const key = new RegExp(`"${escape(module)}":`, "g");
          let short = module;
          if (count(js, new RegExp(escape(module), "g")) === 1 && count(js, key) === 1) {
            short = modules.next().value;
            js = js.replace(key, `${short}:`);
          }
          renamedModules.set(module, short);
        }
        module = renamedModules.get(module);
        pushName(module);
        const word = new RegExp(`(?<![\\w$])${escape(field)}(?![\\w$])`, "g");
        const asKey = new RegExp(`(?<=[{,])${escape(field)}(?=:)`, "g");
        if (count(js, word) === 1 && count(js, asKey) === 1) {
          const short = imports.next().value;
          js = js.replace(asKey, short);
          pushName(short);
        } else {
          pushName(field);
        }
        // The import's description: a kind byte, then a type index, a table,
        // memory or global type.
        const kind = bytes[p];
        const from = p;
        p += 1;
        if (kind === 0) {
          p = readLeb(bytes, p)[1];
        } else if (kind === 1) {
          p += 1;
          const flags = bytes[p];
          p = readLeb(bytes, p + 1)[1];
          if (flags & 1) p = readLeb(bytes, p)[1];
        } else if (kind === 2) {
          const flags = bytes[p];
          p = readLeb(bytes, p + 1)[1];
          if (flags & 1) p = readLeb(bytes, p)[1];
        } else if (kind === 3) {
          p += 2;
        } else {
          throw new Error(`short-names: unknown import kind ${kind}`);
        }
        section.push(...bytes.subarray(from, p));
      } else {
        const name = readName();
        const word = new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, "g");
        const asProperty = new RegExp(`(?<=[\\w$]\\.)${escape(name)}(?![\\w$])`, "g");
        const uses = count(js, word);
        if (name !== "memory" && uses > 0 && count(js, asProperty) === uses) {
          const short = exports.next().value;
          js = js.replace(asProperty, short);
          pushName(short);
        } else {
          pushName(name);
        }
        const from = p;
        p = readLeb(bytes, p + 1)[1];
        section.push(...bytes.subarray(from, p));
      }
    }
    if (p !== end) throw new Error("short-names: a section longer than its entries");
    out.push(Uint8Array.of(id, ...leb(section.length)), Uint8Array.from(section));
    at = end;
  }
  writeFileSync(wasmPath, Buffer.concat(out));
  writeFileSync(jsPath, js);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [wasmPath, jsPath] = process.argv.slice(2);
  shortenNames(wasmPath, jsPath);
}

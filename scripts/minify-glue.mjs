// Trunk post-build hook (Trunk.toml): minifies the reader's wasm-bindgen glue
// in release builds, as build-embed.sh does for the embed (about 2.5 KB of
// the gzip every reader downloads), runs wasm-opt once more on the wasm with
// the embed's flags (scripts/build-embed.sh explains them; about 2.4 KB;
// trunk has no way to pass them), shortens the names the wasm and its glue
// share (scripts/short-names.mjs), and gives index.html the new sub-resource
// integrity hashes, which trunk computed for the files before.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { shortenNames } from "./short-names.mjs";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
let buildSync;
try {
  ({ buildSync } = await import("esbuild"));
} catch {
  // A build without the project's npm tools (scripts/setup.sh installs them)
  // ships the glue as wasm-bindgen wrote it.
  console.warn("minify-glue: esbuild is not installed; the glue stays unminified");
  process.exit(0);
}
const dir = process.env.TRUNK_STAGING_DIR;
const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
  const path = join(dir, name);
  const before = readFileSync(path);
  buildSync({
    entryPoints: [path],
    outfile: path,
    allowOverwrite: true,
    minify: true,
    format: "esm",
    logLevel: "warning",
  });
  html = html.replaceAll(sri(before), sri(readFileSync(path)));
}
const wasmOpt = join(process.cwd(), "node_modules", ".bin", "wasm-opt");
for (const name of readdirSync(dir).filter((f) => f.endsWith(".wasm"))) {
  if (!existsSync(wasmOpt)) {
    console.warn("minify-glue: wasm-opt is not installed; the wasm stays as trunk left it");
    break;
  }
  const path = join(dir, name);
  const before = readFileSync(path);
  const flags = ["-Oz", "--converge", "--low-memory-unused", "--zero-filled-memory"];
  execFileSync(wasmOpt, [...flags, path, "-o", path]);
  // Then the control flow flattened and rebuilt, twice, before -Oz shrinks
  // it again, and a last -Oz alone: about 1.8 KB gzip more (as
  // scripts/build-embed.sh does).
  const again = ["--flatten", "--rereloop", "-Oz", "--flatten", "--rereloop", "-Oz", "--converge"];
  execFileSync(wasmOpt, [...again, path, "-o", path]);
  const last = ["-Oz", "--converge", "--strip-producers", "--strip-target-features"];
  execFileSync(wasmOpt, [...last, path, "-o", path]);
  html = html.replaceAll(sri(before), sri(readFileSync(path)));
}
// Last, the imports' and exports' hashed names shortened in the wasm and its
// glue alike (scripts/short-names.mjs: about 5 KB of the gzip).
for (const name of readdirSync(dir).filter((f) => f.endsWith("_bg.wasm"))) {
  const wasm = join(dir, name);
  const js = join(dir, name.replace(/_bg\.wasm$/, ".js"));
  if (!existsSync(js)) continue;
  const before = [readFileSync(wasm), readFileSync(js)];
  shortenNames(wasm, js);
  html = html.replaceAll(sri(before[0]), sri(readFileSync(wasm)));
  html = html.replaceAll(sri(before[1]), sri(readFileSync(js)));
}
writeFileSync(htmlPath, html);

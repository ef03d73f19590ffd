// Trunk post-build hook (Trunk.toml): minifies the reader's wasm-bindgen glue
// in release builds, as build-embed.sh does for the embed (about 2.5 KB of
// the gzip every reader downloads), and gives index.html the glue's new
// sub-resource integrity hash, which trunk computed for the unminified file.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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
writeFileSync(htmlPath, html);

// Bundles the Electron main process and preload into dist/electron (run with `tsx electron/build.ts`).
import { build, type BuildOptions } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/electron');

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  // 'electron' is provided by the runtime; everything else (shared/, zod) is inlined, so the
  // packaged app needs no node_modules.
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await rm(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    platform: 'node',
    // Electron 45 embeds Node 24; node20 is a floor that any supported Electron meets.
    target: 'node20',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    // A sandboxed preload is a browser context with a tiny `require` (only 'electron' and a few
    // polyfills), so it must not reach for Node built-ins.
    platform: 'browser',
    target: 'chrome130',
    // The contract pulls in all of zod (its schemas are module-level calls esbuild cannot drop);
    // minifying keeps the per-window parse small. The source map still points at preload.ts.
    minify: true,
  }),
]);
console.log(`Built ${path.relative(root, outdir)}/main.cjs and preload.cjs`);

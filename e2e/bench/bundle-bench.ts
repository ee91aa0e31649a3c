// renderer-main-bundle-gzip: the window's own script as built, gzipped, in KB (budget 400 KB). Workers
// and chunks loaded on demand (PDF reading) are left out: the window does not wait for them to start.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchFigure } from './stats';

export async function measureMainBundle(outDir: string): Promise<BenchFigure[]> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  if (scripts.length === 0) throw new Error(`no script in ${outDir}/index.html`);
  let bytes = 0;
  for (const file of [...scripts, ...preloads]) bytes += gzipSync(await readFile(path.join(outDir, file))).byteLength;
  const assets = await readdir(path.join(outDir, 'assets'));
  process.stderr.write(
    `renderer-main-bundle-gzip: ${[...scripts, ...preloads].join(', ')} of ${assets.length} assets\n`,
  );
  return [{ name: 'renderer-main-bundle-gzip', value: bytes / 1000, unit: 'KB' }];
}

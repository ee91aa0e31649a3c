// Builds and serves the source-reading test page (source-harness/) with the app's own Vite config
// and, as a response header, the desktop app's Content-Security-Policy, so the source worker and
// pdf.js run under the policy itself (a <meta> policy would not reach the worker).
import type { Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/window-options';
import type { Result } from '../../shared/model/result';
import type { SourceDocument } from '../../shared/sources/source-document';

const REPO = path.resolve(import.meta.dirname, '../..');

export interface SourceHarness {
  url: string;
  /** Each built script's name and gzipped size in bytes: the worker and the chunks it loads on demand. */
  scripts: { file: string; gzipBytes: number }[];
  close(): Promise<void>;
}

export function startSourceHarness(port: number): Promise<SourceHarness> {
  return startHarness(port, 'source-harness');
}

/** A test page of e2e/support/<folder>/ (an index.html and its script), built and served the same way. */
export async function startHarness(port: number, folder: string): Promise<SourceHarness> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'source-harness-'));
  await build({
    configFile: path.join(REPO, 'vite.config.ts'),
    root: path.join(import.meta.dirname, folder),
    build: { outDir, emptyOutDir: true, sourcemap: false },
    logLevel: 'silent',
  });
  const assets = path.join(outDir, 'assets');
  const scripts = await Promise.all(
    (await readdir(assets))
      .filter((file) => file.endsWith('.js') || file.endsWith('.mjs'))
      .map(async (file) => ({ file, gzipBytes: gzipSync(await readFile(path.join(assets, file))).byteLength })),
  );
  const server = await preview({
    configFile: false,
    root: outDir,
    build: { outDir },
    preview: {
      port,
      strictPort: true,
      host: '127.0.0.1',
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    },
    logLevel: 'silent',
  });
  return {
    url: server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`,
    scripts,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** The bytes as a File in the page, read by the window's readSourceFile; the time is from the call to the answer. */
export async function readInPage(
  page: Page,
  bytes: Uint8Array,
  name: string,
): Promise<{ result: Result<SourceDocument>; ms: number }> {
  // A string, not a function: tsx wraps named functions in a helper the page does not have.
  return page.evaluate(
    `(async ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const file = new File([bytes], name);
      const start = performance.now();
      const result = await window.readSourceFile(file, name);
      return { result, ms: performance.now() - start };
    })(${JSON.stringify({ base64: Buffer.from(bytes).toString('base64'), name })})`,
  );
}

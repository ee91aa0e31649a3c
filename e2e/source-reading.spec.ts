// The window's readSourceFile in the built app's code: every kind read in the source worker, pdf.js
// loaded on demand inside it under the desktop's Content-Security-Policy, and bad files refused.
// (The source pane's own end-to-end tests drive it as a user would.)
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { textPdf } from '../shared/sources/fixtures/text-pdf';
import { readInPage, startSourceHarness, type SourceHarness } from './support/source-harness';

// Beside the preview server of the app: E2E_PORT + 50 (4224 by default).
const PORT = Number(process.env.E2E_PORT ?? 4174) + 50;
const fixture = (name: string) => new Uint8Array(readFileSync(path.join('shared/sources/fixtures', name)));

let harness: SourceHarness;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  harness = await startSourceHarness(PORT);
});
test.afterAll(async () => harness?.close());

test('reads a PDF page by page in the worker, loading pdf.js only then, under the app’s CSP', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
  });
  const response = await page.goto(harness.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.waitForFunction(() => 'readSourceFile' in window);
  // The policy is in force: an inline script does not run (nor could pdf.js evaluate strings).
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
  expect(messages.filter((m) => /Content Security Policy/.test(m))).toHaveLength(1);
  messages.length = 0;

  const text = await readInPage(page, new TextEncoder().encode('# Case\n\nCK 4210 U/L'), 'case.md');
  expect(text.result).toMatchObject({ ok: true, value: { kind: 'markdown', parts: [{ label: 'Case' }] } });
  expect(scripts.some((url) => /source\.worker/.test(url))).toBe(true);
  expect(scripts.filter((url) => /pdf/i.test(url))).toEqual([]);

  const pdf = await readInPage(
    page,
    await textPdf([['Page one: necro-', 'tizing myopathy.'], ['CK 4210 U/L']]),
    'r.pdf',
  );
  expect(scripts.filter((url) => /pdf/i.test(url))).not.toEqual([]);
  expect(pdf.result).toMatchObject({
    ok: true,
    value: {
      kind: 'pdf',
      text: 'Page one: necrotizing myopathy.\n\nCK 4210 U/L',
      parts: [{ label: 'Page 1' }, { label: 'Page 2' }],
    },
  });
  expect(messages.filter((m) => /Content.Security.Policy|Refused to/i.test(m))).toEqual([]);
});

test('refuses a JPEG named .pdf, an empty file, an encrypted PDF and an over-size file with messages naming them', async ({
  page,
}) => {
  await page.goto(harness.url);
  await page.waitForFunction(() => 'readSourceFile' in window);
  const refusal = async (bytes: Uint8Array, name: string) => {
    const { result } = await readInPage(page, bytes, name);
    return result.ok ? 'read' : result.problems.map((p) => p.message).join('; ');
  };
  expect(await refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'photo.pdf')).toBe(
    'photo.pdf is not a text, PDF, JATS or HTML file: it looks like a JPEG image',
  );
  expect(await refusal(new Uint8Array(0), 'empty.txt')).toBe('empty.txt is empty');
  expect(await refusal(fixture('encrypted.pdf'), 'encrypted.pdf')).toMatch(
    /^encrypted\.pdf is encrypted and needs a password to open/,
  );
  // Made in the page: 32 MB and one byte, refused by its size before the worker reads it.
  const oversize = await page.evaluate(`(async () => {
    const result = await window.readSourceFile(new File([new Uint8Array(32 * 1024 * 1024 + 1)], 'huge.pdf'), 'huge.pdf');
    return result.ok ? 'read' : result.problems[0].message;
  })()`);
  expect(oversize).toBe('huge.pdf is 32.0 MB; source files over 32 MB are not read');
});

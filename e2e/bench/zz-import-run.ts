import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { measureImport } from './import-bench';
const server = await preview({
  preview: { port: 4197, strictPort: true, host: '127.0.0.1' },
  build: { outDir: '/tmp/lead-dist' },
  logLevel: 'silent',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  console.log(JSON.stringify(await measureImport(browser, 'http://127.0.0.1:4197/')));
} finally {
  await browser.close();
  await server.close();
}

// The `npm start` launcher: runs the built app in Electron, or serves it to a browser when no Electron runtime is installed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectInstalledElectronRuntime } from './main/runtime';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PREVIEW_PORT = 4173;

const runtime = detectInstalledElectronRuntime();
if (runtime.available) {
  launchElectron(runtime.executablePath);
} else {
  await serveInBrowser();
}

function launchElectron(executablePath: string): void {
  const mainScript = path.join(root, 'dist/electron/main.cjs');
  requireBuilt(mainScript);
  // The app folder rather than main.cjs, so Electron reads package.json: the app is named
  // "Case Abstractor" (and keeps its data under that name) instead of "Electron".
  const env = { ...process.env };
  // Set by some editors' terminals; it would make the binary behave as plain Node.
  delete env['ELECTRON_RUN_AS_NODE'];
  const child = spawn(executablePath, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
  child.on('error', (error) => {
    console.error(`Case Abstractor: could not start Electron: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 128 + signalNumber(signal))));
}

async function serveInBrowser(): Promise<void> {
  requireBuilt(path.join(root, 'dist/renderer/index.html'));
  const { preview } = await import('vite');
  const configFile = path.join(root, 'vite.config.ts');
  try {
    const server = await preview({
      configFile: existsSync(configFile) ? configFile : false,
      // Absolute, so the build is found whatever the config's root is relative to.
      build: { outDir: path.join(root, 'dist/renderer') },
      // Vite's own banner would make this several lines; the one line below says it all.
      logLevel: 'warn',
      preview: { port: PREVIEW_PORT, host: '127.0.0.1', strictPort: true, open: false },
    });
    console.log(
      `Case Abstractor: Electron runtime not installed (ELECTRON_SKIP_BINARY_DOWNLOAD), running in browser mode at http://localhost:${PREVIEW_PORT}/`,
    );
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(
      `Case Abstractor: could not serve the app on port ${PREVIEW_PORT}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

function requireBuilt(file: string): void {
  if (existsSync(file)) return;
  console.error(`Case Abstractor: ${path.relative(root, file)} is missing; run the build first (npm run build).`);
  process.exit(1);
}

function signalNumber(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return numbers[signal] ?? 0;
}

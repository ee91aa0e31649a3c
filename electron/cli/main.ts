// Entry point of `npm run cli`: wires the command line to the real file system and exit status.
import { mkdir, writeFile } from 'node:fs/promises';
import { runCli } from './cli';

const code = await runCli(process.argv.slice(2), {
  mkdir: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
  writeFile: (file, content) => writeFile(file, content, 'utf8'),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;

// The command line's input and output on the real file system: every write atomic, through the
// same temp-file-and-rename as the app's saves (electron/main/file-handlers.ts).
import * as nodeFs from 'node:fs/promises';
import { writeAtomically, type FileSystem } from '../main/file-handlers';
import type { CliIo } from './cli';

export function createNodeIo(fs: FileSystem & Pick<typeof nodeFs, 'mkdir'> = nodeFs): CliIo {
  return {
    mkdir: async (dir) => {
      await fs.mkdir(dir, { recursive: true });
    },
    writeFile: (file, content) => writeAtomically(fs, file, content),
    readFile: (file) => fs.readFile(file),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    now: () => new Date().toISOString(),
  };
}

// The command line: `case-abstractor seed --out DIR`, using the same codecs as the app, byte for byte.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { encodeCaseFile } from '../../shared/codecs/json/case-file';
import { validateCase } from '../../shared/model/validate';
import { createSeedCase } from '../../shared/seed/seed-case';

export const EXIT = { ok: 0, badData: 1, usage: 2 } as const;

export interface CliIo {
  mkdir(dir: string): Promise<void>;
  writeFile(file: string, content: string): Promise<void>;
  stdout(line: string): void;
  stderr(line: string): void;
}

const USAGE = `usage: npm run cli -- <command>

commands:
  seed --out DIR    write the preloaded case to DIR/<case-id>.json`;

async function seedCommand(args: string[], io: CliIo): Promise<number> {
  let out: string | undefined;
  try {
    const parsed = parseArgs({ args, options: { out: { type: 'string' } }, strict: true, allowPositionals: false });
    out = parsed.values.out;
  } catch (error) {
    io.stderr(`seed: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return EXIT.usage;
  }
  if (out === undefined || out.trim() === '') {
    io.stderr(`seed: --out DIR is required\n${USAGE}`);
    return EXIT.usage;
  }
  const seed = validateCase(createSeedCase());
  if (!seed.ok) {
    for (const p of seed.problems) io.stderr(`seed case: ${p.where}: ${p.message}`);
    return EXIT.badData;
  }
  const file = path.join(out, `${seed.value.id}.json`);
  try {
    await io.mkdir(out);
    await io.writeFile(file, encodeCaseFile([seed.value]));
  } catch (error) {
    io.stderr(`seed: cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.badData;
  }
  io.stdout(file);
  return EXIT.ok;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'seed') return seedCommand(rest, io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  io.stderr(command === undefined ? USAGE : `unknown command "${command}"\n${USAGE}`);
  return EXIT.usage;
}

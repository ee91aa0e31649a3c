// `cli source FILE [--fingerprint]`: a source file's normalised text, or only its fingerprint, by
// the same reading as the app's source worker (shared/sources/read-source.ts).
import { parseArgs } from 'node:util';
import { readSource } from '../../shared/sources/read-source';
import { EXIT, type CliIo } from './cli';

const SYNOPSIS = 'source FILE [--fingerprint]';

/** Its lines in the CLI's usage text, aligned with the other commands'. */
export const SOURCE_USAGE =
  `${SYNOPSIS.padEnd(38)}print a source's normalised text (text, Markdown, PDF,\n` +
  `${' '.repeat(40)}JATS XML or HTML, read as the app reads it); with\n` +
  `${' '.repeat(40)}--fingerprint only its SHA-256 fingerprint`;

/** pdf.js's legacy build is the one made for Node; `cli anchors` reads its sources with it too. */
export const NODE_SOURCE_READERS = { loadPdfJs: () => import('pdfjs-dist/legacy/build/pdf.mjs') };

export async function sourceCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { fingerprint: { type: 'boolean' } }, strict: true, allowPositionals: true });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const [file, ...more] = parsed.positionals;
  if (file === undefined || more.length > 0) return usage(io, 'give one file');
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.badData;
  }
  const read = await readSource(bytes, file, NODE_SOURCE_READERS);
  if (!read.ok) {
    for (const problem of read.problems) io.stderr(problem.message);
    return EXIT.badData;
  }
  // stdout ends each output with a line end; a text that has its own is not given a second.
  io.stdout(parsed.values.fingerprint ? read.value.fingerprint : read.value.text.replace(/\n$/, ''));
  return EXIT.ok;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`source: ${message}\nusage: npm run cli -- ${SYNOPSIS}`);
  return EXIT.usage;
}

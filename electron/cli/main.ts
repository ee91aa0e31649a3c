// Entry point of `npm run cli`: wires the command line to the real file system and exit status.
import { runCli } from './cli';
import { createNodeIo } from './node-io';

process.exitCode = await runCli(process.argv.slice(2), createNodeIo());

// How large a source file may be: one limit for the desktop's dialog, the browser's picker, the
// source worker and the CLI.

/**
 * 32 MiB, as for the app's binary saves. A case report's PDF, figures and all, is rarely over
 * 10 MB; the limit bounds what the main process copies to the window, what the worker holds and
 * what a hostile file can make it parse.
 */
export const MAX_SOURCE_FILE_BYTES = 32 * 1024 * 1024;

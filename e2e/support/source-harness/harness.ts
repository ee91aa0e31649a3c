// A test page, never part of the app: the window's readSourceFile, built by the app's Vite config,
// for the end-to-end test and the bench until the source pane drives it.
import { readPastedText, readSourceFile } from '../../../renderer/features/sources/read-source-file';

Object.assign(window, { readSourceFile, readPastedText });

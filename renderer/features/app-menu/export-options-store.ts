// The export options the case menu shows, as UI state: every export, from the menu in the window
// or the desktop's application menu, reads them here so that both write the same files.
import { create } from 'zustand';
import type { ExportOptions } from '../../../shared/codecs/export-options';

interface ExportOptionsState extends Required<ExportOptions> {
  set(options: ExportOptions): void;
}

export const useExportOptions = create<ExportOptionsState>((set) => ({
  // Quotes are kept and the source text left out unless asked: the user's own cases keep their
  // words, and the publisher's text leaves the app only on request.
  withoutQuotes: false,
  withSourceText: false,
  set: (options) => set(options),
}));

/** The options as the export functions take them. */
export function exportOptions(): ExportOptions {
  const { withoutQuotes, withSourceText } = useExportOptions.getState();
  return { withoutQuotes, withSourceText };
}

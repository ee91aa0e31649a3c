// Starts the desktop's daily backup with the window, and answers main's request for one at quit.
import { useEffect } from 'react';
import { platform } from '../../platform';
import { backUpNow, showBackups, startDailyBackups } from './backup-actions';

export function useBackups(): void {
  useEffect(() => startDailyBackups(), []);
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'restore-backup') void showBackups();
        // Main asks only when a day has passed, and waits for the write (or a timeout) before quitting.
        if (command === 'back-up-before-quit') void backUpNow();
      }),
    [],
  );
}

// Ctrl+Shift+O (Cmd+Shift+O on macOS) jumps to the course overview from anywhere in the window,
// a text field included: the keys type nothing there.
import { useEffect } from 'react';
import { isCourseOverviewKey, showCourseOverview } from './show-course-overview';

export function useCourseOverviewKey(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isCourseOverviewKey(e)) return;
      // The keys mean the overview in this app, case open or not: in browser mode they would
      // otherwise open the browser's bookmarks.
      e.preventDefault();
      showCourseOverview();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

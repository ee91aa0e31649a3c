// The jump to the course overview, from the case header and from Ctrl+Shift+O: the overview sits
// below two long tables, and a clinician reviewing a case wants its course at a glance at once.

/** The overview's heading: what its section is labelled by, and where the jump puts the focus. */
export const COURSE_OVERVIEW_HEADING_ID = 'course-overview-heading';

/**
 * Ctrl+Shift+O, or Cmd+Shift+O on macOS: "O" for overview, a Ctrl+Shift command like Export case
 * as JSON (Ctrl+Shift+E), and taken by no menu role and no text field.
 */
export const COURSE_OVERVIEW_KEYS = {
  /** As the app writes its keys in titles (Undo: "Ctrl+Z"). */
  hint: 'Ctrl+Shift+O',
  /** For aria-keyshortcuts: either modifier works. */
  aria: 'Control+Shift+O Meta+Shift+O',
} as const;

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export function isCourseOverviewKey(e: KeyPress): boolean {
  // Shift makes the key "O"; the letter as typed, not the physical key, as for Ctrl+Z.
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'o';
}

/**
 * Scrolls the overview's top to the top of the window, where it fits whole (its panels are fitted
 * to the window's height), and moves the focus to its heading, so that a screen reader announces
 * where the reader is and Tab goes on into the overview's controls. False when no case is open.
 */
export function showCourseOverview(): boolean {
  const heading = document.getElementById(COURSE_OVERVIEW_HEADING_ID);
  if (!heading) return false;
  heading.scrollIntoView({ block: 'start' });
  // Focusing scrolls too, by as little as it can: the scroll above has put the heading in place.
  heading.focus({ preventScroll: true });
  return true;
}

// The jump to the course overview, from the case header and from its key (in the keymap): it sits
// below two long tables, and a clinician reviewing a case wants its course at a glance at once.

/** The overview's heading: what its section is labelled by, and where the jump puts the focus. */
export const COURSE_OVERVIEW_HEADING_ID = 'course-overview-heading';

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

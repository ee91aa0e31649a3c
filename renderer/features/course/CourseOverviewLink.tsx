// The way in to the course overview from the top of the case: one click (or Ctrl+Shift+O) rather
// than a scroll past the timeline and observations. The overview stays last on the page: it takes
// a whole screen, and above the tables it would push the entry forms, where abstracting is done
// from the keyboard, a screen down.
import { ariaKeyShortcuts, keysOf } from '../../../shared/keymap/keymap';
import { hintFor } from '../keys/platform-keys';
import { showCourseOverview } from './show-course-overview';
import './course.css';

export function CourseOverviewLink() {
  return (
    <button
      type="button"
      className="course-overview-link"
      onClick={() => showCourseOverview()}
      aria-keyshortcuts={keysOf('show-course-overview').map(ariaKeyShortcuts).join(' ')}
      title={`The course at a glance: lanes and trend panels on one screen (${hintFor('show-course-overview')})`}
    >
      Course overview <span aria-hidden="true">↓</span>
    </button>
  );
}

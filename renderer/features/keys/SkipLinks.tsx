// Skip links: the window's first Tab stops, shown when focused, each a way past everything above
// its target (WCAG 2.4.1). They run the same commands as the keymap's keys.
import type { MouseEvent } from 'react';
import type { KeyCommandId } from '../../../shared/keymap/keymap';
import { COURSE_OVERVIEW_HEADING_ID, showCourseOverview } from '../course/show-course-overview';
import { CASE_LIST_ID, focusCaseList, focusEntryForm, LABS_SECTION_ID, TIMELINE_SECTION_ID } from './focus-targets';
import { hintFor } from './platform-keys';

const LINKS: { label: string; href: string; command: KeyCommandId; go: () => unknown }[] = [
  {
    label: 'Skip to the event form',
    href: `#${TIMELINE_SECTION_ID}`,
    command: 'focus-event-form',
    go: () => focusEntryForm(TIMELINE_SECTION_ID),
  },
  {
    label: 'Skip to the lab form',
    href: `#${LABS_SECTION_ID}`,
    command: 'focus-lab-form',
    go: () => focusEntryForm(LABS_SECTION_ID),
  },
  {
    label: 'Skip to the course overview',
    href: `#${COURSE_OVERVIEW_HEADING_ID}`,
    command: 'show-course-overview',
    go: showCourseOverview,
  },
  { label: 'Skip to the case list', href: `#${CASE_LIST_ID}`, command: 'focus-case-list', go: focusCaseList },
];

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {LINKS.map((link) => (
        <a
          key={link.href}
          href={link.href}
          onClick={(e: MouseEvent) => {
            // The command puts the focus in the right field; the bare link would only scroll.
            e.preventDefault();
            link.go();
          }}
        >
          {link.label} <span className="skip-key">({hintFor(link.command)})</span>
        </a>
      ))}
    </nav>
  );
}

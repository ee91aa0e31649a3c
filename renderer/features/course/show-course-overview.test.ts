// Specification of the keys that jump to the course overview.
import { describe, expect, it } from 'vitest';
import { isCourseOverviewKey } from './show-course-overview';

const press = (key: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean }) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  shiftKey: modifiers.shift ?? false,
  altKey: modifiers.alt ?? false,
});

describe('isCourseOverviewKey', () => {
  it.each([
    ['Ctrl+Shift+O', press('O', { ctrl: true, shift: true })],
    ['Cmd+Shift+O on macOS', press('O', { meta: true, shift: true })],
    ['Ctrl+Shift+O with Caps Lock on', press('o', { ctrl: true, shift: true })],
  ])('takes %s', (_name, e) => {
    expect(isCourseOverviewKey(e)).toBe(true);
  });

  it.each([
    ['a capital O typed in a field', press('O', { shift: true })],
    ['Ctrl+O, the browser’s Open file', press('o', { ctrl: true })],
    ['Ctrl+Alt+Shift+O', press('O', { ctrl: true, shift: true, alt: true })],
    ['Ctrl+Shift+E, Export case as JSON', press('E', { ctrl: true, shift: true })],
    ['Ctrl+Shift+Z, Redo', press('Z', { ctrl: true, shift: true })],
  ])('leaves %s alone', (_name, e) => {
    expect(isCourseOverviewKey(e)).toBe(false);
  });
});

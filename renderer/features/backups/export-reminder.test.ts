// Specification of the browser's export reminder: a day after the last export or reminder, only when something changed since.
import { describe, expect, it } from 'vitest';
import { EXPORT_REMINDER_KEY, readReminderState, shouldRemind, writeReminderState } from './export-reminder';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const since = { since: '2026-12-03T09:00:00.000Z' };

describe('shouldRemind', () => {
  it('reminds a day after the last export when a change was made since', () => {
    expect(shouldRemind(since, '2026-12-03T10:00:00.000Z', new Date('2026-12-04T09:00:00.000Z'))).toBe(true);
  });

  it('does not remind within the day, or with no change since, or with no change at all', () => {
    expect(shouldRemind(since, '2026-12-03T10:00:00.000Z', new Date('2026-12-04T08:59:59.000Z'))).toBe(false);
    expect(shouldRemind(since, '2026-12-03T08:00:00.000Z', new Date('2026-12-10T09:00:00.000Z'))).toBe(false);
    expect(shouldRemind(since, null, new Date('2026-12-10T09:00:00.000Z'))).toBe(false);
  });
});

describe('the reminder’s storage', () => {
  it('starts counting at the first start and keeps that time', () => {
    const storage = memoryStorage();
    const first = readReminderState(storage, new Date('2026-12-03T09:00:00.000Z'));
    expect(first).toEqual(since);
    expect(readReminderState(storage, new Date('2026-12-05T09:00:00.000Z'))).toEqual(since);
  });

  it('starts again from now after an export or a dismissal, and from an unreadable value', () => {
    const storage = memoryStorage({ [EXPORT_REMINDER_KEY]: '{not json' });
    expect(readReminderState(storage, new Date('2026-12-03T09:00:00.000Z'))).toEqual(since);
    writeReminderState(storage, new Date('2026-12-06T12:00:00.000Z'));
    expect(JSON.parse(storage.items.get(EXPORT_REMINDER_KEY) ?? '')).toEqual({ since: '2026-12-06T12:00:00.000Z' });
  });
});

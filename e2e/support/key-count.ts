// A counted keyboard for end-to-end specs that compare how many keys two ways of abstracting take:
// every key goes through it and is counted the same way in every spec, and the count is written
// where another spec (run in the same or a later run) can read it.
import type { Locator, Page } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Outside Playwright's outputDir (test-results/), which Playwright empties at the start of every
 * run: a spec that reads the count must find it even when run on its own after the typing spec.
 * Git ignores .ci/out/.
 */
export const KEY_COUNT_DIR = process.env.KEY_COUNT_DIR ?? path.resolve(import.meta.dirname, '../../.ci/out/key-counts');

export interface KeyCount {
  /** What was counted: a spec's name for it ("type-seed-case"). */
  name: string;
  /** Every key press (a chord such as Control+A is one) and every character typed. */
  keys: number;
  /** Of `keys`, the characters typed or inserted (code points). */
  characters: number;
  /** Of `keys`, the presses: navigation, commands, chords, single characters pressed as keys. */
  presses: number;
  /**
   * Focus moved by the test without a key (locator.focus()), to start at a form or a button the
   * keyboard alone would reach with Tab. Not in `keys`; reported so that a comparison can see them.
   */
  focusMoves: number;
  /** The keys of each part of the work, in the order done (see CountedKeyboard.section). */
  sections: Record<string, number>;
}

/**
 * The only way a counting spec presses keys. `press` counts 1 whatever the key ("Tab",
 * "Control+a", "Enter"); `type` and `insertText` count their characters in code points ("é" and
 * "µ" one each, an emoji one), so typing a word and inserting it cost the same.
 */
export class CountedKeyboard {
  private presses = 0;
  private characters = 0;
  private focusMoves = 0;
  private readonly sections: Record<string, number> = {};
  private current = 'all';

  constructor(private readonly page: Page) {}

  /** Keys from here on count towards `name` too ("case details", "events"), so a comparison can pick its part. */
  section(name: string): void {
    this.current = name;
    this.sections[name] ??= 0;
  }

  private add(presses: number, characters: number): void {
    this.presses += presses;
    this.characters += characters;
    this.sections[this.current] = (this.sections[this.current] ?? 0) + presses + characters;
  }

  async press(key: string): Promise<void> {
    this.add(1, 0);
    await this.page.keyboard.press(key);
  }

  /** One key pressed in a given element (type-ahead on a select): counted as a press. */
  async pressIn(locator: Locator, key: string): Promise<void> {
    this.add(1, 0);
    await locator.press(key);
  }

  /** Key by key, each with its keydown and keyup. */
  async type(text: string): Promise<void> {
    this.add(0, codePoints(text));
    await this.page.keyboard.type(text);
  }

  /** The characters at once (one input event), counted as if typed. */
  async insertText(text: string): Promise<void> {
    this.add(0, codePoints(text));
    await this.page.keyboard.insertText(text);
  }

  /**
   * Keys pressed where the page cannot see them (the system's file dialog): the text's characters
   * and each named key, counted as if typed and pressed.
   */
  outsideThePage(text: string, ...presses: string[]): void {
    this.add(presses.length, codePoints(text));
  }

  /** Focus moved by the test, not by a key: counted apart (see KeyCount.focusMoves). */
  async focus(locator: Locator): Promise<void> {
    this.focusMoves += 1;
    await locator.focus();
  }

  count(name: string): KeyCount {
    return {
      name,
      keys: this.presses + this.characters,
      characters: this.characters,
      presses: this.presses,
      focusMoves: this.focusMoves,
      sections: { ...this.sections },
    };
  }
}

export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

function countFile(name: string): string {
  return path.join(KEY_COUNT_DIR, `${name}.json`);
}

/** Writes the count as `<KEY_COUNT_DIR>/<name>.json`; returns the file's path. */
export async function writeKeyCount(count: KeyCount): Promise<string> {
  await mkdir(KEY_COUNT_DIR, { recursive: true });
  const file = countFile(count.name);
  await writeFile(file, `${JSON.stringify(count, null, 2)}\n`);
  return file;
}

/** A count another spec wrote, or undefined when that spec has not run here yet. */
export async function readKeyCount(name: string): Promise<KeyCount | undefined> {
  let text: string;
  try {
    text = await readFile(countFile(name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as KeyCount;
}

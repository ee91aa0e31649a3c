// Finds where a JSON path (`cases[0].events[3].start.date`) is in a JSON text, as line:column, so
// that `validate` prints locations editors jump to. Reads valid JSON only (the codec parsed it first).

export interface Location {
  line: number;
  column: number;
}

/** `cases[0].events[3].start` → ['cases', 0, 'events', 3, 'start']; `(root)` → []. */
export function parsePath(where: string): (string | number)[] | undefined {
  if (where === '(root)') return [];
  if (!/^[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*$/.test(where)) return undefined;
  return where
    .split(/[.[\]]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The location of the value at `path`, or of the nearest enclosing value that exists (a missing
 * key is reported at the object that lacks it). Undefined when the text is not JSON after all.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): Location | undefined {
  const scanner = new Scanner(text.startsWith('\uFEFF') ? text.slice(1) : text);
  try {
    scanner.skipSpace();
    let found = scanner.pos;
    for (const key of path) {
      const next = scanner.enter(key);
      if (next === undefined) break;
      found = next;
    }
    return scanner.locationOf(found);
  } catch {
    return undefined;
  }
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  locationOf(offset: number): Location {
    const before = this.text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: offset - lineStart + 1 };
  }

  skipSpace(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  /** Moves to the value under `key` of the object or array here; returns its offset, or undefined. */
  enter(key: string | number): number | undefined {
    const open = this.text[this.pos];
    if (typeof key === 'number' && open === '[') {
      const start = this.pos;
      this.pos++;
      for (let index = 0; ; index++) {
        this.skipSpace();
        if (this.text[this.pos] === ']') {
          this.pos = start;
          return undefined;
        }
        if (index === key) return this.pos;
        this.skipValue();
        this.skipSpace();
        if (this.text[this.pos] === ',') this.pos++;
      }
    }
    if (typeof key === 'string' && open === '{') {
      const start = this.pos;
      this.pos++;
      for (;;) {
        this.skipSpace();
        if (this.text[this.pos] === '}') {
          this.pos = start;
          return undefined;
        }
        const name = JSON.parse(this.text.slice(this.pos, this.skipString())) as string;
        this.skipSpace();
        this.pos++; // the colon
        this.skipSpace();
        if (name === key) return this.pos;
        this.skipValue();
        this.skipSpace();
        if (this.text[this.pos] === ',') this.pos++;
      }
    }
    return undefined;
  }

  /** Skips the string starting here; returns the offset after its closing quote. */
  private skipString(): number {
    this.pos++;
    while (this.pos < this.text.length && this.text[this.pos] !== '"') {
      this.pos += this.text[this.pos] === '\\' ? 2 : 1;
    }
    if (this.pos >= this.text.length) throw new Error('unterminated string');
    this.pos++;
    return this.pos;
  }

  private skipValue(): void {
    const first = this.text[this.pos];
    if (first === '"') {
      this.skipString();
      return;
    }
    if (first === '{' || first === '[') {
      let depth = 0;
      for (;;) {
        const ch = this.text[this.pos];
        if (ch === undefined) throw new Error('unexpected end');
        if (ch === '"') {
          this.skipString();
          continue;
        }
        this.pos++;
        if (ch === '{' || ch === '[') depth++;
        else if ((ch === '}' || ch === ']') && --depth === 0) return;
      }
    }
    // A number, true, false or null: up to the next delimiter.
    while (this.pos < this.text.length && !/[\s,}\]]/.test(this.text[this.pos] ?? '')) this.pos++;
  }
}

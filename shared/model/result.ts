// Errors as values at every boundary: parsers return a Result and never throw on bad input.

export interface Problem {
  /** Where the problem is, in the words of the input: a JSON path, a field name, `line:column`. */
  where: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

/** Formats a path such as ['cases', 0, 'events', 3, 'start'] as `cases[0].events[3].start`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

// The window's own bundle (gzip budget 400 KB) must carry neither the suggestion engine (its
// finders run in the worker, the queue loads on demand) nor the compare engine and view (both load
// when a compare opens: App's lazy CompareView, the worker). Follows the static imports from the window's
// entry, as the bundler does; `import type`, `import()` and worker URLs are not followed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = import.meta.dirname;
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function staticallyReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const next = resolve(file, match[1]!);
      if (next) stack.push(next);
    }
  }
  return seen;
}

const reached = [...staticallyReached(path.join(RENDERER, 'main.tsx'))].map((f) =>
  path.relative(path.dirname(RENDERER), f),
);

describe('the window’s main bundle and the suggestions', () => {
  it('is followed from the entry through the case view and the source pane', () => {
    expect(reached).toContain(path.join('renderer', 'features', 'source-pane', 'SourcePane.tsx'));
    expect(reached).toContain(path.join('renderer', 'features', 'suggestion-queue', 'queue-store.ts'));
  });

  it('imports neither the suggestion engine nor its finders, nor the queue itself', () => {
    const engine = reached.filter(
      (f) =>
        /shared[/\\]suggest[/\\](labs|treatments|dates)[/\\]/.test(f) ||
        f.endsWith('suggest-facts.ts') ||
        f.endsWith('SuggestionQueue.tsx'),
    );
    expect(engine).toEqual([]);
  });
});

describe('the window’s main bundle and the compare', () => {
  it('holds the compare’s small store, which the case menu opens', () => {
    expect(reached).toContain(path.join('renderer', 'features', 'compare', 'compare-store.ts'));
  });

  it('holds neither the compare engine nor the compare view', () => {
    const engine = reached.filter(
      (f) =>
        (/shared[/\\]compare[/\\]/.test(f) && !f.endsWith('compare-types.ts')) ||
        f.endsWith('CompareView.tsx') ||
        f.endsWith('compare-actions.ts'),
    );
    expect(engine).toEqual([]);
  });
});

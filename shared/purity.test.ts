// shared/ runs everywhere (main process, renderer, workers, CLI), so it must not import a platform.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = /from '(electron|react|react-dom|dexie|dexie-react-hooks|zustand|recharts|node:[\w/]+|fs|path)'/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('shared/', () => {
  it('imports nothing from Electron, React, Dexie, the DOM helpers or Node', () => {
    const files = sourceFiles(path.join(import.meta.dirname, '.'));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

// anchor-resolve-1k: 1,000 anchors re-anchored against a 200,000-character source edited since they
// were made (every position shifted, 5 % of the quotes changed a little), in Node and in Chromium.
import type { Browser } from '@playwright/test';
import type { EvidenceAnchor } from '../../shared/model/evidence';
import { anchorFromSelection } from '../../shared/evidence/create-anchor';
import { resolveAnchors, type AnchorStatus } from '../../shared/evidence/resolve-anchor';
import { median, type BenchFigure } from './stats';

const SOURCE_LENGTH = 200_000;
const ANCHORS = 1_000;
const CHANGED_QUOTES = 50;
const RUNS = 9;
const EDITION_1 = '1'.repeat(64);
const EDITION_2 = '2'.repeat(64);

/** Words a report is made of; sentences of them in random order repeat no longer phrase, as a report's prose does not. */
const WORDS = (
  'patient woman man presented with proximal weakness myalgia dysphagia fever rash on admission creatine kinase was ' +
  'raised elevated normal reduced the and of in after before during treatment therapy prednisolone methotrexate ' +
  'rituximab intravenous immunoglobulin daily weekly tapered over weeks months days biopsy showed necrotizing ' +
  'myopathy inflammation sparse fibres regenerating antibodies anti-SRP anti-HMGCR positive negative titre ' +
  'strength improved walked unaided returned to work follow-up magnetic resonance imaging oedema thigh muscles ' +
  'symmetrical electromyography myopathic units fibrillation potentials serum creatinine potassium sodium troponin ' +
  'echocardiogram ejection fraction preserved statin exposure years history hypertension diabetes no family ' +
  'relapse remission dose increased decreased stopped restarted clinical examination revealed neck flexors hip ' +
  'shoulder girdle scale score measured repeat sample laboratory results table figure shown reported below above'
).split(' ');
const UNITS = ['mg', 'U/L', 'g/kg', 'mmol/L', 'µmol/L', '%', 'mg/dL', 'ng/mL'];

/** The source, the anchors made in it, and the source after the edits: deterministic. */
export function anchorBenchWorkload(): { anchors: EvidenceAnchor[]; edited: string; changed: number } {
  // mulberry32: 32-bit integer steps (Math.imul), so the sequence does not cycle early as a
  // multiply past 2^53 in doubles would, repeating whole passages of the text.
  let seed = 20_261_202;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  let text = '';
  while (text.length < SOURCE_LENGTH) {
    const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () =>
      random() < 0.1 ? `${1 + Math.floor(random() * 900)} ${pick(UNITS)}` : pick(WORDS),
    );
    text += `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}. `;
    if (random() < 0.08) text += '\n\n';
  }
  text = text.slice(0, SOURCE_LENGTH);

  // One anchor in each 200-character slot, so that no edit of one quote touches another's.
  const slot = SOURCE_LENGTH / ANCHORS;
  const anchors: EvidenceAnchor[] = [];
  const quoted: [number, number][] = [];
  for (let i = 0; i < ANCHORS; i += 1) {
    const start = i * slot + 40 + Math.floor(random() * 60);
    const end = start + 20 + Math.floor(random() * 60);
    const made = anchorFromSelection({ text, fingerprint: EDITION_1 }, start, end);
    if (!made.ok) throw new Error(made.problems[0]!.message);
    anchors.push(made.value);
    quoted.push([made.value.start, made.value.end]);
  }

  // Edits from the end backwards, so earlier offsets stay true while editing: text added or taken
  // out between every fifth pair of anchors, and two letters of every twentieth quote changed.
  let edited = text;
  let changed = 0;
  for (let i = ANCHORS - 1; i >= 0; i -= 1) {
    const [start, end] = quoted[i]!;
    if (i % 20 === 7 && changed < CHANGED_QUOTES) {
      const letters = [...edited.slice(start, end).matchAll(/[a-z]/g)].map((m) => start + m.index);
      for (const at of [letters[1], letters[letters.length - 2]]) {
        if (at !== undefined) edited = `${edited.slice(0, at)}${edited[at] === 'x' ? 'y' : 'x'}${edited.slice(at + 1)}`;
      }
      changed += 1;
    }
    if (i % 5 === 0) {
      const gap = Math.min(end + 10, SOURCE_LENGTH);
      edited =
        random() < 0.5
          ? `${edited.slice(0, gap)}(see Table ${i}) ${edited.slice(gap)}`
          : `${edited.slice(0, gap)}${edited.slice(gap + 3)}`;
    }
  }
  return { anchors, edited, changed };
}

/** The whole batch timed RUNS times; the statuses of the last run, to check the work was done. */
export function anchorBenchSamples(): { samples: number[]; statuses: Record<AnchorStatus, number> } {
  const { anchors, edited } = anchorBenchWorkload();
  const samples: number[] = [];
  let statuses: Record<AnchorStatus, number> = { found: 0, moved: 0, fuzzy: 0, orphaned: 0, unresolved: 0 };
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const resolved = resolveAnchors(anchors, { text: edited, fingerprint: EDITION_2 });
    samples.push(performance.now() - start);
    statuses = { found: 0, moved: 0, fuzzy: 0, orphaned: 0, unresolved: 0 };
    for (const r of resolved) statuses[r.status] += 1;
  }
  return { samples, statuses };
}

/** The same function bundled for a blank Chromium page. */
async function chromiumScript(): Promise<string> {
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: {
      contents: `import { anchorBenchSamples } from './anchor-bench'; globalThis.__anchorBench = anchorBenchSamples;`,
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    format: 'iife',
    external: ['esbuild', '@playwright/test'],
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}

/** anchor-resolve-1k (Node) and anchor-resolve-1k-chromium: the median batch, in ms. */
export async function measureAnchorResolve(browser: Browser): Promise<BenchFigure[]> {
  const node = anchorBenchSamples();
  report('node', node.statuses);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addScriptTag({ content: await chromiumScript() });
    const chromium = await page.evaluate(() =>
      (globalThis as unknown as { __anchorBench: typeof anchorBenchSamples }).__anchorBench(),
    );
    report('chromium', chromium.statuses);
    return [
      { name: 'anchor-resolve-1k', value: median(node.samples), unit: 'ms' },
      { name: 'anchor-resolve-1k-chromium', value: median(chromium.samples), unit: 'ms' },
    ];
  } finally {
    await context.close();
  }
}

function report(where: string, statuses: Record<AnchorStatus, number>): void {
  const counts = Object.entries(statuses).map(([status, n]) => `${n} ${status}`);
  process.stderr.write(`anchor-resolve-1k (${where}): ${counts.join(', ')}\n`);
}

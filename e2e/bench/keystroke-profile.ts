// `npx tsx e2e/bench/keystroke-profile.ts [--source-open]`: where a key's frame goes in the
// keystroke-5k-rows setting, from a Chromium trace. Not a figure of `npm run bench` (tracing slows
// the page): it says which part of the frame to work on, in CPU time per key, which a busy machine
// disturbs less than the wall-clock figure. Needs `npm run build:renderer` first; BENCH_PORT as for
// the bench, PROFILE_CSS to try a style without a build, TRACE_OUT to keep the trace for DevTools.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { createLargeCase, installLargeCase } from '../support/large-case';
import { seedReportPath, sourceText } from '../support/source-pane';
import { newBenchContext } from './bench-context';

const sourceOpen = process.argv.includes('--source-open');
const KEYS = 'Drawn 2 h after the third IVIG infusion; sample mildly haemolysed, repeat requested.';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/**
 * The main thread's trace events, by the frame stage they belong to. An event's own time (less its
 * children's) goes to its nearest ancestor named here; time under none of them is "other".
 */
const STAGES: Record<string, string> = {
  EventDispatch: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'TypingCommand::InsertText': 'editing',
  'FrameSelection::SetSelection': 'editing',
  UpdateLayoutTree: 'style',
  'Document::UpdateStyleAndLayout': 'style and layout',
  Layout: 'layout',
  'EventHandler::handleMouseMoveEvent': 'hit test',
  HitTest: 'hit test',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
};

interface OwnTime {
  ts: number;
  stage: string;
  /** CPU milliseconds of the event less its children's. */
  cpu: number;
}

/** Each of a thread's complete events (sorted by start) with its own CPU time and its stage. */
function ownTimes(events: TraceEvent[]): OwnTime[] {
  const own: OwnTime[] = [];
  const stack: { event: TraceEvent; stage: string; childCpu: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.event.ts + (top.event.dur ?? 0) > until) break;
      stack.pop();
      const cpu = Math.max(0, (top.event.tdur ?? 0) - top.childCpu) / 1000;
      own.push({ ts: top.event.ts, stage: top.stage, cpu });
      const parent = stack[stack.length - 1];
      if (parent) parent.childCpu += top.event.tdur ?? 0;
    }
  };
  for (const event of events) {
    close(event.ts);
    const parent = stack[stack.length - 1];
    stack.push({ event, stage: STAGES[event.name] ?? parent?.stage ?? 'other', childCpu: 0 });
  }
  close(Infinity);
  return own;
}

/** CPU milliseconds per stage of the events that start within [from, to). */
function stageTimes(own: OwnTime[], from: number, to: number): Map<string, number> {
  const times = new Map<string, number>();
  for (const o of own) if (o.ts >= from && o.ts < to) times.set(o.stage, (times.get(o.stage) ?? 0) + o.cpu);
  return times;
}

const server = await preview({
  preview: { port: Number(process.env.BENCH_PORT ?? 4175), strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
try {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(server.resolvedUrls?.local[0] ?? '');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await installLargeCase(page, createLargeCase({ events: 5_000, observations: 5_000 }));
  await page.getByRole('grid', { name: 'Observations' }).locator('tbody tr').first().waitFor();
  await page.locator('figure.trend-chart').first().waitFor();
  if (sourceOpen) {
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Alt+S');
    await page.getByRole('complementary', { name: 'Source' }).getByRole('button', { name: 'Open file…' }).click();
    await (await chooser).setFiles(seedReportPath());
    await sourceText(page).getByText('Dear Editor').waitFor();
  }
  // For trying a change without a build: PROFILE_CSS='.course-overview { display: none }'.
  if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
  await page.waitForTimeout(2_000);
  const notes = page.getByRole('form', { name: 'New observation' }).getByLabel('Notes', { exact: true });
  await notes.focus();
  for (const key of 'warm up ') await page.keyboard.type(key);
  await page.waitForTimeout(500);

  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink',
      'cc',
      'viz',
      'gpu',
      'toplevel',
      'v8.execute',
    ],
  });
  for (const [i, key] of [...KEYS].entries()) {
    await page.keyboard.type(key);
    await page.waitForTimeout(key === ' ' ? 300 : 40 + ((i * 37) % 60));
  }
  await page.waitForTimeout(300);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };

  const threadNames = new Map<string, string>();
  for (const e of trace.traceEvents) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const name = threadNames.get(`${e.pid}:${e.tid}`) ?? '';
    // Several renderers (the page, the browser's own UI): the page's main thread is the busiest.
    const key = `${name}@${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  for (const events of byThread.values()) events.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const busiest = (prefix: string) =>
    [...byThread].filter(([k]) => k.startsWith(`${prefix}@`)).sort((a, b) => b[1].length - a[1].length)[0]?.[1] ?? [];
  const main = busiest('CrRendererMain');
  const keydowns = main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const mainOwn = ownTimes(main);
  // A key's frame: from its keydown to the end of the first main frame begun after it.
  const inFrame = new Map<string, number>();
  const between = new Map<string, number>();
  const add = (into: Map<string, number>, from: Map<string, number>) => {
    for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
  };
  let frames = 0;
  for (const [i, keydown] of keydowns.entries()) {
    const next = keydowns[i + 1]?.ts ?? Infinity;
    const frame = main.find((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ts > keydown.ts && e.ts < next);
    if (!frame || next === Infinity) continue;
    frames += 1;
    const frameEnd = frame.ts + (frame.dur ?? 0);
    add(inFrame, stageTimes(mainOwn, keydown.ts, frameEnd));
    add(between, stageTimes(mainOwn, frameEnd, next));
  }
  const line = (label: string, times: Map<string, number>) => {
    const total = [...times.values()].reduce((a, b) => a + b, 0);
    const parts = [...times].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / frames).toFixed(2)}`);
    process.stdout.write(`${label}: ${(total / frames).toFixed(2)} ms CPU per key (${parts.join(', ')})\n`);
  };
  process.stdout.write(`${sourceOpen ? 'source open, ' : ''}${frames} keys traced\n`);
  line('main thread, keydown to end of its frame', inFrame);
  line('main thread, after the frame until the next key', between);
  for (const thread of ['Compositor', 'VizCompositorThread']) {
    const events = busiest(thread);
    const from = keydowns[0]?.ts ?? 0;
    const to = keydowns[keydowns.length - 1]?.ts ?? 0;
    const cpu = events.filter((e) => e.ts >= from && e.ts < to && e.name === 'ThreadControllerImpl::RunTask');
    const total = cpu.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
    process.stdout.write(`${thread}: ${(total / frames).toFixed(2)} ms CPU per key\n`);
  }
  const raster = [...byThread]
    .filter(([k]) => k.startsWith('ThreadPoolForegroundWorker@') || k.startsWith('CompositorTileWorker'))
    .flatMap(([, events]) => events.filter((e) => e.name === 'RasterTask'));
  const rasterCpu = raster.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
  process.stdout.write(`raster: ${(rasterCpu / frames).toFixed(2)} ms CPU per key (${raster.length} tiles)\n`);
  if (process.env.TRACE_OUT) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(process.env.TRACE_OUT, JSON.stringify(trace));
  }
} finally {
  await browser.close();
  await server.close();
}

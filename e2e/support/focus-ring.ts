// Measuring a focus ring from screenshot pixels: what the focus changed, the ring's colour, how
// wide its line is and its contrast with the pixels on either side (WCAG 2.4.7, 1.4.11).
import type { Page } from '@playwright/test';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

type Rgb = [number, number, number];

/**
 * PNG bytes to pixels, decoded by a canvas in a blank page of the same browser (no PNG library).
 * `shown` is brought back to the front: a page behind another draws only when asked, and each
 * screenshot of it then waited about a second for a frame.
 */
export async function decoder(shown: Page): Promise<(png: Buffer) => Promise<Pixels>> {
  const blank: Page = await shown.context().newPage();
  await shown.bringToFront();
  return async (png) => {
    const { width, height, rgba } = await blank.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(bitmap, 0, 0);
      const data = context2d.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let text = '';
      for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { width: bitmap.width, height: bitmap.height, rgba: btoa(text) };
    }, png.toString('base64'));
    return { width, height, data: new Uint8Array(Buffer.from(rgba, 'base64')) };
  };
}

/** The part of `image` (taken at `origin` on the page) under `clip`, both in page pixels. */
export function crop(
  image: Pixels,
  origin: { x: number; y: number },
  clip: { x: number; y: number; width: number; height: number },
): Pixels {
  const data = new Uint8Array(clip.width * clip.height * 4);
  for (let y = 0; y < clip.height; y += 1) {
    const from = ((clip.y - origin.y + y) * image.width + (clip.x - origin.x)) * 4;
    data.set(image.data.subarray(from, from + clip.width * 4), y * clip.width * 4);
  }
  return { width: clip.width, height: clip.height, data };
}

const at = (p: Pixels, x: number, y: number): Rgb => {
  const i = (y * p.width + x) * 4;
  return [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!];
};

/** WCAG 2.1 relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const distance = (a: Rgb, b: Rgb) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** How much of the ring's colour a pixel holds over `ground`, 0 to 1 (anti-aliased edges are partial). */
function coverage(pixel: Rgb, ground: Rgb, ring: Rgb): number {
  const span = ring.map((v, i) => v - ground[i]!);
  const length = span.reduce((s, v) => s + v * v, 0);
  if (length === 0) return 0;
  const along = pixel.reduce((s, v, i) => s + (v - ground[i]!) * span[i]!, 0) / length;
  return Math.min(1, Math.max(0, along));
}

export interface RingSide {
  side: 'top' | 'bottom' | 'left' | 'right';
  /** The line's width in pixels: the sum of its coverage across the side. */
  width: number;
  /** Against the pixels just outside and just inside the line; the lower of the two. */
  contrast: number;
  outside: string;
  inside: string;
}

export interface RingMeasure {
  /** Pixels the focus changed. */
  changed: number;
  colour?: string;
  sides: RingSide[];
}

/**
 * The ring the focus drew: `before` and `after` are the same clip without and with the focus.
 * Its colour is the commonest colour the focus brought, white grounds aside (a white band round
 * a ring is part of the ring's ground); each side is measured across its middle.
 */
export function measureRing(before: Pixels, after: Pixels): RingMeasure {
  const counts = new Map<string, { colour: Rgb; count: number }>();
  let changed = 0;
  for (let y = 0; y < after.height; y += 1) {
    for (let x = 0; x < after.width; x += 1) {
      const now = at(after, x, y);
      if (distance(now, at(before, x, y)) <= 24) continue;
      changed += 1;
      if (now.every((v) => v > 240)) continue;
      const key = hex(now);
      const entry = counts.get(key) ?? { colour: now, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  const ring = [...counts.values()].sort((a, b) => b.count - a.count)[0]?.colour;
  if (!ring) return { changed, sides: [] };

  // The ring's extent: every pixel of its colour that the focus brought.
  let [left, top, right, bottom] = [after.width, after.height, -1, -1];
  for (let y = 0; y < after.height; y += 1) {
    for (let x = 0; x < after.width; x += 1) {
      const now = at(after, x, y);
      if (distance(now, ring) > 16 || distance(now, at(before, x, y)) <= 24) continue;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    }
  }
  const midX = Math.round((left + right) / 2);
  const midY = Math.round((top + bottom) / 2);
  // From 2 px outside the ring's outer edge, 6 px inwards: the line and its ground on either side.
  const profiles: { side: RingSide['side']; pixels: Rgb[] }[] = [
    { side: 'top', pixels: range(top - 2, top + 4).map((y) => at(after, midX, clamp(y, after.height))) },
    { side: 'bottom', pixels: range(bottom + 2, bottom - 4).map((y) => at(after, midX, clamp(y, after.height))) },
    { side: 'left', pixels: range(left - 2, left + 4).map((x) => at(after, clamp(x, after.width), midY)) },
    { side: 'right', pixels: range(right + 2, right - 4).map((x) => at(after, clamp(x, after.width), midY)) },
  ];
  const sides = profiles.map(({ side, pixels }) => {
    const ground = pixels[0]!;
    const cover = pixels.map((p) => coverage(p, ground, ring));
    const first = cover.findIndex((c) => c >= 0.5);
    // The line is the run from there; a dark mark past the white band inside is not part of it.
    let last = first;
    while (first >= 0 && last + 1 < cover.length && cover[last + 1]! >= 0.5) last += 1;
    // The nearest pixel on either side that is ground, not an anti-aliased edge of the line.
    const outside = pixels.slice(0, Math.max(0, first)).findLast((_, i) => cover[i]! <= 0.25) ?? ground;
    const inside = pixels.slice(last + 1).find((_, i) => cover[last + 1 + i]! <= 0.25) ?? pixels.at(-1)!;
    return {
      side,
      // The line and its anti-aliased edges, not whatever lies past its ground (a button's border).
      width: first < 0 ? 0 : cover.slice(Math.max(0, first - 1), last + 2).reduce((s, c) => s + c, 0),
      contrast: Math.min(contrastRatio(ring, outside), contrastRatio(ring, inside)),
      outside: hex(outside),
      inside: hex(inside),
    };
  });
  return { changed, colour: hex(ring), sides };
}

function range(from: number, to: number): number[] {
  const step = to >= from ? 1 : -1;
  return Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => from + i * step);
}

const clamp = (v: number, size: number) => Math.min(size - 1, Math.max(0, v));

/** The sides of a ring too thin (under 2 px) or too faint (under 3:1), described for a failure message. */
export function ringShortfalls(measure: RingMeasure, minWidth = 1.9, minContrast = 3): string[] {
  if (measure.changed === 0) return ['the focus changed nothing on screen'];
  if (measure.sides.length === 0) return ['the focus brought only white'];
  return measure.sides
    .filter((s) => s.width < minWidth || s.contrast < minContrast)
    .map(
      (s) =>
        `${s.side}: ${measure.colour} ${s.width.toFixed(2)} px wide, ${s.contrast.toFixed(2)}:1 against ${s.outside} / ${s.inside}`,
    );
}

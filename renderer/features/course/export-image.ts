// Pictures of the overview or of one panel, as SVG or PNG at slide width, saved through the
// platform bridge: the main process's save dialog on the desktop, a download in the browser.
import type { SaveFileResponse } from '../../../shared/ipc/contract';
import { platform } from '../../platform';
import { SLIDE_WIDTH_PX } from './layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Presentation the stylesheet gives the drawing; copied onto each element of the copy, because
 * a saved SVG (or one drawn onto a canvas) cannot see the page's CSS.
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

function inlineStyles(source: Element, copy: Element): void {
  const style = getComputedStyle(source);
  copy.setAttribute('style', STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
  copy.removeAttribute('class');
  copy.removeAttribute('tabindex');
  for (let i = 0; i < source.children.length; i += 1) {
    const from = source.children[i];
    const to = copy.children[i];
    if (from && to) inlineStyles(from, to);
  }
}

export interface Picture {
  /** Standalone SVG text, `SLIDE_WIDTH_PX` wide. */
  svg: string;
  /** Its size in pixels (what a PNG of it measures). */
  width: number;
  height: number;
}

const TITLE_HEIGHT = 36;

/**
 * One SVG of everything drawn under `root`: each SVG inside it (lanes, charts, strips) and each
 * element marked `data-export="text"` (captions), where it sits on screen. Controls, the
 * crosshair and the tooltip are HTML and are left out.
 */
export function composePicture(root: HTMLElement, title?: string): Picture {
  const box = root.getBoundingClientRect();
  const offsetY = title ? TITLE_HEIGHT : 0;
  const layoutWidth = Math.max(1, Math.round(box.width));
  const layoutHeight = Math.max(1, Math.round(box.height + offsetY));
  const width = SLIDE_WIDTH_PX;
  const height = Math.round((layoutHeight * width) / layoutWidth);

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${layoutWidth} ${layoutHeight}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: '0', y: '0', width: '100%', height: '100%', fill: '#ffffff' })) {
    background.setAttribute(k, v);
  }
  out.append(background);
  const rootStyle = getComputedStyle(root);
  if (title) {
    out.append(
      textElement(title, 0, 24, {
        fontSize: '18px',
        fontFamily: rootStyle.fontFamily,
        fontWeight: '600',
        color: '#111827',
      }),
    );
  }

  for (const element of root.querySelectorAll<Element>('svg, [data-export="text"]')) {
    if (element.closest('[data-export-skip]')) continue;
    const at = element.getBoundingClientRect();
    const x = at.left - box.left;
    const y = at.top - box.top + offsetY;
    if (element instanceof SVGSVGElement) {
      // Nested SVGs are drawn by the outer one they sit in.
      if (element.parentElement?.closest('svg')) continue;
      const copy = element.cloneNode(true) as SVGSVGElement;
      inlineStyles(element, copy);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y));
      copy.setAttribute('width', String(at.width));
      copy.setAttribute('height', String(at.height));
      out.append(copy);
    } else {
      const style = getComputedStyle(element);
      const fontSize = parseFloat(style.fontSize) || 14;
      // Baseline about 0.8 em below the top of a line box centred on the text.
      const baseline = y + (at.height - fontSize) / 2 + fontSize * 0.82;
      out.append(
        textElement(element.textContent ?? '', x, baseline, {
          fontSize: style.fontSize,
          fontFamily: style.fontFamily,
          fontWeight: style.fontWeight,
          color: style.color,
        }),
      );
    }
  }
  return { svg: new XMLSerializer().serializeToString(out), width, height };
}

function textElement(
  text: string,
  x: number,
  y: number,
  style: { fontSize: string; fontFamily: string; fontWeight: string; color: string },
): SVGTextElement {
  const el = document.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute(
    'style',
    `font-size:${style.fontSize};font-family:${style.fontFamily};font-weight:${style.fontWeight};fill:${style.color}`,
  );
  el.textContent = text;
  return el;
}

/** Draws the SVG onto a canvas of its own pixel size and encodes it as PNG. */
export async function rasterize(picture: Picture): Promise<Uint8Array<ArrayBuffer>> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.width;
    canvas.height = picture.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this window cannot draw a picture (no 2D canvas)');
    context.drawImage(image, 0, 0, picture.width, picture.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the picture could not be encoded as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "B lymphocytes, total" → "b-lymphocytes-total": a file name part that every file system takes. */
export function fileNamePart(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug === '' ? 'chart' : slug;
}

export async function savePicture(
  root: HTMLElement,
  options: { format: 'png' | 'svg'; baseName: string; title?: string },
): Promise<SaveFileResponse> {
  const picture = composePicture(root, options.title);
  const suggestedName = `${options.baseName}.${options.format}`;
  if (options.format === 'svg') {
    return platform.saveTextFile({
      suggestedName,
      content: picture.svg,
      filters: [{ name: 'SVG image', extensions: ['svg'] }],
    });
  }
  return platform.saveBinaryFile({
    suggestedName,
    data: await rasterize(picture),
    filters: [{ name: 'PNG image', extensions: ['png'] }],
  });
}

// JATS and HTML read as data: parsed by htmlparser2 (pure JavaScript, in the worker and the CLI
// alike), never rendered or run, and walked into sections of plain paragraphs.
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { fail, type Result } from '../model/result';
import type { TextPiece } from './assemble';
import { normaliseText } from './normalise';
import { BEFORE_FIRST_HEADING } from './read-text';

export type Element = ReturnType<typeof DomUtils.findAll>[number];
export type Node = Element['children'][number];

/** An element (domutils' own guard is not exported by the version htmlparser2 12 brings). */
export const isElement = (node: Node | Element['parent']): node is Element => node !== null && 'attribs' in node;

/** Parses markup as data; in XML mode only XML's five entities and numeric references are decoded. */
export function parseMarkup(text: string, xml: boolean): Element[] {
  const document = parseDocument(text, { xmlMode: xml, decodeEntities: true });
  return document.children.filter(isElement);
}

/**
 * Entity declarations are refused before parsing: declared entities are how XML reads other files
 * (external entities) or grows without end (a "billion laughs"). htmlparser2 would expand neither,
 * but a file that declares them is not an article as a journal publishes it. A DOCTYPE that only
 * names its DTD (every PubMed Central file has one) is harmless: the DTD is never read.
 */
export function refusesDeclarations(text: string, name: string): Result<never> | undefined {
  const refuse = (message: string) => fail({ where: name, message: `${name} ${message}` });
  if (/<!ENTITY/i.test(text)) {
    return refuse(
      'declares entities (<!ENTITY …>), which are refused: they can read other files or expand without end. ' +
        'Save the article again from the journal or PubMed Central',
    );
  }
  if (/<!DOCTYPE[^>[]*\[/i.test(text)) {
    return refuse(
      'has a document type declaration with declarations of its own (<!DOCTYPE … [ … ]>), which is refused. ' +
        'Save the article again from the journal or PubMed Central',
    );
  }
  return undefined;
}

/** How one format's elements read as text. */
export interface MarkupRules {
  /** Not part of the article's text (scripts, navigation, graphics, identifiers). */
  skip(element: Element): boolean;
  /** Elements that run inside a paragraph (emphasis, links, cross-references). */
  isInline(element: Element): boolean;
  /**
   * A section starts here: its label, and whether the element's own words are the heading line
   * (an HTML <h2>, a JATS <title>) or the element holds the section (a JATS <abstract> without a title).
   */
  section(element: Element): { label: string; heading: boolean } | undefined;
  /** Reference entries whose parts are elements with no punctuation between them: joined by spaces. */
  spacesBetweenChildren(element: Element): boolean;
}

/** `<br>` and table rows inside a paragraph: a line separator, which normaliseText turns into LF. */
const LINE = '\u2028';

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
};
const SUBSCRIPTS: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};

/**
 * "×10<sup>9</sup>/L" must not read "×109/L": a superscript or subscript of digits and signs is
 * written with Unicode's superscript or subscript characters, as it looks; any other is kept as is.
 */
function raised(text: string, table: Readonly<Record<string, string>>): string {
  const chars = [...text.trim()];
  return chars.length > 0 && chars.every((c) => table[c] !== undefined) ? chars.map((c) => table[c]).join('') : text;
}

/** An element's words as one line of text: whitespace collapsed as a browser would, <br> kept. */
export function inlineText(node: Node, rules: MarkupRules): string {
  return collapse(rawInline(node, rules));
}

function collapse(text: string): string {
  return text
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(/ ?\u2028 ?/g, LINE)
    .trim();
}

function rawInline(node: Node, rules: MarkupRules): string {
  if (node.type === ElementType.Text && 'data' in node) return node.data;
  if (node.type === ElementType.CDATA && 'children' in node)
    return node.children.map((child) => rawInline(child, rules)).join('');
  if (!isElement(node) || rules.skip(node)) return '';
  const name = node.name.toLowerCase();
  if (name === 'br' || name === 'break') return LINE;
  const spaced = rules.spacesBetweenChildren(node);
  const inner = node.children.map((child) => rawInline(child, rules)).join(spaced ? ' ' : '');
  if (name === 'sup') return raised(inner, SUPERSCRIPTS);
  if (name === 'sub') return raised(inner, SUBSCRIPTS);
  return inner;
}

/** A table as rows of cells: a tab between cells, a line end between rows. */
function tableText(table: Element, rules: MarkupRules): string {
  const rows = DomUtils.findAll((el) => el.name.toLowerCase() === 'tr', table.children);
  return rows
    .map((row) =>
      row.children
        .filter(isElement)
        .filter((cell) => ['td', 'th'].includes(cell.name.toLowerCase()))
        .map((cell) => inlineText(cell, rules).replaceAll(LINE, ' '))
        .join('\t'),
    )
    .filter((row) => row.trim() !== '')
    .join(LINE);
}

/**
 * The elements' text as sections of paragraphs. A section runs from its heading to the next; the
 * words before the first heading are a section of their own. Each section is one piece, its
 * paragraphs apart by a blank line, normalised.
 */
export function sectionsOf(roots: readonly Node[], rules: MarkupRules): TextPiece[] {
  const sections: { label: string; paragraphs: string[] }[] = [{ label: BEFORE_FIRST_HEADING, paragraphs: [] }];
  let run = '';
  const current = () => sections.at(-1)!;
  const flush = () => {
    const paragraph = collapse(run);
    if (paragraph !== '') current().paragraphs.push(paragraph);
    run = '';
  };
  const walk = (node: Node): void => {
    if (!isElement(node)) {
      run += rawInline(node, rules);
      return;
    }
    if (rules.skip(node)) return;
    if (rules.isInline(node) || node.name.toLowerCase() === 'br') {
      run += rawInline(node, rules);
      return;
    }
    flush();
    const section = rules.section(node);
    if (section) {
      sections.push({ label: section.label, paragraphs: [] });
      if (section.heading) {
        run = rawInline(node, rules);
        flush();
        return;
      }
    }
    if (node.name.toLowerCase() === 'table') {
      const table = tableText(node, rules);
      if (table !== '') current().paragraphs.push(table);
      return;
    }
    if (rules.spacesBetweenChildren(node)) {
      run = rawInline(node, rules);
      flush();
      return;
    }
    node.children.forEach(walk);
    flush();
  };
  roots.forEach(walk);
  flush();
  return sections
    .filter((section) => section.paragraphs.length > 0)
    .map((section) => ({
      label: normaliseText(section.label),
      text: normaliseText(section.paragraphs.join('\n\n')),
    }));
}

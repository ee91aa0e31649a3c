// HTML saved from a journal's page, read as data: the article's text only (its <article> or <main>),
// headings as parts, and the citation from the page's `citation_*` meta tags (Google Scholar's).
import { DomUtils } from 'htmlparser2';
import type { Citation } from '../model/case';
import { ok, type Result } from '../model/result';
import { parseMarkup, sectionsOf, type Element, type MarkupRules } from './markup-tree';
import { normaliseText } from './normalise';
import { checkedCitation, type ReadMarkup } from './offered-citation';

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'font',
  'label',
  'del',
  'ins',
  'math',
]);

/** Page furniture and anything that is not words to read; nothing here is ever run or shown. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
  'svg',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'input',
  'img',
  'picture',
  'video',
  'audio',
  'head',
  'dialog',
  'link',
  'meta',
  'title',
  'map',
  'frameset',
  'frame',
]);

const name = (element: Element) => element.name.toLowerCase();

const rules: MarkupRules = {
  skip: (element) => SKIPPED.has(name(element)) || element.attribs.hidden !== undefined,
  isInline: (element) => INLINE.has(name(element)),
  section(element) {
    if (!/^h[1-6]$/.test(name(element))) return undefined;
    const label = normaliseText(DomUtils.textContent(element)).replace(/\s+/g, ' ').trim();
    return label === '' ? undefined : { label, heading: true };
  },
  spacesBetweenChildren: () => false,
};

export function readHtml(text: string): Result<ReadMarkup> {
  const roots = parseMarkup(text, false);
  const find = (test: (el: Element) => boolean) => DomUtils.findOne(test, roots) ?? undefined;
  // The article, where the page marks it; the page's main content, or its body, where it does not.
  const article =
    find((el) => name(el) === 'article') ??
    find((el) => name(el) === 'main' || el.attribs.role === 'main') ??
    find((el) => name(el) === 'body');
  const pieces = sectionsOf(article ? [article] : roots, rules);
  return ok({ pieces, offeredCitation: citationOf(roots) });
}

/** Google Scholar's `citation_*` meta tags, which journal pages carry for indexing. */
function citationOf(roots: Element[]): Partial<Citation> {
  const metas = DomUtils.findAll((el) => name(el) === 'meta', roots);
  const all = (key: string) =>
    metas
      .filter((meta) => (meta.attribs.name ?? '').toLowerCase() === key)
      .map((meta) =>
        normaliseText(meta.attribs.content ?? '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((value) => value !== '');
  const one = (key: string) => all(key)[0] ?? '';
  const first = one('citation_firstpage');
  const last = one('citation_lastpage');
  const date = one('citation_publication_date') || one('citation_date') || one('citation_year');
  const year = /\b(\d{4})\b/.exec(date)?.[1];
  return checkedCitation({
    title: one('citation_title'),
    authors: all('citation_author').map(vancouver),
    journal: one('citation_journal_title') || one('citation_journal_abbrev'),
    year: year === undefined ? undefined : Number(year),
    volume: one('citation_volume'),
    issue: one('citation_issue'),
    pages: first !== '' ? (last !== '' && last !== first ? `${first}-${last}` : first) : '',
    // A DOI as a link or with its scheme is still the DOI; anything else is left out by the schema.
    doi: one('citation_doi').replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, ''),
  });
}

/**
 * "Surname, Given Names" → "Surname GN" (the order is certain); a name without a comma is kept as
 * written, since which word is the surname would be a guess.
 */
function vancouver(author: string): string {
  const comma = /^([^,]+),\s*(.+)$/.exec(author);
  if (!comma) return author;
  const initials = [...comma[2]!.matchAll(/\p{Lu}/gu)].map((m) => m[0]).join('');
  return initials === '' ? author : `${comma[1]!.trim()} ${initials}`;
}

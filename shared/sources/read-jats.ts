// JATS XML, as PubMed Central and open-access journals publish articles: the title, abstract, body
// sections and back matter as parts, and the citation offered for the case's details.
import { DomUtils } from 'htmlparser2';
import type { Citation } from '../model/case';
import { fail, ok, type Result } from '../model/result';
import type { TextPiece } from './assemble';
import { checkedCitation, type ReadMarkup } from './offered-citation';
import { inlineText, parseMarkup, sectionsOf, isElement, type Element, type MarkupRules } from './markup-tree';
import { normaliseText } from './normalise';

/** JATS 1.3's inline (phrase-level) elements: they run inside a paragraph. */
const INLINE = new Set([
  'italic',
  'bold',
  'sup',
  'sub',
  'sc',
  'underline',
  'overline',
  'monospace',
  'roman',
  'sans-serif',
  'strike',
  'ruby',
  'xref',
  'ext-link',
  'uri',
  'email',
  'named-content',
  'styled-content',
  'inline-formula',
  'abbrev',
  'break',
  'hr',
  'fn-ref',
  'inline-supplementary-material',
  'target',
  'mml:math',
  'math',
  'private-char',
  'glyph-data',
  'glyph-ref',
  'chem-struct',
  'phone',
  'fax',
]);

/** Not words of the article: identifiers, pictures, TeX twins of formulas, and section numbers (the title says it). */
const SKIPPED = new Set([
  'object-id',
  'graphic',
  'inline-graphic',
  'media',
  'tex-math',
  'alt-text',
  'long-desc',
  'permissions',
  'processing-meta',
  'custom-meta-group',
  'pub-id',
]);

/** Titled containers and what to call them where the file gives no title. */
const SECTION_NAMES: Readonly<Record<string, string>> = {
  sec: '',
  abstract: 'Abstract',
  ack: 'Acknowledgements',
  'ref-list': 'References',
  app: 'Appendix',
  'fn-group': 'Notes',
  glossary: 'Abbreviations',
  bio: 'About the authors',
};

const CITATIONS = new Set(['mixed-citation', 'element-citation', 'citation', 'nlm-citation']);

const name = (element: Element) => element.name.toLowerCase();
const childrenNamed = (element: Element | undefined, tag: string) =>
  element?.children.filter(isElement).filter((child) => name(child) === tag) ?? [];
const firstChild = (element: Element | undefined, tag: string) => childrenNamed(element, tag)[0];
const descendant = (element: Element | undefined, tag: string) =>
  element ? (DomUtils.findOne((el) => name(el) === tag, element.children) ?? undefined) : undefined;

const rules: MarkupRules = {
  skip: (element) => SKIPPED.has(name(element)) || (name(element) === 'label' && isSectionNumber(element)),
  isInline: (element) => INLINE.has(name(element)),
  section(element) {
    const tag = name(element);
    const parent = element.parent && isElement(element.parent) ? element.parent : undefined;
    if (tag === 'title' && parent && SECTION_NAMES[name(parent)] !== undefined) {
      const label = inlineText(element, rules);
      return label === '' ? undefined : { label, heading: true };
    }
    const fallback = SECTION_NAMES[tag];
    if (fallback && firstChild(element, 'title') === undefined) return { label: fallback, heading: false };
    return undefined;
  },
  spacesBetweenChildren: (element) =>
    CITATIONS.has(name(element)) || ['person-group', 'name', 'string-name'].includes(name(element)),
};

/** A section's number (`<sec><label>2.</label><title>…`): the part is known by its title. */
function isSectionNumber(label: Element): boolean {
  return label.parent !== null && isElement(label.parent) && name(label.parent) === 'sec';
}

export function readJats(text: string, fileName: string): Result<ReadMarkup> {
  const root = parseMarkup(text, true)[0];
  const article = root && name(root) === 'article' ? root : descendant(root, 'article');
  if (!article)
    return fail({ where: fileName, message: `${fileName} has no <article> element: it is not a JATS article` });
  const front = firstChild(article, 'front');
  const meta = firstChild(front, 'article-meta');
  const titleElement = descendant(firstChild(meta, 'title-group'), 'article-title');
  const title = titleElement ? inlineText(titleElement, rules) : '';
  const pieces: TextPiece[] = [];
  if (title !== '') pieces.push({ label: 'Title', text: normaliseText(title) });
  // Translated abstracts and graphical ones are not the article's words in its language.
  const abstracts = childrenNamed(meta, 'abstract').filter(
    (a) => !['graphical', 'teaser'].includes(a.attribs['abstract-type'] ?? ''),
  );
  pieces.push(
    ...sectionsOf([...abstracts, ...childrenNamed(article, 'body'), ...childrenNamed(article, 'back')], rules),
  );
  return ok({ pieces, offeredCitation: citationOf(article, meta, title) });
}

/** Only what the file says, each field checked as the case's own schema checks it; a field that fails is left out. */
function citationOf(article: Element, meta: Element | undefined, title: string): Partial<Citation> {
  const text = (element: Element | undefined) => (element ? normaliseText(inlineText(element, rules)) : '');
  const journalMeta = firstChild(firstChild(article, 'front'), 'journal-meta');
  const journal =
    text(descendant(journalMeta, 'journal-title')) || text(descendant(journalMeta, 'abbrev-journal-title'));
  const fpage = text(firstChild(meta, 'fpage'));
  const lpage = text(firstChild(meta, 'lpage'));
  const pages =
    fpage !== ''
      ? lpage !== '' && lpage !== fpage
        ? `${fpage}-${lpage}`
        : fpage
      : text(firstChild(meta, 'elocation-id'));
  const doi = childrenNamed(meta, 'article-id').find((id) => id.attribs['pub-id-type'] === 'doi');
  const year = Number(text(firstChild(publicationDate(meta), 'year')));
  return checkedCitation({
    title: normaliseText(title),
    authors: authorsOf(meta),
    journal,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    volume: text(firstChild(meta, 'volume')),
    issue: text(firstChild(meta, 'issue')),
    pages,
    doi: text(doi),
  });
}

/** The issue's date where there is one (a citation's year is its issue's), then the online one, then any. */
function publicationDate(meta: Element | undefined): Element | undefined {
  const dates = childrenNamed(meta, 'pub-date');
  const type = (d: Element) => d.attribs['pub-type'] ?? d.attribs['date-type'] ?? '';
  const format = (d: Element) => d.attribs['publication-format'] ?? '';
  return (
    dates.find((d) => ['ppub', 'collection'].includes(type(d)) || (type(d) === 'pub' && format(d) === 'print')) ??
    dates.find((d) => ['epub', 'pub'].includes(type(d))) ??
    dates[0]
  );
}

/** "Surname AB", as the case details ask for authors (Vancouver style); a group author by its name. */
function authorsOf(meta: Element | undefined): string[] {
  const contribs = DomUtils.findAll(
    (el) => name(el) === 'contrib' && (el.attribs['contrib-type'] ?? 'author') === 'author',
    meta ? meta.children : [],
  );
  return contribs.flatMap((contrib) => {
    const person = firstChild(contrib, 'name') ?? descendant(contrib, 'name');
    if (person) {
      const surname = normaliseText(inlineText(firstChild(person, 'surname') ?? person, rules));
      const given = firstChild(person, 'given-names');
      const initials = given ? (given.attribs.initials ?? initialsOf(inlineText(given, rules))) : '';
      return [initials === '' ? surname : `${surname} ${initials}`];
    }
    const other = firstChild(contrib, 'collab') ?? firstChild(contrib, 'string-name');
    const words = other ? normaliseText(inlineText(other, rules)) : '';
    return words === '' ? [] : [words];
  });
}

/** "Andrew L." → "AL", "Jean-Luc" → "JL". */
function initialsOf(given: string): string {
  return [...given.matchAll(/\p{Lu}/gu)].map((m) => m[0]).join('') || given.slice(0, 1).toUpperCase();
}

// Specification of reading JATS XML and HTML as data: sections as parts, the citation offered field
// by field, declarations refused, and nothing in the file ever run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../model/result';
import { readText } from './read-source';
import type { SourceDocument } from './source-document';

const sample = readFileSync(path.join(import.meta.dirname, 'fixtures', 'sample-article.xml'), 'utf8');

function value(result: Result<SourceDocument>): SourceDocument {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value;
}

const sections = (document: SourceDocument) =>
  document.parts.map((part) => [part.label, document.text.slice(part.start, part.end)]);

describe('JATS', () => {
  it('keeps the title, abstract, sections, nested sections and back matter as parts, paragraphs apart by a blank line', async () => {
    const document = value(await readText(sample, 'article.xml'));
    expect(document.kind).toBe('jats');
    expect(sections(document)).toEqual([
      ['Title', 'A made-up anti-SRP myopathy treated with IVIG'],
      ['Abstract', 'A woman of 61 had weakness for 3 months and a CK of 4210\u00A0U/L.'],
      [
        'Case presentation',
        'Case presentation\n\nShe had proximal weakness; CK was 4210 U/L and ALT 80\u00A0U/L.1\n\n' +
          'Platelets were 250 ×10⁹/L & anti-SRP was positive.\n\nTable 1\n\nLaboratory values\n\n' +
          'Analyte\tDay 1\nCK (U/L)\t4210',
      ],
      ['Treatment', 'Treatment\n\nIVIG 2 g/kg was given\nover 5 days.'],
      ['Discussion', 'Discussion\n\nAnti-SRP myopathy responds to IVIG & steroids.'],
      ['Acknowledgements', 'We thank nobody in particular.'],
      ['References', 'Doe J A test article Test J 2020'],
    ]);
  });

  it('leaves out the graphical abstract, graphics, the permissions and section numbers', async () => {
    const { text } = value(await readText(sample, 'article.xml'));
    expect(text).not.toContain('Not read');
    expect(text).not.toContain('fig1');
    expect(text).not.toContain('Made up for tests');
    expect(text).not.toContain('1.\n');
  });

  it('offers the citation: title, authors as "Surname AB", journal, the issue’s year, volume, issue, e-location, DOI', async () => {
    expect(value(await readText(sample, 'article.xml')).offeredCitation).toEqual({
      title: 'A made-up anti-SRP myopathy treated with IVIG',
      authors: ['Example AL', 'Sample JP', 'The Test Myositis Group'],
      journal: 'Test Reports in Rheumatology',
      year: 2024,
      volume: '63',
      issue: '2',
      pages: 'e53',
      doi: '10.5555/test.2024.0042',
    });
  });

  it('offers first and last page as pages, and leaves out what the file does not say or the case would refuse', async () => {
    const article = sample
      .replace('<elocation-id>e53</elocation-id>', '<fpage>87</fpage><lpage>99</lpage>')
      .replace(/<pub-date[\s\S]*?<\/pub-date>/g, '')
      .replace(/<volume>63<\/volume>/, '')
      .replace('10.5555/test.2024.0042', 'not a doi');
    const citation = value(await readText(article, 'article.xml')).offeredCitation;
    expect(citation?.pages).toBe('87-99');
    expect(citation).not.toHaveProperty('year');
    expect(citation).not.toHaveProperty('volume');
    expect(citation).not.toHaveProperty('doi');
  });

  it('finds the root after a stylesheet instruction and comments', async () => {
    const styled = sample.replace(
      '<!DOCTYPE',
      '<?xml-stylesheet type="text/xsl" href="jats.xsl"?>\n<!-- saved -->\n<!DOCTYPE',
    );
    expect(value(await readText(styled, 'article.xml')).kind).toBe('jats');
  });

  it('reads PubMed Central’s <pmc-articleset> wrapper', async () => {
    const wrapped = sample
      .replace(/<article /, '<pmc-articleset><article ')
      .replace('</article>', '</article></pmc-articleset>');
    expect(value(await readText(wrapped, 'pmc.xml')).offeredCitation?.doi).toBe('10.5555/test.2024.0042');
  });

  it('refuses entity declarations (external entities, "billion laughs")', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/passwd">]><article><body><p>&x;</p></body></article>';
    const result = await readText(xxe, 'xxe.xml');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          where: 'xxe.xml',
          message: expect.stringMatching(/^xxe\.xml declares entities \(<!ENTITY …>\), which are refused/),
        },
      ],
    });
  });

  it('refuses a DOCTYPE with declarations of its own', async () => {
    const subset = '<!DOCTYPE article [ <!ELEMENT article ANY> ]><article><body><p>x</p></body></article>';
    const result = await readText(subset, 'subset.xml');
    expect(result.ok || result.problems[0]!.message).toMatch(
      /^subset\.xml has a document type declaration with declarations of its own/,
    );
  });

  it('expands only XML’s own entities and numeric references; any other stays as written', async () => {
    const article = '<article><body><p>&lt;5 &amp; &#xB5;g &#956; &nbsp; &unknown;</p></body></article>';
    expect(value(await readText(article, 'a.xml')).text).toBe('<5 & µg μ &nbsp; &unknown;');
  });

  it('refuses an article with no paragraphs', async () => {
    const result = await readText('<article><front/></article>', 'empty.xml');
    expect(result.ok || result.problems[0]!.message).toBe(
      'empty.xml has no article text (no paragraphs were found in it)',
    );
  });
});

describe('HTML', () => {
  const page = `<!DOCTYPE html>
<html><head>
  <title>Journal page</title>
  <meta name="citation_title" content="A made-up anti-SRP myopathy">
  <meta name="citation_author" content="Example, Ada Lou">
  <meta name="citation_author" content="Jean Sample">
  <meta name="citation_journal_title" content="Test Reports in Rheumatology">
  <meta name="citation_publication_date" content="2024/02/01">
  <meta name="citation_volume" content="63"><meta name="citation_issue" content="2">
  <meta name="citation_firstpage" content="87"><meta name="citation_lastpage" content="99">
  <meta name="citation_doi" content="https://doi.org/10.5555/test.2024.0042">
  <script>window.stolen = document.cookie</script><style>p { color: red }</style>
</head><body>
  <header>Journal header: sign in</header><nav><a href="/">Home</a></nav>
  <article>
    <h1>A made-up <em>anti-SRP</em> myopathy</h1>
    <p>CK was 4210&nbsp;U/L and platelets 250 ×10<sup>9</sup>/L.<script>alert(1)</script></p>
    <h2>Case presentation</h2>
    <p>She had   proximal
       weakness.<br>IVIG was given.</p>
    <table><tr><th>Analyte</th><th>Day 1</th></tr><tr><td>CK</td><td>4210</td></tr></table>
    <img src="x" onerror="alert(1)" alt="a picture">
  </article>
  <aside>Related articles</aside><footer>© Journal</footer>
</body></html>`;

  it('reads the article’s text only, headings as parts, nothing from scripts, styles, navigation or furniture', async () => {
    const document = value(await readText(page, 'article.html'));
    expect(document.kind).toBe('html');
    expect(sections(document)).toEqual([
      ['A made-up anti-SRP myopathy', 'A made-up anti-SRP myopathy\n\nCK was 4210\u00A0U/L and platelets 250 ×10⁹/L.'],
      [
        'Case presentation',
        'Case presentation\n\nShe had proximal weakness.\nIVIG was given.\n\nAnalyte\tDay 1\nCK\t4210',
      ],
    ]);
    expect(document.text).not.toMatch(/alert|cookie|color|sign in|Home|Related|©|picture/);
  });

  it('offers the citation from the citation_* meta tags', async () => {
    expect(value(await readText(page, 'article.html')).offeredCitation).toEqual({
      title: 'A made-up anti-SRP myopathy',
      authors: ['Example AL', 'Jean Sample'],
      journal: 'Test Reports in Rheumatology',
      year: 2024,
      volume: '63',
      issue: '2',
      pages: '87-99',
      doi: '10.5555/test.2024.0042',
    });
  });

  it('falls back to <main>, then the body, and offers no citation where the page has no meta tags', async () => {
    const main = value(
      await readText('<html><body><nav>Menu</nav><main><p>CK 4210</p></main><p>Other</p></body></html>', 'a.html'),
    );
    expect(main.text).toBe('CK 4210');
    expect(main).not.toHaveProperty('offeredCitation');
    expect(value(await readText('<html><body><p>CK</p><p>ALT</p></body></html>', 'b.html')).text).toBe('CK\n\nALT');
  });

  it('refuses entity declarations in HTML as in XML', async () => {
    const result = await readText('<!DOCTYPE html [<!ENTITY a "b">]><html><body><p>&a;</p></body></html>', 'x.html');
    expect(result.ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readingText } from '../suggest-facts';
import { findTreatments } from './find-treatments';

const treatments = (text: string) =>
  findTreatments(readingText(text)).map((e) => ({
    words: text.slice(e.start, e.end),
    ...e.row,
    guessed: e.guessed,
    confidence: e.confidence,
  }));

describe('findTreatments: a drug with its dose', () => {
  it.each([
    ['She was given ocrelizumab 600 mg i.v.', 'Ocrelizumab', { value: 600, unit: 'mg', route: 'i.v.' }],
    [
      'He took oral prednisolone 40 mg/day.',
      'Prednisolone',
      { value: 40, unit: 'mg', route: 'oral', frequency: 'daily' },
    ],
    ['She received Rituxan 375 mg/m2 weekly.', 'Rituximab', { value: 375, unit: 'mg/m2', frequency: 'weekly' }],
    [
      'He was started on Kesimpta 20 mg s.c. every 4 weeks.',
      'Ofatumumab',
      { value: 20, unit: 'mg', route: 's.c.', frequency: 'every 4 weeks' },
    ],
    ['Solu-Medrol 1,000 mg i.v. was given.', 'Methylprednisolone', { value: 1000, unit: 'mg', route: 'i.v.' }],
    ['She received IVIG 2 g/kg.', 'Intravenous immunoglobulin (IVIG)', { value: 2, unit: 'g/kg' }],
    [
      'He received 0.4 g/kg/day of intravenous immunoglobulin.',
      'Intravenous immunoglobulin (IVIG)',
      { value: 0.4, unit: 'g/kg', frequency: 'daily', route: 'i.v.' },
    ],
    [
      'She was given methotrexate 15 mg weekly p.o.',
      'Methotrexate',
      { value: 15, unit: 'mg', frequency: 'weekly', route: 'oral' },
    ],
    [
      'Mycophenolate mofetil (MMF) 1 g twice daily was added.',
      'Mycophenolate',
      { value: 1, unit: 'g', frequency: 'twice daily' },
    ],
    ['Prednisone was started at 60 mg daily.', 'Prednisone', { value: 60, unit: 'mg', frequency: 'daily' }],
    ['Deflazacort, which was gradually tapered to 6 mg, helped.', 'Deflazacort', { value: 6, unit: 'mg' }],
    ['She received efgartigimod 10 mg/kg intravenously.', 'Efgartigimod', { value: 10, unit: 'mg/kg', route: 'i.v.' }],
  ])('reads "%s"', (text, label, dose) => {
    expect(treatments(text)).toEqual([expect.objectContaining({ kind: 'treatment', label, dose })]);
  });

  it('takes the route said once for the clause: "… were given orally"', () => {
    const found = treatments('Prednisolone 30 mg/day and ciclosporin 100 mg/day were given orally.');
    expect(found.map((f) => [f.label, f.dose?.route])).toEqual([
      ['Prednisolone', 'oral'],
      ['Ciclosporin', 'oral'],
    ]);
  });

  it('reads "N g of drug twice, two weeks apart" as two doses two weeks apart', () => {
    expect(treatments('He received 1 g of rituximab twice, two weeks apart.')[0]).toMatchObject({
      label: 'Rituximab',
      dose: { value: 1, unit: 'g', frequency: 'every 2 weeks' },
      duration: { value: 2, unit: 'doses' },
    });
  });

  it('carries the drug across a taper list, one event per step named by its dose, each with its course', () => {
    const found = treatments('She was treated with dexamethasone 20 mg 4 days, 10 mg 4 days, then 5 mg 4 days.');
    expect(found.map((f) => [f.label, f.dose?.value, f.duration])).toEqual([
      ['Dexamethasone 20 mg', 20, { value: 4, unit: 'days' }],
      ['Dexamethasone 10 mg', 10, { value: 4, unit: 'days' }],
      ['Dexamethasone 5 mg', 5, { value: 4, unit: 'days' }],
    ]);
    // a dose a day for the days given is read, not written: it says so
    expect(found[0]?.dose?.frequency).toBe('daily');
    expect(found[0]?.guessed).toContain('dose.frequency');
  });

  it('names a single dose by its drug alone, and two drugs in one list each by its own', () => {
    expect(treatments('Prednisone 60 mg/day and tacrolimus 3 mg/day were given.').map((f) => f.label)).toEqual([
      'Prednisone',
      'Tacrolimus',
    ]);
  });

  it('counts doses: "(0.4 g/kg ×5)", "5 infusions", "for 10 days"', () => {
    expect(treatments('IVIG 2 g/kg was given over 5 days.')[0]).toMatchObject({ duration: { value: 5, unit: 'days' } });
    expect(treatments('She had IVIG infusions (25 g ×5).')[0]).toMatchObject({
      duration: { value: 5, unit: 'doses' },
      dose: { route: 'i.v.' },
    });
    expect(treatments('He took azathioprine 50 mg daily for 10 days.')[0]).toMatchObject({
      dose: { value: 50, unit: 'mg', frequency: 'daily' },
      duration: { value: 10, unit: 'days' },
    });
  });

  it('reads a written stop date as the end, and none from a course length or a relative stop', () => {
    expect(treatments('She took hydroxychloroquine 200 mg daily until March 2021.')[0]?.end).toEqual({
      date: '2021-03',
      approximate: false,
    });
    expect(treatments('Azathioprine 100 mg daily was discontinued on 4 May 2020.')[0]?.end?.date).toBe('2020-05-04');
    expect(treatments('Azathioprine 100 mg daily was stopped after 6 months.')[0]?.end).toBeUndefined();
    expect(treatments('He took tacrolimus 2 mg daily for 10 days until 3 May 2020.')[0]?.end).toBeUndefined();
  });

  it('labels repeated single doses "<Drug> dose N"', () => {
    const found = treatments(
      'She received eculizumab 900 mg i.v. in May. In June she had a second i.v. eculizumab infusion of 900 mg. A third infusion of eculizumab 900 mg followed.',
    );
    expect(found.map((f) => [f.label, f.dose?.route])).toEqual([
      ['Eculizumab dose 1', 'i.v.'],
      ['Eculizumab dose 2', 'i.v.'],
      ['Eculizumab dose 3', undefined],
    ]);
  });

  it('reads "… and repeated two weeks later" as a second dose of the same amount', () => {
    const found = treatments('Rituximab 1 g was infused on 2 March 2021 and repeated two weeks later.');
    expect(found.map((f) => [f.label, f.dose?.value, f.words.endsWith('later')])).toEqual([
      ['Rituximab dose 1', 1, false],
      ['Rituximab dose 2', 1, true],
    ]);
  });

  it('proposes an unknown word before a dose as an unknown drug, less sure', () => {
    const [found] = treatments('She was randomised to XYZ-123 40 mg daily.');
    expect(found).toMatchObject({ label: 'XYZ-123', dose: { value: 40, unit: 'mg', frequency: 'daily' } });
    expect(found?.confidence).toBeLessThan(0.5);
  });

  it.each([
    ['CK was 1620 U/l on admission.'],
    ['Her albumin was 32 g/l and glucose 5.1 mmol/l.'],
    ['Rituximab is usually given at 375 mg/m2 weekly.'],
    ['The recommended dose of prednisone is 1 mg/kg.'],
    ['She lost 5 kg in a month.'],
    ['A 40-fold rise in CK was seen.'],
    ['She had a total of 20 mg.'],
  ])('finds no dosed treatment in "%s"', (text) => {
    expect(treatments(text).filter((t) => t.dose?.value !== undefined)).toEqual([]);
  });

  it('reads no drug in the reference list', () => {
    expect(treatments('She improved.\n\nReferences\n\n1. Rituximab 375 mg/m2 in myositis. J Med 2019.')).toEqual([]);
  });
});

describe('findTreatments: other dated events', () => {
  it('finds the admission', () => {
    expect(treatments('A 50-year-old man was admitted to the neurology department on 2 May 2020.')).toEqual([
      expect.objectContaining({
        kind: 'admission',
        label: 'Hospital admission',
        words: 'was admitted to the neurology department',
      }),
    ]);
  });

  it('finds one vaccination per dose, each reaching its own date', () => {
    const found = treatments(
      'He had received two doses of the influenza vaccine by injection (in October 2019 and in November 2019).',
    );
    expect(found.map((f) => [f.kind, f.label, f.dose?.route, f.words.endsWith('2019')])).toEqual([
      ['vaccination', 'Influenza vaccine dose 1', 'injection', true],
      ['vaccination', 'Influenza vaccine dose 2', 'injection', true],
    ]);
    expect(found[1]!.words.length).toBeGreaterThan(found[0]!.words.length);
  });

  it('numbers a vaccine dose the words number, and keeps the case of "mRNA"', () => {
    expect(treatments('He had received the second dose of an mRNA SARS-CoV-2 vaccine in May 2021.')).toEqual([
      expect.objectContaining({ kind: 'vaccination', label: 'mRNA SARS-CoV-2 vaccine dose 2' }),
    ]);
  });

  it.each([
    ['A deltoid muscle biopsy was performed.', 'Deltoid muscle biopsy'],
    ['The patient’s skin biopsy showed vasculitis.', 'Skin biopsy'],
    ['Her cardiac MRI showed oedema.', 'Cardiac MRI'],
    ['Needle electromyography showed fibrillations.', 'Needle electromyography'],
  ])('finds the procedure in "%s"', (text, label) => {
    expect(treatments(text).filter((f) => f.kind === 'procedure')).toEqual([expect.objectContaining({ label })]);
  });

  it('finds drugs the patient took without a dose, less sure, and none in a general statement', () => {
    const found = treatments('She had previously received HCQ and leflunomide.');
    expect(found.map((f) => [f.label, f.dose, f.confidence])).toEqual([
      ['Hydroxychloroquine (HCQ)', undefined, 0.4],
      ['Leflunomide', undefined, 0.4],
    ]);
    expect(treatments('Rituximab may be added in refractory disease.')).toEqual([]);
  });
});

describe('findTreatments on hostile text', () => {
  it.each([
    [''],
    ['mg mg mg 0 mg -5 mg 1e309 mg'],
    ['99999999999999999999 mg of rituximab'],
    ['\u0000\uFFFF\uD800 prednisone 5 mg'],
    ['(' + 'methotrexate 7.5 mg, '.repeat(2000) + ')'],
    ['on 31 February 2021 she got drugX 5 mg.'],
  ])('never throws: %#', (text) => {
    expect(() => treatments(text)).not.toThrow();
  });
});

describe('findTreatments on hostile text', () => {
  it.each([
    [''],
    ['mg mg mg 0 mg -5 mg 1e309 mg'],
    ['99999999999999999999 mg of rituximab'],
    ['\u0000\uFFFF\uD800 prednisone 5 mg'],
    ['(' + 'methotrexate 7.5 mg, '.repeat(2000) + ')'],
    ['on 31 February 2021 she got drugX 5 mg.'],
  ])('never throws: %#', (text) => {
    expect(() => treatments(text)).not.toThrow();
  });
});

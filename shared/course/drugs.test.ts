import { describe, expect, it } from 'vitest';
import { drugNameOf, identifyDrug } from './drugs';

describe('drugNameOf', () => {
  it.each([
    ['Methylprednisolone 500 mg', 'Methylprednisolone'],
    ['Ofatumumab dose 1', 'Ofatumumab'],
    ['Tacrolimus (continued)', 'Tacrolimus'],
    ['IVIG course 3', 'IVIG'],
    ['Prednisolone step 2', 'Prednisolone'],
    ['Methotrexate review 12', 'Methotrexate'],
    ['Rituximab 375 mg/m2 weekly', 'Rituximab'],
    ['Cyclophosphamide pulse #4', 'Cyclophosphamide'],
    ['Azathioprine (AZA)', 'Azathioprine (AZA)'],
    ['Plasma exchange ×5', 'Plasma exchange'],
    ['zilucoplan 0.3 mg/kg', 'Zilucoplan'],
    ['Ofatumumab 2nd dose', 'Ofatumumab'],
    ['Eculizumab infusion 2 continued', 'Eculizumab'],
  ])('reads "%s" as %s', (label, drug) => {
    expect(drugNameOf(label)).toBe(drug);
  });

  it('keeps a label that is nothing but a qualifier rather than returning nothing', () => {
    expect(drugNameOf('Dose 1')).toBe('Dose 1');
  });
});

describe('identifyDrug', () => {
  it('finds known drugs anywhere in the label, with their class', () => {
    expect(identifyDrug('Methylprednisolone 500 mg')).toMatchObject({
      key: 'methylprednisolone',
      name: 'Methylprednisolone',
      drugClass: { key: 'glucocorticoids' },
    });
    expect(identifyDrug('Prednisone').drugClass?.name).toBe('Glucocorticoids');
    expect(identifyDrug('Intravenous immunoglobulin (IVIG)').name).toBe('IVIG');
    expect(identifyDrug('IVIG course 2').key).toBe(identifyDrug('Intravenous immunoglobulin (IVIG)').key);
    expect(identifyDrug('Gammaglobulin infusion').name).toBe('IVIG');
    expect(identifyDrug('Ofatumumab dose 3').drugClass?.name).toBe('Anti-CD20 antibodies');
    expect(identifyDrug('Tacrolimus (FK506)').name).toBe('Tacrolimus');
    expect(identifyDrug('MMF 1 g twice daily').name).toBe('Mycophenolate');
  });

  it('takes the drug named first, and the longest spelling at one place', () => {
    expect(identifyDrug('Rituximab after prednisone taper').name).toBe('Rituximab');
    expect(identifyDrug('Mycophenolate mofetil').name).toBe('Mycophenolate');
    expect(identifyDrug('Intravenous methylprednisolone pulse').name).toBe('Methylprednisolone');
  });

  it('matches abbreviations with their case, and only as whole words', () => {
    expect(identifyDrug('PE session 3').name).toBe('Plasma exchange');
    expect(identifyDrug('Pembrolizumab 200 mg').name).toBe('Pembrolizumab');
    expect(identifyDrug('Pembrolizumab 200 mg').drugClass).toBeUndefined();
    expect(identifyDrug('Anti-thymocyte globulin (ATG)').name).toBe('Anti-thymocyte globulin (ATG)');
  });

  it('gives an unknown drug its own lane key, the same for each of its doses', () => {
    const first = identifyDrug('Sirolimus 2 mg daily');
    const second = identifyDrug('sirolimus course 2');
    expect(first).toEqual({ key: 'sirolimus', name: 'Sirolimus', drugClass: undefined });
    expect(second.key).toBe(first.key);
  });
});

// The drugs case reports name most, with their classes: one list for the course overview's lanes
// (../course/drugs.ts) and the suggestion engine's treatment finder (brands: ./brand-names.ts).

export interface DrugClass {
  key: string;
  name: string;
}

export const DRUG_CLASSES = {
  glucocorticoids: { key: 'glucocorticoids', name: 'Glucocorticoids' },
  antiCd20: { key: 'anti-cd20', name: 'Anti-CD20 antibodies' },
  calcineurin: { key: 'calcineurin-inhibitors', name: 'Calcineurin inhibitors' },
  antimetabolites: { key: 'antimetabolites', name: 'Antimetabolites' },
  alkylating: { key: 'alkylating-agents', name: 'Alkylating agents' },
  immunoglobulins: { key: 'immunoglobulins', name: 'Immunoglobulins' },
  apheresis: { key: 'apheresis', name: 'Plasma exchange' },
  jak: { key: 'jak-inhibitors', name: 'JAK inhibitors' },
  complement: { key: 'complement-inhibitors', name: 'Complement inhibitors' },
  fcrn: { key: 'fcrn-blockers', name: 'FcRn blockers' },
  cytokine: { key: 'cytokine-inhibitors', name: 'Cytokine inhibitors' },
  antimalarials: { key: 'antimalarials', name: 'Antimalarials' },
  statins: { key: 'statins', name: 'Statins' },
  antiIl: { key: 'interleukin-inhibitors', name: 'Interleukin inhibitors' },
  antiBlys: { key: 'blys-inhibitors', name: 'BLyS inhibitors' },
  costimulation: { key: 'costimulation-blockers', name: 'T-cell costimulation blockers' },
  antithrombotics: { key: 'antithrombotics', name: 'Anticoagulants and antiplatelets' },
  antibiotics: { key: 'antibiotics', name: 'Antibiotics' },
  antivirals: { key: 'antivirals', name: 'Antivirals' },
  analgesics: { key: 'analgesics', name: 'Analgesics and NSAIDs' },
  cardiovascular: { key: 'cardiovascular', name: 'Cardiovascular drugs' },
  antidiabetics: { key: 'antidiabetics', name: 'Antidiabetics' },
  cholinesterase: { key: 'cholinesterase-inhibitors', name: 'Cholinesterase inhibitors' },
  gastric: { key: 'acid-suppressants', name: 'Acid suppressants' },
  supplements: { key: 'supplements', name: 'Vitamins and supplements' },
} as const satisfies Record<string, DrugClass>;

export interface KnownDrug {
  /** How the lane is titled. */
  name: string;
  /** How a suggested treatment row names it, where the lane's short name is an abbreviation. */
  rowLabel?: string;
  /** Lower-case names and spellings, matched as whole words anywhere in a label. */
  names: string[];
  /** Abbreviations as clinicians write them, matched as whole words with their case. */
  abbreviations?: string[];
  drugClass: DrugClass;
}

const C = DRUG_CLASSES;

/**
 * Drugs that case reports of inflammatory myopathy and related autoimmune disease name most.
 * Not a formulary: a drug missing here still gets its own lane, titled from its label.
 */
export const KNOWN_DRUGS: readonly KnownDrug[] = [
  {
    name: 'Methylprednisolone',
    names: ['methylprednisolone'],
    abbreviations: ['MP', 'mPSL', 'IVMP'],
    drugClass: C.glucocorticoids,
  },
  {
    name: 'Prednisolone',
    names: ['prednisolone'],
    abbreviations: ['PSL'],
    drugClass: C.glucocorticoids,
  },
  {
    name: 'Prednisone',
    names: ['prednisone'],
    abbreviations: ['PDN'],
    drugClass: C.glucocorticoids,
  },
  {
    name: 'Dexamethasone',
    names: ['dexamethasone'],
    abbreviations: ['DXM'],
    drugClass: C.glucocorticoids,
  },
  {
    name: 'Hydrocortisone',
    names: ['hydrocortisone'],
    drugClass: C.glucocorticoids,
  },
  { name: 'Betamethasone', names: ['betamethasone'], drugClass: C.glucocorticoids },
  { name: 'Deflazacort', names: ['deflazacort'], drugClass: C.glucocorticoids },
  {
    name: 'Glucocorticoids',
    names: ['glucocorticoid', 'glucocorticoids', 'corticosteroid', 'corticosteroids', 'steroid', 'steroids'],
    drugClass: C.glucocorticoids,
  },
  {
    name: 'Rituximab',
    names: ['rituximab'],
    abbreviations: ['RTX'],
    drugClass: C.antiCd20,
  },
  { name: 'Ofatumumab', names: ['ofatumumab'], drugClass: C.antiCd20 },
  { name: 'Ocrelizumab', names: ['ocrelizumab'], drugClass: C.antiCd20 },
  { name: 'Obinutuzumab', names: ['obinutuzumab'], drugClass: C.antiCd20 },
  {
    name: 'Tacrolimus',
    names: ['tacrolimus', 'fk506', 'fk-506'],
    abbreviations: ['TAC', 'FK506'],
    drugClass: C.calcineurin,
  },
  {
    name: 'Ciclosporin',
    names: ['ciclosporin', 'cyclosporine', 'cyclosporin', 'cyclosporine a'],
    abbreviations: ['CsA', 'CSA'],
    drugClass: C.calcineurin,
  },
  {
    name: 'Azathioprine',
    names: ['azathioprine'],
    abbreviations: ['AZA'],
    drugClass: C.antimetabolites,
  },
  {
    name: 'Methotrexate',
    names: ['methotrexate'],
    abbreviations: ['MTX'],
    drugClass: C.antimetabolites,
  },
  {
    name: 'Mycophenolate',
    names: ['mycophenolate', 'mycophenolate mofetil', 'mycophenolic acid'],
    abbreviations: ['MMF'],
    drugClass: C.antimetabolites,
  },
  { name: 'Leflunomide', names: ['leflunomide'], drugClass: C.antimetabolites },
  {
    name: 'Cyclophosphamide',
    names: ['cyclophosphamide'],
    abbreviations: ['CYC', 'CTX'],
    drugClass: C.alkylating,
  },
  {
    name: 'IVIG',
    rowLabel: 'Intravenous immunoglobulin (IVIG)',
    names: [
      'intravenous immunoglobulin',
      'intravenous immunoglobulins',
      'intravenous immune globulin',
      'immunoglobulin',
      'immune globulin',
      'gammaglobulin',
      'gamma globulin',
      'ivig',
    ],
    abbreviations: ['IVIG', 'IVIg', 'IgIV'],
    drugClass: C.immunoglobulins,
  },
  {
    name: 'SCIG',
    rowLabel: 'Subcutaneous immunoglobulin (SCIG)',
    names: ['subcutaneous immunoglobulin'],
    abbreviations: ['SCIG', 'SCIg'],
    drugClass: C.immunoglobulins,
  },
  {
    name: 'Plasma exchange',
    names: ['plasma exchange', 'plasmapheresis', 'therapeutic plasma exchange'],
    abbreviations: ['PLEX', 'PE', 'TPE'],
    drugClass: C.apheresis,
  },
  { name: 'Tofacitinib', names: ['tofacitinib'], drugClass: C.jak },
  { name: 'Baricitinib', names: ['baricitinib'], drugClass: C.jak },
  { name: 'Ruxolitinib', names: ['ruxolitinib'], drugClass: C.jak },
  { name: 'Upadacitinib', names: ['upadacitinib'], drugClass: C.jak },
  { name: 'Eculizumab', names: ['eculizumab'], drugClass: C.complement },
  { name: 'Ravulizumab', names: ['ravulizumab'], drugClass: C.complement },
  { name: 'Zilucoplan', names: ['zilucoplan'], drugClass: C.complement },
  { name: 'Efgartigimod', names: ['efgartigimod'], drugClass: C.fcrn },
  { name: 'Rozanolixizumab', names: ['rozanolixizumab'], drugClass: C.fcrn },
  { name: 'Tocilizumab', names: ['tocilizumab'], drugClass: C.cytokine },
  { name: 'Infliximab', names: ['infliximab'], drugClass: C.cytokine },
  { name: 'Adalimumab', names: ['adalimumab'], drugClass: C.cytokine },
  { name: 'Etanercept', names: ['etanercept'], drugClass: C.cytokine },
  {
    name: 'Hydroxychloroquine',
    names: ['hydroxychloroquine'],
    abbreviations: ['HCQ'],
    drugClass: C.antimalarials,
  },
  { name: 'Atorvastatin', names: ['atorvastatin'], drugClass: C.statins },
  { name: 'Simvastatin', names: ['simvastatin'], drugClass: C.statins },
  { name: 'Rosuvastatin', names: ['rosuvastatin'], drugClass: C.statins },
  { name: 'Belimumab', names: ['belimumab'], drugClass: C.antiBlys },
  { name: 'Abatacept', names: ['abatacept'], drugClass: C.costimulation },
  { name: 'Anakinra', names: ['anakinra'], drugClass: C.antiIl },
  { name: 'Secukinumab', names: ['secukinumab'], drugClass: C.antiIl },
  { name: 'Ustekinumab', names: ['ustekinumab'], drugClass: C.antiIl },
  { name: 'Sulfasalazine', names: ['sulfasalazine', 'sulphasalazine'], drugClass: C.antimetabolites },
  { name: 'Colchicine', names: ['colchicine'], drugClass: C.analgesics },
  { name: 'Aspirin', names: ['aspirin', 'acetylsalicylic acid'], abbreviations: ['ASA'], drugClass: C.antithrombotics },
  { name: 'Clopidogrel', names: ['clopidogrel'], drugClass: C.antithrombotics },
  { name: 'Heparin', names: ['heparin', 'unfractionated heparin'], drugClass: C.antithrombotics },
  { name: 'Enoxaparin', names: ['enoxaparin'], drugClass: C.antithrombotics },
  { name: 'Warfarin', names: ['warfarin'], drugClass: C.antithrombotics },
  { name: 'Apixaban', names: ['apixaban'], drugClass: C.antithrombotics },
  { name: 'Rivaroxaban', names: ['rivaroxaban'], drugClass: C.antithrombotics },
  {
    name: 'Amoxicillin',
    names: ['amoxicillin', 'amoxicillin-clavulanate'],
    drugClass: C.antibiotics,
  },
  { name: 'Ceftriaxone', names: ['ceftriaxone'], drugClass: C.antibiotics },
  { name: 'Vancomycin', names: ['vancomycin'], drugClass: C.antibiotics },
  {
    name: 'Piperacillin-tazobactam',
    names: ['piperacillin-tazobactam', 'piperacillin/tazobactam'],
    drugClass: C.antibiotics,
  },
  { name: 'Meropenem', names: ['meropenem'], drugClass: C.antibiotics },
  { name: 'Levofloxacin', names: ['levofloxacin'], drugClass: C.antibiotics },
  { name: 'Doxycycline', names: ['doxycycline'], drugClass: C.antibiotics },
  { name: 'Azithromycin', names: ['azithromycin'], drugClass: C.antibiotics },
  {
    name: 'Trimethoprim-sulfamethoxazole',
    names: ['trimethoprim-sulfamethoxazole', 'trimethoprim/sulfamethoxazole', 'co-trimoxazole', 'cotrimoxazole'],
    abbreviations: ['TMP-SMX'],
    drugClass: C.antibiotics,
  },
  { name: 'Aciclovir', names: ['aciclovir', 'acyclovir'], drugClass: C.antivirals },
  { name: 'Valaciclovir', names: ['valaciclovir', 'valacyclovir'], drugClass: C.antivirals },
  { name: 'Ganciclovir', names: ['ganciclovir'], drugClass: C.antivirals },
  { name: 'Paracetamol', names: ['paracetamol', 'acetaminophen'], drugClass: C.analgesics },
  { name: 'Ibuprofen', names: ['ibuprofen'], drugClass: C.analgesics },
  { name: 'Naproxen', names: ['naproxen'], drugClass: C.analgesics },
  { name: 'Furosemide', names: ['furosemide', 'frusemide'], drugClass: C.cardiovascular },
  { name: 'Metoprolol', names: ['metoprolol'], drugClass: C.cardiovascular },
  { name: 'Bisoprolol', names: ['bisoprolol'], drugClass: C.cardiovascular },
  { name: 'Amlodipine', names: ['amlodipine'], drugClass: C.cardiovascular },
  { name: 'Lisinopril', names: ['lisinopril'], drugClass: C.cardiovascular },
  { name: 'Spironolactone', names: ['spironolactone'], drugClass: C.cardiovascular },
  {
    name: 'Sacubitril/valsartan',
    names: ['sacubitril/valsartan', 'sacubitril-valsartan'],
    drugClass: C.cardiovascular,
  },
  { name: 'Metformin', names: ['metformin'], drugClass: C.antidiabetics },
  { name: 'Insulin', names: ['insulin', 'insulin glargine'], drugClass: C.antidiabetics },
  { name: 'Pyridostigmine', names: ['pyridostigmine'], drugClass: C.cholinesterase },
  { name: 'Omeprazole', names: ['omeprazole'], drugClass: C.gastric },
  { name: 'Pantoprazole', names: ['pantoprazole'], drugClass: C.gastric },
  { name: 'Calcium', names: ['calcium carbonate'], drugClass: C.supplements },
  {
    name: 'Vitamin D',
    names: ['vitamin d', 'vitamin d3', 'cholecalciferol', 'calcitriol', 'alfacalcidol'],
    drugClass: C.supplements,
  },
  { name: 'Coenzyme Q10', names: ['coenzyme q10'], abbreviations: ['CoQ10'], drugClass: C.supplements },
];

// The drugs case reports name most, generic and brand, with their classes: one list for the course
// overview's lanes (../course/drugs.ts) and the suggestion engine's treatment finder.

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
  /** Lower-case names and spellings, matched as whole words anywhere in a label. */
  names: string[];
  /** Abbreviations as clinicians write them, matched as whole words with their case. */
  abbreviations?: string[];
  /** Brand names, matched like names (any case): "Rituxan", "Solu-Medrol". */
  brands?: string[];
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
    brands: ['Solu-Medrol', 'Medrol', 'Depo-Medrol', 'Urbason'],
    drugClass: C.glucocorticoids,
  },
  {
    name: 'Prednisolone',
    names: ['prednisolone'],
    abbreviations: ['PSL'],
    brands: ['Prelone', 'Millipred'],
    drugClass: C.glucocorticoids,
  },
  {
    name: 'Prednisone',
    names: ['prednisone'],
    abbreviations: ['PDN'],
    brands: ['Deltasone', 'Rayos'],
    drugClass: C.glucocorticoids,
  },
  {
    name: 'Dexamethasone',
    names: ['dexamethasone'],
    abbreviations: ['DXM'],
    brands: ['Decadron'],
    drugClass: C.glucocorticoids,
  },
  {
    name: 'Hydrocortisone',
    names: ['hydrocortisone'],
    brands: ['Solu-Cortef', 'Cortef'],
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
    brands: ['Rituxan', 'MabThera', 'Truxima', 'Ruxience'],
    drugClass: C.antiCd20,
  },
  { name: 'Ofatumumab', names: ['ofatumumab'], brands: ['Kesimpta', 'Arzerra'], drugClass: C.antiCd20 },
  { name: 'Ocrelizumab', names: ['ocrelizumab'], brands: ['Ocrevus'], drugClass: C.antiCd20 },
  { name: 'Obinutuzumab', names: ['obinutuzumab'], brands: ['Gazyva'], drugClass: C.antiCd20 },
  {
    name: 'Tacrolimus',
    names: ['tacrolimus', 'fk506', 'fk-506'],
    abbreviations: ['TAC', 'FK506'],
    brands: ['Prograf', 'Advagraf', 'Envarsus'],
    drugClass: C.calcineurin,
  },
  {
    name: 'Ciclosporin',
    names: ['ciclosporin', 'cyclosporine', 'cyclosporin', 'cyclosporine a'],
    abbreviations: ['CsA', 'CSA'],
    brands: ['Neoral', 'Sandimmune'],
    drugClass: C.calcineurin,
  },
  {
    name: 'Azathioprine',
    names: ['azathioprine'],
    abbreviations: ['AZA'],
    brands: ['Imuran'],
    drugClass: C.antimetabolites,
  },
  {
    name: 'Methotrexate',
    names: ['methotrexate'],
    abbreviations: ['MTX'],
    brands: ['Trexall', 'Otrexup', 'Rasuvo'],
    drugClass: C.antimetabolites,
  },
  {
    name: 'Mycophenolate',
    names: ['mycophenolate', 'mycophenolate mofetil', 'mycophenolic acid'],
    abbreviations: ['MMF'],
    brands: ['CellCept', 'Myfortic'],
    drugClass: C.antimetabolites,
  },
  { name: 'Leflunomide', names: ['leflunomide'], brands: ['Arava'], drugClass: C.antimetabolites },
  {
    name: 'Cyclophosphamide',
    names: ['cyclophosphamide'],
    abbreviations: ['CYC', 'CTX'],
    brands: ['Cytoxan', 'Endoxan'],
    drugClass: C.alkylating,
  },
  {
    name: 'IVIG',
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
    brands: ['Gammagard', 'Privigen', 'Octagam', 'Gamunex', 'Flebogamma', 'Kiovig', 'Panzyga'],
    drugClass: C.immunoglobulins,
  },
  {
    name: 'SCIG',
    names: ['subcutaneous immunoglobulin'],
    abbreviations: ['SCIG', 'SCIg'],
    brands: ['Hizentra', 'Cuvitru', 'HyQvia'],
    drugClass: C.immunoglobulins,
  },
  {
    name: 'Plasma exchange',
    names: ['plasma exchange', 'plasmapheresis', 'therapeutic plasma exchange'],
    abbreviations: ['PLEX', 'PE', 'TPE'],
    drugClass: C.apheresis,
  },
  { name: 'Tofacitinib', names: ['tofacitinib'], brands: ['Xeljanz'], drugClass: C.jak },
  { name: 'Baricitinib', names: ['baricitinib'], brands: ['Olumiant'], drugClass: C.jak },
  { name: 'Ruxolitinib', names: ['ruxolitinib'], brands: ['Jakafi', 'Jakavi'], drugClass: C.jak },
  { name: 'Upadacitinib', names: ['upadacitinib'], brands: ['Rinvoq'], drugClass: C.jak },
  { name: 'Eculizumab', names: ['eculizumab'], brands: ['Soliris'], drugClass: C.complement },
  { name: 'Ravulizumab', names: ['ravulizumab'], brands: ['Ultomiris'], drugClass: C.complement },
  { name: 'Zilucoplan', names: ['zilucoplan'], brands: ['Zilbrysq'], drugClass: C.complement },
  { name: 'Efgartigimod', names: ['efgartigimod'], brands: ['Vyvgart'], drugClass: C.fcrn },
  { name: 'Rozanolixizumab', names: ['rozanolixizumab'], brands: ['Rystiggo'], drugClass: C.fcrn },
  { name: 'Tocilizumab', names: ['tocilizumab'], brands: ['Actemra', 'RoActemra'], drugClass: C.cytokine },
  { name: 'Infliximab', names: ['infliximab'], brands: ['Remicade', 'Inflectra'], drugClass: C.cytokine },
  { name: 'Adalimumab', names: ['adalimumab'], brands: ['Humira'], drugClass: C.cytokine },
  { name: 'Etanercept', names: ['etanercept'], brands: ['Enbrel'], drugClass: C.cytokine },
  {
    name: 'Hydroxychloroquine',
    names: ['hydroxychloroquine'],
    abbreviations: ['HCQ'],
    brands: ['Plaquenil'],
    drugClass: C.antimalarials,
  },
  { name: 'Atorvastatin', names: ['atorvastatin'], brands: ['Lipitor'], drugClass: C.statins },
  { name: 'Simvastatin', names: ['simvastatin'], brands: ['Zocor'], drugClass: C.statins },
  { name: 'Rosuvastatin', names: ['rosuvastatin'], brands: ['Crestor'], drugClass: C.statins },
  { name: 'Belimumab', names: ['belimumab'], brands: ['Benlysta'], drugClass: C.antiBlys },
  { name: 'Abatacept', names: ['abatacept'], brands: ['Orencia'], drugClass: C.costimulation },
  { name: 'Anakinra', names: ['anakinra'], brands: ['Kineret'], drugClass: C.antiIl },
  { name: 'Secukinumab', names: ['secukinumab'], brands: ['Cosentyx'], drugClass: C.antiIl },
  { name: 'Ustekinumab', names: ['ustekinumab'], brands: ['Stelara'], drugClass: C.antiIl },
  { name: 'Sulfasalazine', names: ['sulfasalazine', 'sulphasalazine'], drugClass: C.antimetabolites },
  { name: 'Colchicine', names: ['colchicine'], drugClass: C.analgesics },
  { name: 'Aspirin', names: ['aspirin', 'acetylsalicylic acid'], abbreviations: ['ASA'], drugClass: C.antithrombotics },
  { name: 'Clopidogrel', names: ['clopidogrel'], brands: ['Plavix'], drugClass: C.antithrombotics },
  { name: 'Heparin', names: ['heparin', 'unfractionated heparin'], drugClass: C.antithrombotics },
  { name: 'Enoxaparin', names: ['enoxaparin'], brands: ['Lovenox', 'Clexane'], drugClass: C.antithrombotics },
  { name: 'Warfarin', names: ['warfarin'], brands: ['Coumadin'], drugClass: C.antithrombotics },
  { name: 'Apixaban', names: ['apixaban'], brands: ['Eliquis'], drugClass: C.antithrombotics },
  { name: 'Rivaroxaban', names: ['rivaroxaban'], brands: ['Xarelto'], drugClass: C.antithrombotics },
  {
    name: 'Amoxicillin',
    names: ['amoxicillin', 'amoxicillin-clavulanate'],
    brands: ['Augmentin'],
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
    brands: ['Bactrim'],
    drugClass: C.antibiotics,
  },
  { name: 'Aciclovir', names: ['aciclovir', 'acyclovir'], drugClass: C.antivirals },
  { name: 'Valaciclovir', names: ['valaciclovir', 'valacyclovir'], brands: ['Valtrex'], drugClass: C.antivirals },
  { name: 'Ganciclovir', names: ['ganciclovir'], drugClass: C.antivirals },
  { name: 'Paracetamol', names: ['paracetamol', 'acetaminophen'], brands: ['Tylenol'], drugClass: C.analgesics },
  { name: 'Ibuprofen', names: ['ibuprofen'], drugClass: C.analgesics },
  { name: 'Naproxen', names: ['naproxen'], drugClass: C.analgesics },
  { name: 'Furosemide', names: ['furosemide', 'frusemide'], brands: ['Lasix'], drugClass: C.cardiovascular },
  { name: 'Metoprolol', names: ['metoprolol'], drugClass: C.cardiovascular },
  { name: 'Bisoprolol', names: ['bisoprolol'], drugClass: C.cardiovascular },
  { name: 'Amlodipine', names: ['amlodipine'], drugClass: C.cardiovascular },
  { name: 'Lisinopril', names: ['lisinopril'], drugClass: C.cardiovascular },
  { name: 'Spironolactone', names: ['spironolactone'], drugClass: C.cardiovascular },
  {
    name: 'Sacubitril/valsartan',
    names: ['sacubitril/valsartan', 'sacubitril-valsartan'],
    brands: ['Entresto'],
    drugClass: C.cardiovascular,
  },
  { name: 'Metformin', names: ['metformin'], drugClass: C.antidiabetics },
  { name: 'Insulin', names: ['insulin', 'insulin glargine'], drugClass: C.antidiabetics },
  { name: 'Pyridostigmine', names: ['pyridostigmine'], brands: ['Mestinon'], drugClass: C.cholinesterase },
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

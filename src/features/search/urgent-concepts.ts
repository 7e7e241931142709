/**
 * The urgent ideas every language's vocabulary must cover (data/vocabularies/*.json, "urgent"),
 * each as the English words it becomes and the need those words call for in urgent-words.ts.
 * The list follows urgent-words.ts's cues: every kind of sign there has at least one idea here.
 * tests/unit/search-languages.unit.test.ts checks each language has them all, and that its words
 * for each really call for that need.
 */
import type { UrgentNeed } from './urgent-words';

export const URGENT_CONCEPTS: Readonly<Record<string, UrgentNeed>> = {
  fever: 'medical',
  'high temperature': 'medical',
  'not breathing': 'life',
  'struggling to breathe': 'life',
  unconscious: 'life',
  'wont wake': 'life',
  fits: 'life',
  choking: 'life',
  'rash not fading': 'life',
  'swallowed poison': 'life',
  'heavy bleeding': 'life',
  'blue lips': 'life',
  vomiting: 'medical',
  diarrhoea: 'medical',
  cough: 'medical',
  rash: 'medical',
  unwell: 'medical',
  burn: 'medical',
  'fell on head': 'medical',
  allergic: 'medical',
  'bleeding pregnant': 'pregnancy',
  'baby moving less': 'pregnancy',
  'waters broken': 'pregnancy',
  contractions: 'pregnancy',
  'pregnant pain': 'pregnancy',
};

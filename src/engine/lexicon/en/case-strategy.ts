import type { Lexicon } from '../types';

export const EN_CASE_STRATEGY: Lexicon = {
  lang: 'en',
  topic: 'case-strategy',
  entries: [],
};

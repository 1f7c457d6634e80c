import type { Lexicon } from '../types';

export const FR_CASE_STRATEGY: Lexicon = {
  lang: 'fr',
  topic: 'case-strategy',
  entries: [],
};

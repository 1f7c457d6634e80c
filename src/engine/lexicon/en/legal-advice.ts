import type { Lexicon } from '../types';

export const EN_LEGAL_ADVICE: Lexicon = {
  lang: 'en',
  topic: 'legal-advice',
  entries: [],
};

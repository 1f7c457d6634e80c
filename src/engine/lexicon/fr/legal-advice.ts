import type { Lexicon } from '../types';

export const FR_LEGAL_ADVICE: Lexicon = {
  lang: 'fr',
  topic: 'legal-advice',
  entries: [],
};

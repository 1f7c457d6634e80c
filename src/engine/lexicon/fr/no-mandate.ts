import type { Lexicon } from '../types';

export const FR_NO_MANDATE: Lexicon = {
  lang: 'fr',
  topic: 'no-mandate',
  entries: [],
};

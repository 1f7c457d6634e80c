import type { Lexicon } from '../types';

export const EN_NO_MANDATE: Lexicon = {
  lang: 'en',
  topic: 'no-mandate',
  entries: [],
};

import type { Lexicon } from '../types';

export const EN_HOSTILE_TONE: Lexicon = {
  lang: 'en',
  topic: 'hostile-tone',
  entries: [],
};

import type { Lexicon } from '../types';

export const FR_HOSTILE_TONE: Lexicon = {
  lang: 'fr',
  topic: 'hostile-tone',
  entries: [],
};

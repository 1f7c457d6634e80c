import type { Lexicon } from '../types';

export const FR_PERSONAL_DATA: Lexicon = {
  lang: 'fr',
  topic: 'personal-data',
  entries: [],
};

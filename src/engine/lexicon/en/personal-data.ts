import type { Lexicon } from '../types';

export const EN_PERSONAL_DATA: Lexicon = {
  lang: 'en',
  topic: 'personal-data',
  entries: [],
};

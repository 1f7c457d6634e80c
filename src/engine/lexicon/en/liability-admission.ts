import type { Lexicon } from '../types';

export const EN_LIABILITY_ADMISSION: Lexicon = {
  lang: 'en',
  topic: 'liability-admission',
  entries: [],
};

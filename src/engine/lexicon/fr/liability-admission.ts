import type { Lexicon } from '../types';

export const FR_LIABILITY_ADMISSION: Lexicon = {
  lang: 'fr',
  topic: 'liability-admission',
  entries: [],
};

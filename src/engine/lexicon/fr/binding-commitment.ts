import type { Lexicon } from '../types';

export const FR_BINDING_COMMITMENT: Lexicon = {
  lang: 'fr',
  topic: 'binding-commitment',
  entries: [],
};

import type { Lexicon } from '../types';

export const EN_BINDING_COMMITMENT: Lexicon = {
  lang: 'en',
  topic: 'binding-commitment',
  entries: [],
};

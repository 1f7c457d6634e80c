import type { Sentence } from '../rule';
import type { Hit } from '../types';

/** Code detectors for tone that a phrase list cannot express (shouting). */
export const TONE_DETECTORS: ReadonlyArray<(s: Sentence) => Hit[]> = [];

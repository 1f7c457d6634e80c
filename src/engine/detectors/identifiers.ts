import type { Sentence } from '../rule';
import type { Hit } from '../types';

/** Code detectors for identifiers a phrase list cannot validate (checksums, shapes). */
export const IDENTIFIER_DETECTORS: ReadonlyArray<(s: Sentence) => Hit[]> = [];

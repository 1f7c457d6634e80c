import type { Sentence } from '../rule';
import type { Hit } from '../types';
import { findAddresses, findEmails } from './id-contact';
import { findAvs, findCards, findIbans, findNir, findPartialCards, findPhones, findShortNumbers, findSocialNumbers, scanRuns } from './id-numbers';
import { findReferences } from './id-references';
import { Claims, toHits } from './id-text';

/**
 * Runs the identifier detectors from the most specific (checksums, fixed
 * shapes) to the loosest (phones, short numbers); a range taken by one is not
 * relabelled by the next.
 */
export function detectIdentifiers(s: Sentence): Hit[] {
  const f = s.folded.text;
  // Every identifier has a digit or an "@", except spelled e-mails and record locators typed in capitals.
  if (!/[0-9@]/.test(f) && !/[A-Z]{5}/.test(s.text) && !/\bat[)\]]/.test(f)) return [];
  const claims = new Claims();
  findEmails(f, claims);
  findAvs(f, claims);
  findNir(f, claims);
  findIbans(f, claims);
  const runs = scanRuns(f);
  findCards(f, runs, claims);
  findPartialCards(f, claims);
  findReferences(s, claims);
  findSocialNumbers(f, runs, claims);
  findAddresses(s, claims);
  findPhones(f, runs, claims);
  findShortNumbers(f, claims);
  return toHits(s, claims.all());
}

/** Code detectors for identifiers a phrase list cannot validate (checksums, shapes). */
export const IDENTIFIER_DETECTORS: ReadonlyArray<(s: Sentence) => Hit[]> = [detectIdentifiers];

/**
 * Order, booking, account, ticket and file numbers tied to a person: a code
 * right after its noun ("booking ZX41P", "ticket number 1-D8RX5QX",
 * "numéro de dossier 7731-A"). A code needs a digit, or to be typed in
 * capitals, so "your booking reference please" and "order number and" pass.
 */
import { AMOUNT_AFTER, Claims, CURRENCY_BEFORE, nextWord, original } from './id-text';
import type { Sentence } from '../rule';

const KEY_EN =
  "booking|reservation|order|account|acct|ticket|case|file|claim|policy|confirmation|conf|record locator|locator|pnr|tracking|invoice|membership|member|customer|client|matter|incident|request|service request|loyalty|frequent flyer|parcel|package|shipment|consignment|contract|subscriber|patient|transaction|refund|return|rma|reference|ref|passport|licence|license|driver's licence|driver's license|drivers licence|drivers license|driving licence|permit|health card|health insurance card|medicare|itinerary|voucher|warranty|serial|docket|student id|employee id";
const KEY_FR =
  "reservation|commande|dossier|compte|billet|ticket|facture|contrat|client|abonne|colis|suivi|sinistre|police|reference|ref|demande|requete|adherent|membre|plainte|envoi|expedition|transaction|remboursement|confirmation|passeport|permis|permis de conduire|carte d'assurance maladie|carte soleil|carte vitale|ramq|nam|carte de fidelite|sav|intervention|litige|affaire|rg";
/** Words between the noun and its code. */
const NOUN = "reference|ref|number|nr|no|num|numero|code|id|locator|n°|nº|#";
/** "numéro de dossier", "no de réservation", "n° client". */
const NUMERO = "numero|num|no|n°|nº|#";

const REF =
  new RegExp(
    `(?<![a-z0-9])(?:(?:${NUMERO}) (?:de |du |d'|de la )?(?:${KEY_FR})|(?:${KEY_EN}|${KEY_FR}))` +
      `(?:\\.? ?(?:${NOUN}))?\\.?(?: ?(?:is|was|will be|est|etait|sera|c'est|reste)(?: le| la| the)?)? ?[:#=]? ?` +
      `([a-z0-9][a-z0-9/-]{2,19})(?![a-z0-9])`,
    'g',
  );

/** Capitalised words that are shouting or politeness, not a code. */
const NOT_A_CODE = /^(?:PLEASE|ASAP|URGENT|TODAY|THANKS|THANK|MERCI|SVP|NOW|HERE|ONLY|AGAIN|STOP|NEVER|ALWAYS|HELP|NUMBER|NUMERO|REFERENCE|ORDER|BOOKING|ACCOUNT|TICKET|DETAILS|STATUS|UPDATE|PENDING|CLOSED|OPEN|CANCELLED|ANNULE|CONFIRMED|SENT|PAID)$/;

/** Ordinals, times, sizes and compounds that look like codes ("4th", "10am", "24h", "5g", "2e", "3-way"). */
const NOT_A_CODE_LOWER = /^(?:\d+-[a-z]{3,}|\d+(?:st|nd|rd|th|am|pm|h|hr|hrs|min|mins|k|m|x|e|er|ere|eme|g|gb|mb|go|mo|kg|km|cm|mm|ml|l|s|ans|yo|ish)|\d+h\d*|\d{1,2}-\d{1,2}(?:am|pm|h)?)$/;

/** Identity documents among the nouns: their numbers are national identifiers, not references. */
const IDENTITY = /^(?:passport|passeport|licence|license|driver|drivers|driving|permis|health|medicare|carte d'assurance|carte soleil|carte vitale|ramq|nam)/;

function isCode(code: string, typed: string, keywordTyped: string, f: string, end: number, hasNoun: boolean): boolean {
  const alnum = code.replace(/[/-]/g, '');
  // Dates and fractions ("12/04/2024", "3/4") are not codes.
  if (/^\d{1,4}\/\d{1,2}(?:\/\d{2,4})?$/.test(code)) return false;
  if (alnum.length < 4) return false;
  if (NOT_A_CODE_LOWER.test(code)) return false;
  // A spelled word inside the code ("BSD-2-Clause") makes it a name, not a reference.
  const typedParts = typed.split(/[/-]/);
  if (typedParts.some((p) => /^[a-zA-Z]{4,}$/.test(p) && p !== p.toUpperCase())) return false;
  const hasDigit = /\d/.test(code);
  const hasLetter = /[a-z]/.test(code);
  if (!hasDigit) {
    // Letters only: a record locator typed in capitals ("QXMLPT"), not shouting.
    if (alnum.length < 5 || alnum.length > 10) return false;
    if (typed !== typed.toUpperCase() || NOT_A_CODE.test(typed)) return false;
    return keywordTyped !== keywordTyped.toUpperCase();
  }
  if (!hasLetter) {
    const next = nextWord(f, end);
    if (next !== '' && AMOUNT_AFTER.test(next)) return false;
    if (/^[$€£%]/.test(f.slice(end, end + 2).trim())) return false;
    if (!code.includes('-') && !code.includes('/')) {
      if (/^(?:19|20)\d\d$/.test(code)) return false;
      return alnum.length >= 5 || hasNoun;
    }
    // "3-5", "10-15": ranges, not codes.
    return !/^\d{1,3}-\d{1,3}$/.test(code);
  }
  return true;
}

export function findReferences(s: Sentence, claims: Claims): void {
  const f = s.folded.text;
  REF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (claims.tick() && (m = REF.exec(f)) !== null) {
    const code = (m[1] ?? '').replace(/[/-]+$/, '');
    const end = m.index + m[0].length - ((m[1] ?? '').length - code.length);
    const codeStart = m.index + m[0].length - (m[1] ?? '').length;
    const head = m[0].slice(0, m[0].length - (m[1] ?? '').length);
    const hasNoun = /(?:^|[^a-z])(?:reference|ref|number|nr|no|num|numero|code|id|locator)(?![a-z])|[#°º]/.test(head);
    const keywordTyped = original(s, m.index, Math.min(m.index + 12, codeStart));
    const typed = original(s, codeStart, end);
    const before = f.slice(Math.max(0, m.index - 2), m.index);
    // "package.json5", "file.v2": a dot glued to the code makes a file or host name.
    const glued = f[codeStart - 1] === '.';
    if (!glued && !CURRENCY_BEFORE.test(before.trimEnd()) && isCode(code, typed, keywordTyped, f, end, hasNoun)) {
      claims.add({ start: m.index, end, why: IDENTITY.test(head.replace(/^(?:numero|num|no|n°|nº|#) (?:de |du |d'|de la )?/, '')) ? 'national_id' : 'reference' });
      continue;
    }
    // Let the next attempt start inside this match: the code may have been the keyword of a real one.
    REF.lastIndex = m.index + 1;
  }
}

/**
 * Verbs whose every form the lexicons may need, as `{v:lemma}` in a pattern.
 * The forms are generated from these lemmas by `npm run gen:inflections`
 * (compromise for English, fr-compromise for French) into
 * generated/inflections.ts, so the runtime carries only the word lists.
 */
export const VERB_LEMMAS = {
  en: ['sue', 'file', 'appeal', 'contest', 'claim', 'sign', 'settle', 'terminate', 'evict', 'fire', 'refund', 'waive', 'reimburse', 'compensate', 'credit', 'replace', 'guarantee', 'promise', 'negotiate', 'testify', 'depose', 'dispute', 'report', 'pay', 'reject', 'accept', 'refuse'],
  fr: ['contester', 'poursuivre', 'signer', 'résilier', 'payer', 'déposer', 'saisir', 'porter', 'refuser', 'accepter', 'réclamer', 'exiger', 'négocier', 'rembourser', 'créditer', 'remplacer', 'garantir', 'promettre', 'annuler', 'expulser', 'congédier', 'licencier', 'renoncer', 'plaider', 'témoigner', 'déclarer', 'dénoncer', 'retenir', 'réparer', 'indemniser'],
} as const;

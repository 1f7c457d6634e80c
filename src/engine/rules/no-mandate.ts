import { phraseRule } from '../rule';
import { EN_NO_MANDATE } from '../lexicon/en/no-mandate';
import { FR_NO_MANDATE } from '../lexicon/fr/no-mandate';

/**
 * Substance sent to someone who has not signed a mandate: the "ghost client".
 * Its own lexicon catches opinions on the matter ("sounds like you have a good
 * case"); legal advice and case strategy count too.
 */
export const noMandate = phraseRule(
  {
    id: 'no-mandate',
    kind: 'derived',
    description: 'Engages with the substance of a legal problem (advice, strategy, or an opinion on the matter) with someone who has not signed a mandate.',
    messages: {
      en: {
        message: 'Substance before a mandate is signed',
        why: {
          default: 'gives an opinion on the matter of someone who is not a client yet: {words}',
          opinion: 'gives an opinion on the matter of someone who is not a client yet: {words}',
          'from:legal-advice': 'gives legal advice to someone who is not a client yet, which can make them one: {words}',
          'from:case-strategy': 'discusses the strategy of a matter for someone who is not a client yet: {words}',
        },
      },
      fr: {
        message: 'Conseil avant la signature du mandat',
        why: {
          default: "donne un avis sur l'affaire d'une personne qui n'est pas encore cliente : {words}",
          opinion: "donne un avis sur l'affaire d'une personne qui n'est pas encore cliente : {words}",
          'from:legal-advice': "donne un avis juridique à une personne qui n'est pas encore cliente, ce qui peut en faire une : {words}",
          'from:case-strategy': "discute de la stratégie d'une affaire avec une personne qui n'est pas encore cliente : {words}",
        },
      },
    },
    templates: ['no-mandate.consult', 'no-mandate.conflict-check', 'no-mandate.referral'],
    severity: () => 'block',
    appliesTo: (ctx) => ctx.recipient === 'prospect' || (ctx.recipient === 'unknown' && ctx.profile === 'lawyer'),
    derivedFrom: ['legal-advice', 'case-strategy'],
  },
  [EN_NO_MANDATE, FR_NO_MANDATE],
);

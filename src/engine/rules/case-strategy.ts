import { phraseRule } from '../rule';
import { EN_CASE_STRATEGY } from '../lexicon/en/case-strategy';
import { FR_CASE_STRATEGY } from '../lexicon/fr/case-strategy';

/** Discusses how a file will be run: positions, figures, tactics, evidence, predictions about the other side. */
export const caseStrategy = phraseRule(
  {
    id: 'case-strategy',
    kind: 'phrase',
    description: 'Discusses how a file will be run: negotiation positions and figures, tactics, what to tell the other side, the court or the police, evidence plans, weaknesses, predictions of what the other side or the judge will do.',
    messages: {
      en: {
        message: 'Case strategy in writing',
        why: {
          default: 'discusses how the file will be run: {words}',
          negotiation: 'states a negotiation position or settlement figure: {words}',
          silence: 'tells the recipient what to say or not say to the other side, the court or the police: {words}',
          evidence: 'sets out an evidence or witness plan: {words}',
          tactics: 'describes tactics for the case: {words}',
          prediction: 'predicts what the other side or the judge will do: {words}',
          weakness: 'discusses the weaknesses of a case: {words}',
        },
      },
      fr: {
        message: 'Stratégie du dossier par écrit',
        why: {
          default: 'discute de la conduite du dossier : {words}',
          negotiation: 'donne une position de négociation ou un montant de règlement : {words}',
          silence: "dit au destinataire quoi dire ou taire à l'autre partie, au tribunal ou à la police : {words}",
          evidence: 'expose un plan de preuve ou de témoins : {words}',
          tactics: 'décrit une tactique pour le dossier : {words}',
          prediction: "prédit ce que fera l'autre partie ou le juge : {words}",
          weakness: "discute des faiblesses d'un dossier : {words}",
        },
      },
    },
    templates: ['case-strategy.meeting', 'case-strategy.call', 'case-strategy.written', 'care.dm-team'],
    severity: (ctx) => (ctx.channel === 'public' ? 'block' : 'warn'),
  },
  [EN_CASE_STRATEGY, FR_CASE_STRATEGY],
);

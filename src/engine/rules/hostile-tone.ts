import { detectorRule } from '../rule';
import { EN_HOSTILE_INSULTS, EN_HOSTILE_TONE } from '../lexicon/en/hostile-tone';
import { FR_HOSTILE_INSULTS, FR_HOSTILE_TONE } from '../lexicon/fr/hostile-tone';
import { TONE_DETECTORS } from '../detectors/tone';

/** Insults, sarcasm, contempt, blame, threats, shouting. */
export const hostileTone = detectorRule(
  {
    id: 'hostile-tone',
    kind: 'detector',
    description: 'Insults, sarcasm, contempt, blame of the recipient, threats, shouting (long all-caps runs) or escalation that should not be put in writing.',
    messages: {
      en: {
        message: 'Hostile tone',
        why: {
          default: 'reads as hostile: {words}',
          insult: 'insults or demeans someone: {words}',
          sarcasm: 'is sarcastic: {words}',
          contempt: 'shows contempt or dismissal: {words}',
          blame: 'blames the recipient: {words}',
          threat: 'threatens the recipient: {words}',
          shouting: 'shouts (a long run of capitals): {words}',
        },
      },
      fr: {
        message: 'Ton hostile',
        why: {
          default: 'peut être lu comme hostile : {words}',
          insult: 'insulte ou rabaisse quelqu’un : {words}',
          sarcasm: 'est sarcastique : {words}',
          contempt: 'montre du mépris : {words}',
          blame: 'blâme le destinataire : {words}',
          threat: 'menace le destinataire : {words}',
          shouting: 'crie (une longue suite de majuscules) : {words}',
        },
      },
    },
    templates: [],
    severity: (ctx) => (ctx.profile === 'social-care' && ctx.channel === 'public' ? 'block' : 'warn'),
  },
  [EN_HOSTILE_TONE, FR_HOSTILE_TONE, EN_HOSTILE_INSULTS, FR_HOSTILE_INSULTS],
  TONE_DETECTORS,
);

import { phraseRule } from '../rule';
import { EN_LEGAL_ADVICE } from '../lexicon/en/legal-advice';
import { FR_LEGAL_ADVICE } from '../lexicon/fr/legal-advice';

/** Tells the recipient what the law allows, requires or forbids for them, or which legal step to take. */
export const legalAdvice = phraseRule(
  {
    id: 'legal-advice',
    kind: 'phrase',
    description: 'Tells the recipient what the law allows, requires or forbids in their situation, which legal step to take, or how their case will turn out.',
    messages: {
      en: {
        message: 'Legal advice by text',
        why: {
          default: "gives a legal opinion on the recipient's situation: {words}",
          rights: 'tells the recipient what they can or cannot do under the law: {words}',
          duty: 'tells the recipient what the law requires of them or of the other party: {words}',
          deadline: "applies a legal deadline or limitation period to the recipient's matter: {words}",
          step: 'tells the recipient which legal step to take: {words}',
          action: 'tells the recipient what they can, must or should do in their legal matter: {words}',
          sign: 'tells the recipient whether to sign, accept or refuse: {words}',
          outcome: "predicts the legal outcome of the recipient's case: {words}",
          conclusion: "states a legal conclusion about the recipient's situation: {words}",
        },
      },
      fr: {
        message: 'Avis juridique par message',
        why: {
          default: 'donne un avis juridique sur la situation du destinataire : {words}',
          rights: "dit au destinataire ce que la loi lui permet ou lui interdit : {words}",
          duty: "dit au destinataire ce que la loi exige de lui ou de l'autre partie : {words}",
          deadline: 'applique un délai légal ou une prescription au dossier du destinataire : {words}',
          step: 'dit au destinataire quelle démarche juridique entreprendre : {words}',
          action: "dit au destinataire ce qu'il peut, doit ou devrait faire dans son dossier : {words}",
          sign: "dit au destinataire s'il doit signer, accepter ou refuser : {words}",
          outcome: "prédit l'issue juridique du dossier du destinataire : {words}",
          conclusion: 'tire une conclusion juridique sur la situation du destinataire : {words}',
        },
      },
    },
    templates: ['legal-advice.call', 'legal-advice.meeting', 'legal-advice.booking', 'care.dm-team', 'care.terms-link'],
    severity: (ctx) => (ctx.channel === 'public' ? 'block' : 'warn'),
  },
  [EN_LEGAL_ADVICE, FR_LEGAL_ADVICE],
);

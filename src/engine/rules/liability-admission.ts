import { phraseRule } from '../rule';
import { EN_LIABILITY_ADMISSION } from '../lexicon/en/liability-admission';
import { FR_LIABILITY_ADMISSION } from '../lexicon/fr/liability-admission';

/** Admits fault, negligence or legal responsibility, for the organisation or on the client's behalf. */
export const liabilityAdmission = phraseRule(
  {
    id: 'liability-admission',
    kind: 'phrase',
    description: "Admits fault, negligence or legal responsibility for a loss, or accepts blame for damage on the organisation's or the client's behalf.",
    messages: {
      en: {
        message: 'Admission of fault',
        why: {
          default: 'admits fault or responsibility in writing: {words}',
          fault: 'admits fault in writing: {words}',
          responsible: 'accepts legal responsibility for the loss: {words}',
          negligence: 'admits negligence or a failure that caused the loss: {words}',
        },
      },
      fr: {
        message: 'Aveu de responsabilité',
        why: {
          default: 'reconnaît une faute ou une responsabilité par écrit : {words}',
          fault: 'reconnaît une faute par écrit : {words}',
          responsible: 'accepte la responsabilité juridique du préjudice : {words}',
          negligence: 'reconnaît une négligence ou un manquement à l’origine du préjudice : {words}',
        },
      },
    },
    templates: ['liability-admission.call', 'liability-admission.meeting', 'liability-admission.review', 'liability-admission.dm-team', 'liability-admission.empathy', 'liability-admission.investigate'],
    severity: () => 'block',
  },
  [EN_LIABILITY_ADMISSION, FR_LIABILITY_ADMISSION],
);

import { phraseRule } from '../rule';
import { EN_BINDING_COMMITMENT } from '../lexicon/en/binding-commitment';
import { FR_BINDING_COMMITMENT } from '../lexicon/fr/binding-commitment';

/** Commits the organisation: refunds, credits, compensation, guarantees, certain outcomes, exceptions to the terms. */
export const bindingCommitment = phraseRule(
  {
    id: 'binding-commitment',
    kind: 'phrase',
    description: 'Commits the organisation: a refund, credit, compensation, replacement or fee waiver, a guarantee, a deadline or outcome promised as certain, an exception to the terms.',
    messages: {
      en: {
        message: 'Binding commitment',
        why: {
          default: 'commits the organisation: {words}',
          refund: 'promises a refund, credit or payment: {words}',
          replace: 'promises a replacement, repair or free service: {words}',
          waive: 'makes an exception to the terms or waives a fee: {words}',
          guarantee: 'guarantees a result or a deadline: {words}',
          outcome: 'promises an outcome as certain: {words}',
        },
      },
      fr: {
        message: 'Engagement ferme',
        why: {
          default: "engage l'organisation : {words}",
          refund: 'promet un remboursement, un crédit ou un paiement : {words}',
          replace: 'promet un remplacement, une réparation ou un service gratuit : {words}',
          waive: 'fait une exception aux conditions ou renonce à des frais : {words}',
          guarantee: 'garantit un résultat ou un délai : {words}',
          outcome: 'promet une issue comme certaine : {words}',
        },
      },
    },
    templates: ['binding-commitment.call', 'binding-commitment.confirm-writing', 'binding-commitment.meeting', 'binding-commitment.dm-team', 'binding-commitment.review', 'binding-commitment.escalate'],
    severity: (ctx) => (ctx.profile === 'social-care' && ctx.channel === 'public' ? 'block' : 'warn'),
  },
  [EN_BINDING_COMMITMENT, FR_BINDING_COMMITMENT],
);

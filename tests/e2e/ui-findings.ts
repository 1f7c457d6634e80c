/** Findings as the guard hands them to the UI, for the specs that render the UI on its own (ui.spec.ts, a11y.spec.ts). */
import type { FindingView } from '../../src/ui/types';

export const ADVICE: FindingView = {
  id: 'legal-advice:0-23',
  ruleId: 'legal-advice',
  ruleName: 'Legal advice by text',
  severity: 'block',
  words: 'You can break the lease',
  message: 'Legal advice by text',
  why: 'tells the recipient what they can or cannot do under the law: “You can break the lease”',
  replies: [
    {
      templateId: 'legal-advice.call',
      text: 'Hi Marie, thanks for your message. This deserves a real conversation rather than a quick text, so please call me at 514-555-0100 when you have a moment.',
    },
    { templateId: 'legal-advice.meeting', text: "Hi Marie, I'd rather answer this in person. Could we meet this week?" },
  ],
};

export const DATA: FindingView = {
  id: 'personal-data:40-52',
  ruleId: 'personal-data',
  ruleName: 'Personal data',
  severity: 'warn',
  words: '514-555-0199',
  message: 'Personal data',
  why: 'contains a phone number: “514-555-0199”',
  replies: [],
};

/**
 * The journal's words in English and French: decisions, justification
 * categories, severities, the exports' column headings and the counters'. French follows
 * the in-page UI (src/ui/strings.ts): vouvoiement, typographic apostrophes.
 */
import type { Lang } from '../engine/types';
import type { Counts, Decision, JournalSeverity, Justification } from './types';

/** The columns a CSV export may have, in their order. */
export const COLUMNS = [
  'id',
  'time',
  'site',
  'conversation',
  'label',
  'rules',
  'severity',
  'decision',
  'justification',
  'reason',
  'draftSha256',
  'draftText',
] as const;
export type Column = (typeof COLUMNS)[number];

export interface JournalStrings {
  decision: Record<Decision, string>;
  justification: Record<Justification, string>;
  severity: Record<JournalSeverity, string>;
  column: Record<Column, string>;
  /** Headings of the counters' columns. */
  counts: Record<keyof Counts, string>;
  /** The counters' row that counts every draft once. */
  allRules: string;
}

const EN: JournalStrings = {
  decision: {
    'sent-anyway': 'Sent anyway',
    revised: 'Revised before sending',
    cancelled: 'Not sent',
    'false-alarm': 'Reported as a false alarm',
    'sent-after-warning': 'Sent after a warning',
  },
  justification: {
    'client-asked': 'The client asked for it',
    'already-discussed': 'Already discussed with the client',
    'not-advice': 'Not advice or a commitment',
    'public-information': 'Information already public',
    other: 'Other reason',
  },
  severity: { warn: 'Warning', block: 'Asks before sending' },
  column: {
    id: 'Id',
    time: 'Time',
    site: 'Site',
    conversation: 'Conversation',
    label: 'Contact',
    rules: 'Rules',
    severity: 'Severity',
    decision: 'Decision',
    justification: 'Justification',
    reason: 'Reason given',
    draftSha256: 'Draft fingerprint (SHA-256)',
    draftText: 'Draft text',
  },
  counts: {
    warned: 'Warned about',
    revised: 'Revised',
    cancelled: 'Not sent',
    sentAnyway: 'Sent anyway',
    sentAfterWarning: 'Sent after a warning',
    falseAlarm: 'False alarms',
  },
  allRules: 'All drafts',
};

const FR: JournalStrings = {
  decision: {
    'sent-anyway': 'Envoyé quand même',
    revised: 'Modifié avant l’envoi',
    cancelled: 'Non envoyé',
    'false-alarm': 'Signalé comme fausse alerte',
    'sent-after-warning': 'Envoyé après un avertissement',
  },
  justification: {
    'client-asked': 'Le client l’a demandé',
    'already-discussed': 'Déjà abordé avec le client',
    'not-advice': 'Ni un avis ni un engagement',
    'public-information': 'Information déjà publique',
    other: 'Autre motif',
  },
  severity: { warn: 'Avertissement', block: 'Confirmation avant l’envoi' },
  column: {
    id: 'Identifiant',
    time: 'Date et heure',
    site: 'Site',
    conversation: 'Conversation',
    label: 'Contact',
    rules: 'Règles',
    severity: 'Gravité',
    decision: 'Décision',
    justification: 'Justification',
    reason: 'Motif indiqué',
    draftSha256: 'Empreinte du brouillon (SHA-256)',
    draftText: 'Texte du brouillon',
  },
  counts: {
    warned: 'Signalés',
    revised: 'Modifiés',
    cancelled: 'Non envoyés',
    sentAnyway: 'Envoyés quand même',
    sentAfterWarning: 'Envoyés après un avertissement',
    falseAlarm: 'Fausses alertes',
  },
  allRules: 'Tous les brouillons',
};

const STRINGS: Record<Lang, JournalStrings> = { en: EN, fr: FR };

export function journalStrings(lang: Lang): JournalStrings {
  return STRINGS[lang];
}

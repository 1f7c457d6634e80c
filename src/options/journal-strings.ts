/**
 * The options page's journal section, in English and French. Numbers and
 * dates come in already formatted (Intl, in the page's language); `n` is
 * there for the plural. French: no-break space before : ; ? ! and inside « ».
 */
import type { Lang } from '../engine/types';

const NBSP = '\u00a0';

export interface JournalViewStrings {
  title: string;
  intro: string;
  count(n: number, f: string): string;
  /** The filtered count, out of every record. */
  matching(n: number, f: string, total: string): string;
  filters: string;
  contact: string;
  anyContact: string;
  /** A contact in the list: its label (or conversation key) and its site. */
  contactOption(name: string, site: string): string;
  from: string;
  to: string;
  showAll: string;
  badRange: string;
  /** Above the list: how many of the matching records are shown. */
  shown(shown: string, of: string): string;
  more(n: string): string;
  exportsHint: string;
  csv: string;
  json: string;
  falseAlarms: string;
  exporting(f: string): string;
  cancelExport: string;
  exportCancelled: string;
  exportFailed(why: string): string;
  clear: string;
  confirmClear(f: string): string;
  yes: string;
  no: string;
  cleared: string;
  failed(why: string): string;
  exported(name: string): string;
  counters: string;
  countersIntro: string;
  week: string;
  /** An ISO week in the list: its number and the date of its Monday. */
  weekOption(week: string, monday: string): string;
  rule: string;
  noCounters: string;
}

const EN: JournalViewStrings = {
  title: 'Journal',
  intro: 'Kept on this computer only: every message sent after a warning ("Send anyway") and every false-alarm report, without the message itself. Export it for the client’s file, or the false alarms for whoever tunes your organisation’s policy.',
  count: (n, f) => (n === 0 ? 'The journal is empty.' : n === 1 ? '1 record.' : `${f} records.`),
  matching: (n, f, total) => (n === 0 ? `No record matches the filters (${total} in the journal).` : n === 1 ? `1 record matches the filters, of ${total}.` : `${f} records match the filters, of ${total}.`),
  filters: 'Show the records of',
  contact: 'Contact',
  anyContact: 'Every contact',
  contactOption: (name, site) => `${name} (${site})`,
  from: 'From',
  to: 'To',
  showAll: 'Show every record',
  badRange: 'The start date is after the end date: no record can match.',
  shown: (shown, of) => `Newest first: ${shown} of ${of} shown.`,
  more: (n) => `Show ${n} more`,
  exportsHint: 'The CSV and JSON exports hold the records that match the filters: choose a contact and a date range for a client’s file. The false-alarm export holds every false-alarm report, without the message, for whoever tunes the policy.',
  csv: 'Export as CSV',
  json: 'Export as JSON',
  falseAlarms: 'Export the false alarms (CSV)',
  exporting: (f) => `Exporting… ${f} records read.`,
  cancelExport: 'Cancel the export',
  exportCancelled: 'Export cancelled: no file was saved. The journal is unchanged.',
  exportFailed: (why) => `The export failed and no file was saved; the journal is unchanged. ${why}`,
  clear: 'Clear the journal',
  confirmClear: (f) => `Delete all ${f} records? This cannot be undone.`,
  yes: 'Delete them',
  no: 'Keep them',
  cleared: 'The journal is empty.',
  failed: (why) => `The journal could not be read: ${why}`,
  exported: (name) => `Saved as ${name}.`,
  counters: 'Weekly counters',
  countersIntro: 'How many drafts Prudence warned about each week and what became of them, per rule. Revised and unsent drafts are counted here only. The counters stay when records are deleted.',
  week: 'Week',
  weekOption: (week, monday) => `${week} (from ${monday})`,
  rule: 'Rule',
  noCounters: 'Nothing counted yet.',
};

const FR: JournalViewStrings = {
  title: 'Journal',
  intro: `Conservé sur cet ordinateur seulement${NBSP}: chaque message envoyé après un avertissement («${NBSP}Envoyer quand même${NBSP}») et chaque signalement de fausse alerte, sans le message lui-même. Exportez-le pour le dossier du client, ou les fausses alertes pour la personne qui ajuste la politique de votre organisation.`,
  count: (n, f) => (n === 0 ? 'Le journal est vide.' : n === 1 ? '1 entrée.' : `${f} entrées.`),
  matching: (n, f, total) =>
    n === 0 ? `Aucune entrée ne correspond aux filtres (${total} dans le journal).` : n === 1 ? `1 entrée correspond aux filtres, sur ${total}.` : `${f} entrées correspondent aux filtres, sur ${total}.`,
  filters: 'Afficher les entrées de',
  contact: 'Contact',
  anyContact: 'Tous les contacts',
  contactOption: (name, site) => `${name} (${site})`,
  from: 'Du',
  to: 'Au',
  showAll: 'Afficher toutes les entrées',
  badRange: `La date de début est après la date de fin${NBSP}: aucune entrée ne peut correspondre.`,
  shown: (shown, of) => `Les plus récentes d’abord${NBSP}: ${shown} sur ${of} affichées.`,
  more: (n) => `Afficher ${n} de plus`,
  exportsHint: `Les exports CSV et JSON contiennent les entrées qui correspondent aux filtres${NBSP}: choisissez un contact et une période pour le dossier d’un client. L’export des fausses alertes contient tous les signalements, sans le message, pour la personne qui ajuste la politique.`,
  csv: 'Exporter en CSV',
  json: 'Exporter en JSON',
  falseAlarms: 'Exporter les fausses alertes (CSV)',
  exporting: (f) => `Export en cours… ${f} entrées lues.`,
  cancelExport: 'Annuler l’export',
  exportCancelled: `Export annulé${NBSP}: aucun fichier n’a été enregistré. Le journal n’a pas changé.`,
  exportFailed: (why) => `L’export a échoué et aucun fichier n’a été enregistré${NBSP}; le journal n’a pas changé. ${why}`,
  clear: 'Vider le journal',
  confirmClear: (f) => `Supprimer les ${f} entrées${NBSP}? Impossible de revenir en arrière.`,
  yes: 'Les supprimer',
  no: 'Les garder',
  cleared: 'Le journal est vide.',
  failed: (why) => `Le journal n’a pas pu être lu${NBSP}: ${why}`,
  exported: (name) => `Enregistré sous ${name}.`,
  counters: 'Compteurs par semaine',
  countersIntro:
    'Combien de brouillons Prudence a signalés chaque semaine et ce qu’ils sont devenus, par règle. Les brouillons modifiés ou non envoyés ne sont comptés qu’ici. Les compteurs restent quand des entrées sont supprimées.',
  week: 'Semaine',
  weekOption: (week, monday) => `${week} (à partir du ${monday})`,
  rule: 'Règle',
  noCounters: 'Rien n’a encore été compté.',
};

export function journalViewStrings(lang: Lang): JournalViewStrings {
  return lang === 'fr' ? FR : EN;
}

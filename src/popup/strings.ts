/** The popup's words, in English and French. */
import type { Lang } from '../engine/types';

const NBSP = '\u00a0';

export interface PopupStrings {
  title: string;
  loading: string;
  notHere: string;
  /** The guard runs on this site and found the compose box (or not, and why). */
  active(site: string): string;
  noCompose(site: string): string;
  siteOff(site: string): string;
  guardOff: string;
  pausedUntil(time: string): string;
  profile: string;
  profiles: Record<'lawyer' | 'social-care', string>;
  policy: string;
  policyNone: string;
  policyManaged: string;
  policyImported: string;
  findings(n: number): string;
  pause15: string;
  pause60: string;
  resume: string;
  pauseLocked: string;
  openOptions: string;
  /** The journal's figures: numbers come formatted (`f`), `n` is there for the plural. */
  journal: string;
  today(n: number, f: string): string;
  thisWeek: string;
  /** The week's four figures: warned = revised + not sent + sent anyway. */
  warned: string;
  revised: string;
  cancelled: string;
  sentAnyway: string;
  falseAlarms(n: number, f: string): string;
  byRule: string;
  rule: string;
  openJournal: string;
  journalFailed: string;
}

const EN: PopupStrings = {
  title: 'Prudence',
  loading: 'Looking at this tab…',
  notHere: 'Prudence does not run on this page. It checks drafts on WhatsApp Web, Messenger, X, LinkedIn, Instagram, Telegram, Gmail and the sites your organisation adds.',
  active: (site) => `Watching the message box on ${site}.`,
  noCompose: (site) => `On ${site}, but no message box is open here yet. Open a conversation to start.`,
  siteOff: (site) => `Switched off for ${site} in your settings.`,
  guardOff: 'Prudence is switched off.',
  pausedUntil: (time) => `Paused until ${time}.`,
  profile: 'Profile',
  profiles: { lawyer: 'Lawyer', 'social-care': 'Social care' },
  policy: 'Organisation policy',
  policyNone: 'None',
  policyManaged: 'In force (set by your organisation)',
  policyImported: 'In force (imported from a file)',
  findings: (n) => (n === 0 ? 'Nothing flagged in the open draft.' : n === 1 ? '1 risk flagged in the open draft.' : `${n} risks flagged in the open draft.`),
  pause15: 'Pause for 15 minutes',
  pause60: 'Pause for 1 hour',
  resume: 'Resume now',
  pauseLocked: 'Your organisation keeps Prudence on: it cannot be paused.',
  openOptions: 'Settings',
  journal: 'Journal',
  today: (n, f) => (n === 0 ? 'No draft warned about today.' : n === 1 ? '1 draft warned about today.' : `${f} drafts warned about today.`),
  thisWeek: 'This week',
  warned: 'Warned about',
  revised: 'Revised',
  cancelled: 'Not sent',
  sentAnyway: 'Sent anyway',
  falseAlarms: (n, f) => (n === 1 ? 'Of those sent, 1 was reported as a false alarm.' : `Of those sent, ${f} were reported as false alarms.`),
  byRule: 'By rule',
  rule: 'Rule',
  openJournal: 'Open the journal',
  journalFailed: 'The journal could not be read.',
};

const FR: PopupStrings = {
  title: 'Prudence',
  loading: 'Lecture de cet onglet…',
  notHere: 'Prudence ne fonctionne pas sur cette page. Elle vérifie les brouillons sur WhatsApp Web, Messenger, X, LinkedIn, Instagram, Telegram, Gmail et les sites ajoutés par votre organisation.',
  active: (site) => `Surveille la zone de message sur ${site}.`,
  noCompose: (site) => `Sur ${site}, mais aucune zone de message n’est ouverte ici. Ouvrez une conversation pour commencer.`,
  siteOff: (site) => `Désactivée pour ${site} dans vos réglages.`,
  guardOff: 'Prudence est désactivée.',
  pausedUntil: (time) => `En pause jusqu’à ${time}.`,
  profile: 'Profil',
  profiles: { lawyer: 'Avocat ou avocate', 'social-care': 'Service client' },
  policy: 'Politique de l’organisation',
  policyNone: 'Aucune',
  policyManaged: 'En vigueur (fixée par votre organisation)',
  policyImported: 'En vigueur (importée depuis un fichier)',
  findings: (n) => (n === 0 ? 'Rien de relevé dans le brouillon ouvert.' : n === 1 ? '1 risque relevé dans le brouillon ouvert.' : `${n} risques relevés dans le brouillon ouvert.`),
  pause15: 'Pause de 15 minutes',
  pause60: 'Pause d’une heure',
  resume: 'Reprendre maintenant',
  pauseLocked: `Votre organisation garde Prudence active${NBSP}: pas de pause possible.`,
  openOptions: 'Réglages',
  journal: 'Journal',
  today: (n, f) => (n === 0 ? 'Aucun brouillon signalé aujourd’hui.' : n === 1 ? '1 brouillon signalé aujourd’hui.' : `${f} brouillons signalés aujourd’hui.`),
  thisWeek: 'Cette semaine',
  warned: 'Signalés',
  revised: 'Modifiés',
  cancelled: 'Non envoyés',
  sentAnyway: 'Envoyés quand même',
  falseAlarms: (n, f) => (n === 1 ? 'Parmi les envois, 1 a été signalé comme fausse alerte.' : `Parmi les envois, ${f} ont été signalés comme fausses alertes.`),
  byRule: 'Par règle',
  rule: 'Règle',
  openJournal: 'Ouvrir le journal',
  journalFailed: 'Le journal n’a pas pu être lu.',
};

export function popupStrings(lang: Lang): PopupStrings {
  return lang === 'fr' ? FR : EN;
}

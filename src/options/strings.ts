/**
 * Every string of the options page, in English and French. The French follows
 * the in-page UI's conventions (src/ui/strings.ts): vouvoiement, a no-break
 * space before ":" and inside « ».
 * Rule and severity names come from the in-page UI, so both say the same.
 */
import type { Lang, Profile, Recipient } from '../engine/types';
import type { PolicySource } from '../policy/state';
import type { Source } from '../policy/precedence';

const NBSP = '\u00a0';

/** The keys of a severity given by context, as a policy writes them. */
export const SEVERITY_CONTEXTS = ['public', 'private', 'lawyer', 'social-care', 'default'] as const;
export type SeverityContext = (typeof SEVERITY_CONTEXTS)[number];

export type PlaceholderKey = 'firm' | 'phone' | 'bookingLink';
export type HighlightMode = 'auto' | 'overlay';

export interface OptionsStrings {
  pageTitle: string;
  intro: string;
  loading: string;
  loadFailed(reason: string): string;
  saved: string;
  saveFailed(reason: string): string;
  /** Where a value comes from. */
  source: Record<Source, string>;
  reset: string;
  /** Accessible name of a reset button. */
  resetLabel(setting: string): string;
  notSet: string;

  policyTitle: string;
  policyNone: string;
  policyInForce: string;
  policySourceLabel: string;
  policySource: Record<PolicySource, string>;
  appliedLabel: string;
  policyWarnings: string;
  policyWarningsIntro: string;
  errorTitle: string;
  errorWhen: string;
  errorSource: string;
  errorKept: string;
  errorNoPolicy: string;
  /** "at" before a JSON path, read out with it. */
  at: string;
  /** Between a JSON path and its problem. */
  pathSeparator: string;

  generalTitle: string;
  enabled: string;
  profile: string;
  profiles: Record<Profile, string>;
  locale: string;
  localeBrowser: string;
  localeNames: Record<Lang, string>;
  highlights: string;
  highlightModes: Record<HighlightMode, string>;
  debounce: string;
  debounceHint(min: number, max: number): string;
  wholeNumber(min: number, max: number): string;
  tooLong(max: number): string;
  webAddress: string;

  rulesTitle: string;
  rulesIntro: string;
  ruleColumn: string;
  onColumn: string;
  severityColumn: string;
  severityDefault: string;
  /** Names of the contexts of a severity given by context. */
  severityContexts: Record<SeverityContext, string>;
  /** "label: value" with the language's colon (French puts a no-break space before it). */
  labelled(label: string, value: string): string;
  severityOf(rule: string): string;
  firmRule: string;

  sitesTitle: string;
  sitesIntro: string;
  extraSitesTitle: string;
  extraSitesIntro: string;
  permissionGranted: string;
  permissionMissing: string;
  permissionChecking: string;
  allow: string;
  allowLabel(pattern: string): string;
  permissionRefused: string;
  permissionFailed(reason: string): string;

  repliesTitle: string;
  repliesIntro: string;
  placeholders: Record<PlaceholderKey, string>;
  placeholderHints: Record<PlaceholderKey, string>;

  conversationsTitle: string;
  defaultRecipient: string;
  defaultRecipientProfile: string;
  recipients: Record<Recipient, string>;
  conversationColumn: string;
  categoryColumn: string;
  remove: string;
  removeLabel(conversation: string): string;

  fileTitle: string;
  importTitle: string;
  importIntro: string;
  importManagedNote: string;
  importFile: string;
  pasteLabel: string;
  importPasted: string;
  importChecking: string;
  importReadFailed: string;
  importEmpty: string;
  importTooLarge(maxChars: number): string;
  importSyntax(line: number | null, column: number | null, detail: string): string;
  importInvalid(count: number): string;
  importStored: string;
  importApplied: string;
  importManagedWins: string;
  importRejected: string;
  importWarnings: string;
  importedStored: string;
  removeImported: string;
  removed: string;
  exportTitle: string;
  exportIntro: string;
  exportButton: string;
  exported(file: string): string;
}

const EN: OptionsStrings = {
  pageTitle: 'Prudence settings',
  intro: 'Prudence reads the message you are about to send and warns you before a risky one goes out. Every check runs on this device.',
  loading: 'Loading your settings…',
  loadFailed: (reason) => `Your settings could not be read: ${reason}`,
  saved: 'Saved.',
  saveFailed: (reason) => `Not saved: ${reason}`,
  source: { organisation: 'Set by your organisation', user: 'Your setting', default: 'Default' },
  reset: 'Use the default',
  resetLabel: (setting) => `Use the default for “${setting}”`,
  notSet: 'Not set',

  policyTitle: 'Organisation policy',
  policyNone: 'No organisation policy is in force: your settings and the defaults apply.',
  policyInForce: 'A policy from your organisation is in force. The settings it gives are marked “Set by your organisation” and cannot be changed here.',
  policySourceLabel: 'Source',
  policySource: { managed: 'Managed by your browser (device management)', imported: 'Imported from a file' },
  appliedLabel: 'Applied',
  policyWarnings: 'Warnings',
  policyWarningsIntro: 'The policy is in force, but these points deserve a look:',
  errorTitle: 'The last policy could not be used',
  errorWhen: 'Seen',
  errorSource: 'From',
  errorKept: 'The last good policy stays in force.',
  errorNoPolicy: 'No policy is in force until a valid one is supplied.',
  at: 'at',
  pathSeparator: ': ',

  generalTitle: 'General',
  enabled: 'Check my messages before they are sent',
  profile: 'Profile',
  profiles: { lawyer: 'Lawyer', 'social-care': 'Social-care agent' },
  locale: 'Language of Prudence',
  localeBrowser: 'Same as the browser',
  localeNames: { en: 'English', fr: 'Français' },
  highlights: 'How flagged words are marked',
  highlightModes: { auto: 'Automatic', overlay: 'Boxes drawn over the page' },
  debounce: 'Pause before checking (milliseconds)',
  debounceHint: (min, max) => `From ${min} to ${max}. Prudence checks the draft once you have stopped typing for this long.`,
  wholeNumber: (min, max) => `Enter a whole number from ${min} to ${max}. Nothing was saved.`,
  tooLong: (max) => `Use ${max} characters at most. Nothing was saved.`,
  webAddress: 'Enter a web address starting with https:// or http://. Nothing was saved.',

  rulesTitle: 'Rules',
  rulesIntro: 'Switch a rule off, or choose how firmly it warns. By default, a rule’s severity depends on where you write and on your profile.',
  ruleColumn: 'Rule',
  onColumn: 'On',
  severityColumn: 'Severity',
  severityDefault: 'Rule’s default',
  severityContexts: { public: 'Public channels', private: 'Private messages', lawyer: 'Lawyer profile', 'social-care': 'Social-care profile', default: 'Elsewhere' },
  labelled: (label, value) => `${label}: ${value}`,
  severityOf: (rule) => `Severity of “${rule}”`,
  firmRule: 'Your organisation’s rule',

  sitesTitle: 'Sites',
  sitesIntro: 'Prudence checks your messages on the sites ticked here.',
  extraSitesTitle: 'Other pages named by your organisation',
  extraSitesIntro: 'Your organisation asks Prudence to check messages on these pages too. The browser needs your permission first.',
  permissionGranted: 'Allowed',
  permissionMissing: 'Not allowed yet',
  permissionChecking: 'Checking…',
  allow: 'Allow',
  allowLabel: (pattern) => `Allow Prudence on ${pattern}`,
  permissionRefused: 'The browser did not grant access to these pages.',
  permissionFailed: (reason) => `The browser could not ask for access: ${reason}`,

  repliesTitle: 'Details for suggested replies',
  repliesIntro: 'Prudence fills these in the replies it suggests. Press Enter or leave the field to save.',
  placeholders: { firm: 'Firm or company name', phone: 'Phone number', bookingLink: 'Booking link' },
  placeholderHints: { firm: 'As your clients know it.', phone: 'The number clients should call.', bookingLink: 'A page where clients book a call, starting with https://.' },

  conversationsTitle: 'Conversations',
  defaultRecipient: 'Who you write to when a conversation has no category',
  defaultRecipientProfile: 'Decided by the profile',
  recipients: {
    client: 'Client (signed mandate, agreed to texting)',
    'client-no-consent': 'Client (signed mandate, no consent to texting)',
    prospect: 'Prospect (no signed mandate)',
    customer: 'Customer (member of the public)',
    unknown: 'Unknown contact',
  },
  conversationColumn: 'Conversation',
  categoryColumn: 'Category',
  remove: 'Remove',
  removeLabel: (conversation) => `Remove the category of ${conversation}`,

  fileTitle: 'Policy file',
  importTitle: 'Import a policy',
  importIntro: 'For organisations without device management: import the policy file your organisation gave you. Prudence checks it before storing it.',
  importManagedNote: 'A policy managed by your browser is in force. An imported file only applies when there is none.',
  importFile: 'Policy file (JSON)',
  pasteLabel: 'Or paste the policy here',
  importPasted: 'Check and import',
  importChecking: 'Checking…',
  importReadFailed: 'The file could not be read.',
  importEmpty: 'There is nothing to import: the policy is empty.',
  importTooLarge: (max) => `This policy is too large to import (more than ${max.toLocaleString('en')} characters).`,
  importSyntax: (line, column, detail) =>
    line !== null && column !== null ? `This is not valid JSON (line ${line}, column ${column}): ${detail}` : `This is not valid JSON: ${detail}`,
  importInvalid: (n) => (n === 1 ? 'The policy was not imported: 1 problem to fix.' : `The policy was not imported: ${n} problems to fix.`),
  importStored: 'The policy is valid and stored. Waiting for Prudence to apply it…',
  importApplied: 'The imported policy is in force.',
  importManagedWins: 'The policy is stored, but the policy managed by your browser stays in force.',
  importRejected: 'Prudence could not apply the stored policy: see the error under “Organisation policy”.',
  importWarnings: 'Warnings',
  importedStored: 'A policy file you imported is stored.',
  removeImported: 'Remove imported policy',
  removed: 'The imported policy was removed.',
  exportTitle: 'Export the policy in force',
  exportIntro: 'Download the settings in force as a policy file, to review it or to give it to colleagues.',
  exportButton: 'Export the policy in force',
  exported: (file) => `${file} downloaded.`,
};

const FR: OptionsStrings = {
  pageTitle: 'Réglages de Prudence',
  intro: 'Prudence lit le message que vous vous apprêtez à envoyer et vous avertit avant qu’un message risqué ne parte. Toutes les vérifications se font sur cet appareil.',
  loading: 'Chargement de vos réglages…',
  loadFailed: (reason) => `Vos réglages n’ont pas pu être lus${NBSP}: ${reason}`,
  saved: 'Enregistré.',
  saveFailed: (reason) => `Non enregistré${NBSP}: ${reason}`,
  source: { organisation: 'Fixé par votre organisation', user: 'Votre réglage', default: 'Par défaut' },
  reset: 'Revenir au réglage par défaut',
  resetLabel: (setting) => `Revenir au réglage par défaut pour «${NBSP}${setting}${NBSP}»`,
  notSet: 'Non renseigné',

  policyTitle: 'Politique de l’organisation',
  policyNone: `Aucune politique d’organisation n’est en vigueur${NBSP}: vos réglages et les réglages par défaut s’appliquent.`,
  policyInForce: `Une politique de votre organisation est en vigueur. Les réglages qu’elle fixe sont marqués «${NBSP}Fixé par votre organisation${NBSP}» et ne peuvent pas être modifiés ici.`,
  policySourceLabel: 'Source',
  policySource: { managed: 'Gérée par votre navigateur (gestion des appareils)', imported: 'Importée depuis un fichier' },
  appliedLabel: 'Appliquée le',
  policyWarnings: 'Avertissements',
  policyWarningsIntro: `La politique est en vigueur, mais ces points méritent votre attention${NBSP}:`,
  errorTitle: 'La dernière politique reçue n’a pas pu être utilisée',
  errorWhen: 'Reçue le',
  errorSource: 'Provenance',
  errorKept: 'La dernière politique valide reste en vigueur.',
  errorNoPolicy: 'Aucune politique n’est en vigueur tant qu’une politique valide n’est pas fournie.',
  at: 'à',
  pathSeparator: `${NBSP}: `,

  generalTitle: 'Général',
  enabled: 'Vérifier mes messages avant leur envoi',
  profile: 'Profil',
  profiles: { lawyer: 'Avocat ou avocate', 'social-care': 'Service client' },
  locale: 'Langue de Prudence',
  localeBrowser: 'Celle du navigateur',
  localeNames: { en: 'English', fr: 'Français' },
  highlights: 'Marquage des passages relevés',
  highlightModes: { auto: 'Automatique', overlay: 'Cadres dessinés par-dessus la page' },
  debounce: 'Pause avant la vérification (millisecondes)',
  debounceHint: (min, max) => `De ${min} à ${max}. Prudence vérifie le brouillon quand vous avez cessé d’écrire pendant ce temps.`,
  wholeNumber: (min, max) => `Saisissez un nombre entier de ${min} à ${max}. Rien n’a été enregistré.`,
  tooLong: (max) => `Utilisez au plus ${max} caractères. Rien n’a été enregistré.`,
  webAddress: 'Saisissez une adresse web commençant par https:// ou http://. Rien n’a été enregistré.',

  rulesTitle: 'Règles',
  rulesIntro: 'Désactivez une règle ou choisissez la fermeté de son avertissement. Par défaut, la sévérité d’une règle dépend de l’endroit où vous écrivez et de votre profil.',
  ruleColumn: 'Règle',
  onColumn: 'Active',
  severityColumn: 'Sévérité',
  severityDefault: 'Sévérité par défaut de la règle',
  severityContexts: { public: 'Canaux publics', private: 'Messages privés', lawyer: 'Profil avocat', 'social-care': 'Profil service client', default: 'Ailleurs' },
  labelled: (label, value) => `${label}${NBSP}: ${value}`,
  severityOf: (rule) => `Sévérité de «${NBSP}${rule}${NBSP}»`,
  firmRule: 'Règle de votre organisation',

  sitesTitle: 'Sites',
  sitesIntro: 'Prudence vérifie vos messages sur les sites cochés ici.',
  extraSitesTitle: 'Autres pages désignées par votre organisation',
  extraSitesIntro: 'Votre organisation demande à Prudence de vérifier aussi les messages sur ces pages. Le navigateur a d’abord besoin de votre autorisation.',
  permissionGranted: 'Autorisé',
  permissionMissing: 'Pas encore autorisé',
  permissionChecking: 'Vérification…',
  allow: 'Autoriser',
  allowLabel: (pattern) => `Autoriser Prudence sur ${pattern}`,
  permissionRefused: 'Le navigateur n’a pas accordé l’accès à ces pages.',
  permissionFailed: (reason) => `Le navigateur n’a pas pu demander l’accès${NBSP}: ${reason}`,

  repliesTitle: 'Coordonnées pour les réponses suggérées',
  repliesIntro: 'Prudence les insère dans les réponses qu’elle suggère. Appuyez sur Entrée ou quittez le champ pour enregistrer.',
  placeholders: { firm: 'Nom du cabinet ou de l’entreprise', phone: 'Numéro de téléphone', bookingLink: 'Lien de prise de rendez-vous' },
  placeholderHints: {
    firm: 'Tel que vos clients le connaissent.',
    phone: 'Le numéro que vos clients doivent appeler.',
    bookingLink: 'Une page où vos clients prennent rendez-vous, commençant par https://.',
  },

  conversationsTitle: 'Conversations',
  defaultRecipient: 'Votre interlocuteur quand une conversation n’a pas de catégorie',
  defaultRecipientProfile: 'Selon le profil',
  recipients: {
    client: 'Client (mandat signé, accepte les textos)',
    'client-no-consent': 'Client (mandat signé, sans accord pour les textos)',
    prospect: 'Client potentiel (pas de mandat signé)',
    customer: 'Client du service (grand public)',
    unknown: 'Contact inconnu',
  },
  conversationColumn: 'Conversation',
  categoryColumn: 'Catégorie',
  remove: 'Retirer',
  removeLabel: (conversation) => `Retirer la catégorie de ${conversation}`,

  fileTitle: 'Fichier de politique',
  importTitle: 'Importer une politique',
  importIntro: `Pour les organisations sans gestion des appareils${NBSP}: importez le fichier de politique fourni par votre organisation. Prudence le vérifie avant de l’enregistrer.`,
  importManagedNote: 'Une politique gérée par votre navigateur est en vigueur. Un fichier importé ne s’applique qu’en son absence.',
  importFile: 'Fichier de politique (JSON)',
  pasteLabel: 'Ou collez la politique ici',
  importPasted: 'Vérifier et importer',
  importChecking: 'Vérification…',
  importReadFailed: 'Le fichier n’a pas pu être lu.',
  importEmpty: `Rien à importer${NBSP}: la politique est vide.`,
  importTooLarge: (max) => `Cette politique est trop volumineuse pour être importée (plus de ${max.toLocaleString('fr')} caractères).`,
  importSyntax: (line, column, detail) =>
    line !== null && column !== null
      ? `Ce texte n’est pas du JSON valide (ligne ${line}, colonne ${column})${NBSP}: ${detail}`
      : `Ce texte n’est pas du JSON valide${NBSP}: ${detail}`,
  importInvalid: (n) => (n < 2 ? `La politique n’a pas été importée${NBSP}: 1 problème à corriger.` : `La politique n’a pas été importée${NBSP}: ${n} problèmes à corriger.`),
  importStored: 'La politique est valide et enregistrée. Application par Prudence en cours…',
  importApplied: 'La politique importée est en vigueur.',
  importManagedWins: 'La politique est enregistrée, mais la politique gérée par votre navigateur reste en vigueur.',
  importRejected: `Prudence n’a pas pu appliquer la politique enregistrée${NBSP}: voyez l’erreur sous «${NBSP}Politique de l’organisation${NBSP}».`,
  importWarnings: 'Avertissements',
  importedStored: 'Un fichier de politique que vous avez importé est enregistré.',
  removeImported: 'Retirer la politique importée',
  removed: 'La politique importée a été retirée.',
  exportTitle: 'Exporter la politique en vigueur',
  exportIntro: 'Téléchargez les réglages en vigueur sous forme de fichier de politique, pour les relire ou les transmettre à vos collègues.',
  exportButton: 'Exporter la politique en vigueur',
  exported: (file) => `${file} téléchargé.`,
};

export const OPTIONS_STRINGS: Record<Lang, OptionsStrings> = { en: EN, fr: FR };

/** The options page's strings in one language. */
export function optionsStrings(lang: Lang): OptionsStrings {
  return OPTIONS_STRINGS[lang];
}

/** The page's language: the locale in force, else the browser's ("fr…" is French, anything else English). */
export function pageLang(locale: Lang | null, browserLanguage: string | undefined): Lang {
  if (locale !== null) return locale;
  return (browserLanguage ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A date and time, in the page's language and the browser's region when they agree. */
export function formatTime(ms: number, lang: Lang, browserLanguage?: string): string {
  const tag = browserLanguage !== undefined && browserLanguage.toLowerCase().startsWith(lang) ? browserLanguage : lang;
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}

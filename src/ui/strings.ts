/**
 * Every string the in-page UI shows, in English and French. French is written
 * for readers in Quebec, France and Switzerland alike: vouvoiement, no
 * Anglicisms, a no-break space before ":" and a narrow no-break space before
 * "?", which all three read naturally.
 */
import type { BuiltinRuleId, Lang, Severity } from '../engine/types';
import type { NoticeKind } from '../guard/notices';
import type { Keep } from '../journal/types';
import type { BadgeState } from './types';

/** No-break space (before ":" and inside « »). */
const NBSP = '\u00a0';
/** Narrow no-break space (before "?"). */
const NNBSP = '\u202f';

export interface UiStrings {
  /** The badge's accessible name: state, count, and what a click does. */
  badgeLabel(state: BadgeState, count: number, expanded: boolean): string;
  /**
   * What a screen reader hears, politely, when the draft's findings change:
   * how many and which risks, or that they are gone. Empty: nothing to say.
   */
  announce(state: BadgeState, names: readonly string[]): string;
  panelTitle: string;
  /** The panel's footer: saving the conversation shown for the client's file. */
  saveTitle: string;
  saveText: string;
  saveHtml: string;
  /** After a save: nothing could be read, and why. */
  saveNothing(why: 'no-reader' | 'not-a-conversation' | 'none-visible'): string;
  /** After a save that left out the oldest messages. */
  saveCut(count: number): string;
  /** "To: Marie Tremblay", under the panel's title. */
  recipient(name: string): string;
  /** The contacts registry's answer for this conversation, in the panel. */
  contactStatus(status: 'client' | 'prospect' | 'customer' | null): string;
  markClient: string;
  markProspect: string;
  /** Under the status when the organisation's list sets it. */
  contactByFirm: string;
  consentOnFile: string;
  /** "2 risks found", above the cards. */
  summary(count: number): string;
  clean: string;
  idle: string;
  error: string;
  closePanel: string;
  severity: Record<Severity, string>;
  flagged: string;
  /** Puts the flagged words between the language's quotation marks. */
  quote(words: string): string;
  why: string;
  ignore: string;
  replies(count: number): string;
  insert: string;
  showMore: string;
  showLess: string;
  dismiss: string;
  confirmTitle: string;
  confirmIntro(count: number): string;
  saferReply: string;
  useReply: string;
  edit: string;
  sendAnyway: string;
  falseAlarm: string;
  falseAlarmHint: string;
  /** Notices the guard shows after a failed action. */
  insertFailed(reason: string): string;
  sendFailed: string;
  guardFailed: string;
  guardFailedClosed: string;
  /** The reason field: asked for by the organisation, or optional. */
  reasonLabel: string;
  reasonOptional: string;
  /** Under the reason: whether it is asked for, and what the journal keeps with it. */
  reasonHint(required: boolean, keep: Keep): string;
  /** The justification's category, beside the reason (labels from src/journal/strings.ts). */
  justificationLabel: string;
  justificationNone: string;
  /** Notices about the conversation's setting, and the region that holds them. */
  contextNotice: Record<NoticeKind, string>;
  noticesLabel: string;
  insertConsentRequest: string;
}

/** English plural: 1 is singular, everything else plural. */
function enCount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** French plural: 0 and 1 take the singular. */
function frCount(n: number, one: string, many: string): string {
  return `${n} ${n < 2 ? one : many}`;
}

const EN: UiStrings = {
  badgeLabel(state, count, expanded) {
    const action = expanded ? 'hide details' : 'show details';
    switch (state) {
      case 'idle':
        return `Prudence: nothing to check yet, ${action}`;
      case 'clean':
        return `Prudence: nothing risky found, ${action}`;
      case 'warn':
        return `Prudence: ${enCount(count, 'risk', 'risks')} found, ${action}`;
      case 'block':
        return `Prudence: ${enCount(count, 'risk', 'risks')} found, sending will ask first, ${action}`;
      case 'error':
        return `Prudence: this draft could not be checked, ${action}`;
    }
  },
  announce(state, names) {
    if (state === 'block' || state === 'warn') return `Prudence: ${enCount(names.length, 'risk', 'risks')} in the draft: ${names.join(', ')}.${state === 'block' ? ' Sending will ask first.' : ''}`;
    if (state === 'clean') return 'Prudence: nothing risky in the draft.';
    if (state === 'error') return 'Prudence could not check this draft.';
    return '';
  },
  panelTitle: 'Prudence',
  saveTitle: "Keep this conversation for the client's file",
  saveText: 'Save as text',
  saveHtml: 'Save as web page',
  saveNothing: (why) =>
    why === 'no-reader'
      ? 'Prudence cannot tell who wrote what on this site, so it saves nothing rather than a wrong record. Export the chat from the site itself.'
      : why === 'not-a-conversation'
        ? 'This page shows no conversation to save. Open the conversation first.'
        : 'No message is visible yet. Scroll the conversation into view, then save again.',
  saveCut: (n) => `Saved the ${n.toLocaleString('en-CA')} most recent messages: the older ones were too many for one file.`,
  recipient: (name) => `To: ${name}`,
  contactStatus: (status) =>
    status === 'client' ? 'A client: the mandate is signed.' : status === 'prospect' ? 'A prospect: no mandate signed yet.' : status === 'customer' ? 'A customer.' : 'Not marked as a client: Prudence treats it like a prospect.',
  markClient: 'Client, mandate signed',
  markProspect: 'Prospect',
  contactByFirm: "Set by your organisation's list: ask your administrator to change it.",
  consentOnFile: 'Consent to texting on file',
  summary: (n) => `${enCount(n, 'risk', 'risks')} found in this draft`,
  clean: 'Nothing risky found in this draft.',
  idle: 'Nothing to check yet: Prudence reads the draft as you type.',
  error: 'Prudence could not check this draft. Read it over carefully before sending.',
  closePanel: 'Close the Prudence panel',
  severity: {
    block: 'Asks before sending',
    warn: 'Warning',
    info: 'For your information',
  },
  flagged: 'Flagged words',
  quote: (words) => `“${words}”`,
  why: 'Why',
  ignore: 'Ignore for this draft',
  replies: (n) => (n === 1 ? 'Suggested reply' : 'Suggested replies'),
  insert: 'Insert this reply',
  showMore: 'Show the whole reply',
  showLess: 'Show less',
  dismiss: 'Dismiss',
  confirmTitle: 'Send this message?',
  confirmIntro: (n) =>
    n === 1
      ? 'Prudence found a risk that is worth a second look before this goes out:'
      : `Prudence found ${n} risks that are worth a second look before this goes out:`,
  saferReply: 'A safer reply',
  useReply: 'Use this reply instead',
  edit: 'Edit draft',
  sendAnyway: 'Send anyway',
  falseAlarm: 'This is a false alarm',
  falseAlarmHint: 'Sends the message and records your report that this warning was mistaken.',
  insertFailed: (reason) => (reason ? `The reply could not be inserted: ${reason}` : 'The reply could not be inserted.'),
  sendFailed: 'The site did not send the message. Send it again: Prudence will not ask a second time.',
  guardFailed: 'Prudence could not check this draft, so it did not hold it back.',
  guardFailedClosed: 'Prudence could not check this draft. Your organisation asks to hold messages in that case: it was not sent.',
  reasonLabel: 'Why send it anyway?',
  reasonOptional: 'Why send it anyway? (optional)',
  reasonHint: (required, keep) =>
    `${required ? 'Your organisation asks for a reason.' : 'You may give a reason.'} ${
      keep === 'text'
        ? 'It is kept in your journal on this computer, with the message itself, as your organisation asks.'
        : keep === 'hash'
          ? 'It is kept in your journal on this computer, with a fingerprint of the message but not its text.'
          : 'It is kept in your journal on this computer, without the message.'
    }`,
  justificationLabel: 'Justification',
  justificationNone: 'Choose a category (optional)',
  contextNotice: {
    consent: 'No consent to texting is on file for this client. Ask for it before you discuss the matter by message.',
    unencrypted: 'This conversation is not end-to-end encrypted. For anything confidential, use an encrypted app or call instead.',
    'public-data': 'This goes out in public and holds personal data. Take the conversation to a private message instead.',
  },
  noticesLabel: 'Prudence notices',
  insertConsentRequest: 'Insert a consent request',
};

const FR: UiStrings = {
  badgeLabel(state, count, expanded) {
    const action = expanded ? 'masquer les détails' : 'afficher les détails';
    const lead = `Prudence${NBSP}:`;
    switch (state) {
      case 'idle':
        return `${lead} rien à vérifier pour l'instant, ${action}`;
      case 'clean':
        return `${lead} aucun risque relevé, ${action}`;
      case 'warn':
        return `${lead} ${frCount(count, 'risque relevé', 'risques relevés')}, ${action}`;
      case 'block':
        return `${lead} ${frCount(count, 'risque relevé', 'risques relevés')}, confirmation demandée avant l'envoi, ${action}`;
      case 'error':
        return `${lead} ce brouillon n'a pas pu être vérifié, ${action}`;
    }
  },
  announce(state, names) {
    const lead = `Prudence${NBSP}:`;
    if (state === 'block' || state === 'warn') {
      const what = `${lead} ${frCount(names.length, 'risque', 'risques')} dans le brouillon${NBSP}: ${names.join(', ')}.`;
      return state === 'block' ? `${what} L'envoi demandera confirmation.` : what;
    }
    if (state === 'clean') return `${lead} aucun risque dans le brouillon.`;
    if (state === 'error') return `Prudence n'a pas pu vérifier ce brouillon.`;
    return '';
  },
  panelTitle: 'Prudence',
  saveTitle: 'Conserver cette conversation au dossier du client',
  saveText: 'Enregistrer en texte',
  saveHtml: 'Enregistrer en page Web',
  saveNothing: (why) =>
    why === 'no-reader'
      ? 'Prudence ne peut pas distinguer qui a écrit quoi sur ce site : plutôt qu’un relevé inexact, elle n’enregistre rien. Exportez la conversation depuis le site.'
      : why === 'not-a-conversation'
        ? 'Cette page n’affiche aucune conversation à enregistrer. Ouvrez d’abord la conversation.'
        : 'Aucun message n’est encore visible. Affichez la conversation, puis enregistrez de nouveau.',
  saveCut: (n) => `Les ${n.toLocaleString('fr-CA')} messages les plus récents ont été enregistrés : les plus anciens étaient trop nombreux pour un seul fichier.`,
  recipient: (name) => `À${NBSP}: ${name}`,
  contactStatus: (status) =>
    status === 'client'
      ? `Client ou cliente${NBSP}: le mandat est signé.`
      : status === 'prospect'
        ? `Client potentiel${NBSP}: aucun mandat signé pour l’instant.`
        : status === 'customer'
          ? 'Client du service.'
          : `Pas marqué comme client${NBSP}: Prudence le traite comme un client potentiel.`,
  markClient: 'Client, mandat signé',
  markProspect: 'Client potentiel',
  contactByFirm: `Fixé par la liste de votre organisation${NBSP}: demandez à votre administrateur de le modifier.`,
  consentOnFile: 'Consentement aux textos au dossier',
  summary: (n) => `${frCount(n, 'risque relevé', 'risques relevés')} dans ce brouillon`,
  clean: 'Aucun risque relevé dans ce brouillon.',
  idle: `Rien à vérifier pour l'instant${NBSP}: Prudence lit le brouillon à mesure que vous écrivez.`,
  error: "Prudence n'a pas pu vérifier ce brouillon. Relisez-le attentivement avant de l'envoyer.",
  closePanel: 'Fermer le panneau Prudence',
  severity: {
    block: "Confirmation avant l'envoi",
    warn: 'Avertissement',
    info: 'Pour information',
  },
  flagged: 'Passage relevé',
  quote: (words) => `«${NBSP}${words}${NBSP}»`,
  why: 'Motif',
  ignore: 'Ignorer pour ce brouillon',
  replies: (n) => (n < 2 ? 'Réponse suggérée' : 'Réponses suggérées'),
  insert: 'Insérer cette réponse',
  showMore: 'Afficher toute la réponse',
  showLess: 'Réduire',
  dismiss: 'Masquer',
  confirmTitle: `Envoyer ce message${NNBSP}?`,
  confirmIntro: (n) =>
    n < 2
      ? `Prudence a relevé un risque qui mérite un second regard avant l'envoi${NBSP}:`
      : `Prudence a relevé ${n} risques qui méritent un second regard avant l'envoi${NBSP}:`,
  saferReply: 'Une réponse plus prudente',
  useReply: 'Utiliser plutôt cette réponse',
  edit: 'Modifier le brouillon',
  sendAnyway: 'Envoyer quand même',
  falseAlarm: "C'est une fausse alerte",
  falseAlarmHint: 'Envoie le message et enregistre votre signalement de fausse alerte.',
  insertFailed: (reason) => (reason ? `La réponse n'a pas pu être insérée${NBSP}: ${reason}` : "La réponse n'a pas pu être insérée."),
  sendFailed: `Le site n'a pas envoyé le message. Envoyez-le de nouveau${NBSP}: Prudence ne vous demandera pas de confirmer une seconde fois.`,
  guardFailed: "Prudence n'a pas pu vérifier ce brouillon et ne l'a donc pas retenu.",
  guardFailedClosed: `Prudence n'a pas pu vérifier ce brouillon. Votre organisation demande de retenir les messages dans ce cas${NBSP}: il n'a pas été envoyé.`,
  reasonLabel: `Pourquoi l’envoyer quand même${NBSP}?`,
  reasonOptional: `Pourquoi l’envoyer quand même${NBSP}? (facultatif)`,
  reasonHint: (required, keep) =>
    `${required ? 'Votre organisation demande un motif.' : 'Vous pouvez indiquer un motif.'} ${
      keep === 'text'
        ? 'Il est conservé dans votre journal sur cet ordinateur, avec le message lui-même, à la demande de votre organisation.'
        : keep === 'hash'
          ? 'Il est conservé dans votre journal sur cet ordinateur, avec une empreinte du message, mais pas son texte.'
          : 'Il est conservé dans votre journal sur cet ordinateur, sans le message.'
    }`,
  justificationLabel: 'Justification',
  justificationNone: 'Choisir une catégorie (facultatif)',
  contextNotice: {
    consent: 'Le consentement de cette personne aux textos ne figure pas au dossier. Demandez-le avant d’aborder l’affaire par message.',
    unencrypted: 'Cette conversation n’est pas chiffrée de bout en bout. Pour tout échange confidentiel, passez par une application chiffrée ou par un appel.',
    'public-data': 'Ce message sera public et contient des données personnelles. Poursuivez plutôt l’échange en message privé.',
  },
  noticesLabel: 'Avis de Prudence',
  insertConsentRequest: 'Insérer une demande de consentement',
};

const STRINGS: Record<Lang, UiStrings> = { en: EN, fr: FR };

/** The UI strings in one language. */
export function t(lang: Lang): UiStrings {
  return STRINGS[lang];
}

const RULE_NAMES: Record<BuiltinRuleId, Record<Lang, string>> = {
  'legal-advice': { en: 'Legal advice by text', fr: 'Avis juridique par écrit' },
  'case-strategy': { en: 'Case strategy in writing', fr: 'Stratégie du dossier par écrit' },
  'no-mandate': { en: 'Advice before a signed mandate', fr: 'Conseil avant la signature du mandat' },
  'binding-commitment': { en: 'Promise that binds you', fr: 'Promesse qui vous engage' },
  'liability-admission': { en: 'Admitting fault', fr: 'Reconnaissance de faute' },
  'personal-data': { en: 'Personal data', fr: 'Données personnelles' },
  'hostile-tone': { en: 'Hostile tone', fr: 'Ton hostile' },
};

function isBuiltin(id: string): id is BuiltinRuleId {
  return Object.hasOwn(RULE_NAMES, id);
}

/** A rule's short name; a firm's `policy:<id>` rule is named by its id, and an unknown id by itself. */
/**
 * The heading of a finding: the built-in rule's name, or for a firm's own
 * rule (`policy:<id>`) its message, which the admin wrote for people to read.
 */
export function findingName(ruleId: string, message: string, lang: Lang): string {
  return ruleId.startsWith('policy:') && message.trim() !== '' ? message : ruleName(ruleId, lang);
}

export function ruleName(ruleId: string, lang: Lang): string {
  if (isBuiltin(ruleId)) return RULE_NAMES[ruleId][lang];
  if (ruleId.startsWith('policy:')) return ruleId.slice('policy:'.length) || ruleId;
  return ruleId;
}

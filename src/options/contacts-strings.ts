/**
 * The options page's contacts section, in English and French (French with a
 * no-break space before : ; ? ! and inside « », as in strings.ts). The
 * reasons a CSV row or file is refused are worded here from the import's
 * data, in the page's language.
 */
import type { Lang } from '../engine/types';
import type { ContactStatus } from '../contacts/registry';
import { CONTACT_STATUSES } from '../contacts/registry';
import { CSV_COLUMNS, CSV_SITES, type CsvDuplicate, type CsvFileProblem, type CsvRowProblem } from '../contacts/csv';

const NBSP = '\u00a0';

export interface ContactsStrings {
  title: string;
  intro: string;
  searchLabel: string;
  shown(shown: number, total: number): string;
  /** More match than the page lists. */
  capped(listed: number): string;
  none: string;
  noMatch: string;
  contactColumn: string;
  statusColumn: string;
  mandateColumn: string;
  consentColumn: string;
  noteColumn: string;
  statuses: Record<ContactStatus, string>;
  /** The generic guard's pages, which have no adapter name of their own. */
  otherSite: string;
  labelOf(name: string): string;
  statusOf(name: string): string;
  mandateDateOf(name: string): string;
  consentOf(name: string): string;
  consentDateOf(name: string): string;
  noteOf(name: string): string;
  consentOnFile: string;
  noConsent: string;
  onDate(date: string): string;
  firm: string;
  shadowed: string;
  tooLong(max: number): string;
  /** A value storage would not read back (a date the browser allows past year 9999). */
  invalid: string;
  remove: string;
  removeLabel(name: string): string;
  confirmRemove(name: string): string;
  yes: string;
  no: string;
  removed(name: string): string;

  addTitle: string;
  siteLabel: string;
  keyLabel: string;
  keyHint: string;
  statusLabel: string;
  addButton: string;
  added(name: string): string;
  addKeyMissing: string;
  addExists: string;
  addFirm: string;

  importTitle: string;
  importIntro: string;
  importFile: string;
  reading: string;
  readFailed: string;
  fileProblem(p: CsvFileProblem): string;
  nothingChanged: string;
  imported(accepted: number, rows: number): string;
  nothingImported: string;
  firmRows(n: number): string;
  rejectedTitle(n: number): string;
  rowProblem(p: CsvRowProblem): string;
  duplicatesTitle(n: number): string;
  duplicate(d: CsvDuplicate): string;
  more(n: number): string;
  ignoredColumns(names: string[]): string;
  writeFailed(reason: string): string;

  exportTitle: string;
  exportIntro: string;
  exportButton: string;
  exported(file: string): string;

  legacyTitle: string;
  legacyIntro: string;
}

const list = (xs: readonly string[]) => xs.join(', ');
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

const EN: ContactsStrings = {
  title: 'Contacts',
  intro:
    'Who each conversation is with. The “no mandate” warning relies on it: a conversation with no entry is an unknown contact. Mark a conversation from Prudence’s panel, or manage the list here. Changes are saved at once.',
  searchLabel: 'Search the contacts',
  shown: (shown, total) => (shown === total ? (total === 1 ? '1 contact.' : `${total} contacts.`) : `${shown} of ${total} contacts shown.`),
  capped: (listed) => `Only the first ${listed} are listed: narrow the search to find the others.`,
  none: 'No contact yet.',
  noMatch: 'No contact matches this search.',
  contactColumn: 'Contact',
  statusColumn: 'Status',
  mandateColumn: 'Mandate signed on',
  consentColumn: 'Consent to texting',
  noteColumn: 'Note',
  statuses: { client: 'Client', prospect: 'Prospect', customer: 'Customer' },
  otherSite: 'Other page named by your organisation',
  labelOf: (name) => `Name of ${name}`,
  statusOf: (name) => `Status of ${name}`,
  mandateDateOf: (name) => `Date the mandate of ${name} was signed`,
  consentOf: (name) => `Consent to texting of ${name} on file`,
  consentDateOf: (name) => `Date of the consent to texting of ${name}`,
  noteOf: (name) => `Note on ${name}`,
  consentOnFile: 'On file',
  noConsent: 'Not on file',
  onDate: (date) => `on ${date}`,
  firm: 'Set by your organisation',
  shadowed: 'Your organisation’s list also names this conversation: its entry applies.',
  tooLong: (max) => `Use ${max} characters at most. Nothing was saved.`,
  invalid: 'This value cannot be kept. Nothing was saved.',
  remove: 'Delete',
  removeLabel: (name) => `Delete the entry for ${name}`,
  confirmRemove: (name) => `Delete the entry for ${name}?`,
  yes: 'Delete it',
  no: 'Keep it',
  removed: (name) => `The entry for ${name} was deleted.`,

  addTitle: 'Add a contact',
  siteLabel: 'Site',
  keyLabel: 'Conversation key',
  keyHint: 'As Prudence names the conversation, e.g. “whatsapp:Marie Tremblay”. The site’s prefix is added when it is missing.',
  statusLabel: 'Status',
  addButton: 'Add',
  added: (name) => `${name} was added.`,
  addKeyMissing: 'Enter the conversation key.',
  addExists: 'This conversation is already in the list: change it there.',
  addFirm: 'Your organisation’s list sets this conversation.',

  importTitle: 'Import a file',
  importIntro: `A CSV file with the columns ${list(CSV_COLUMNS)} (site, key and status are required), in any order, separated by commas or semicolons, as Excel and LibreOffice save them. Consent is yes or no; dates are written YYYY-MM-DD. Each row replaces the entry for the same conversation; the other entries stay.`,
  importFile: 'Contacts file (CSV)',
  reading: 'Reading the file…',
  readFailed: 'The file could not be read. Nothing was changed.',
  fileProblem: (p) => {
    switch (p.kind) {
      case 'empty':
        return 'The file is empty.';
      case 'too-large':
        return `The file is larger than ${mb(p.maxBytes)} MB.`;
      case 'too-many-rows':
        return `The file has more than ${p.maxRows.toLocaleString('en')} rows.`;
      case 'missing-columns':
        return `The heading line has no ${list(p.columns.map((c) => `“${c}”`))} column. Expected: ${list(CSV_COLUMNS)}.`;
      case 'duplicate-column':
        return `The heading line names the “${p.column}” column twice.`;
    }
  },
  nothingChanged: 'Nothing was changed.',
  imported: (accepted, rows) => `${accepted} of ${rows} ${rows === 1 ? 'row' : 'rows'} imported.`,
  nothingImported: 'No row could be imported. Nothing was changed.',
  firmRows: (n) => (n === 1 ? 'Your organisation’s list sets 1 of these conversations: its entry applies.' : `Your organisation’s list sets ${n} of these conversations: its entries apply.`),
  rejectedTitle: (n) => (n === 1 ? '1 row rejected' : `${n} rows rejected`),
  rowProblem: (p) => {
    const at = `line ${p.line}: `;
    switch (p.kind) {
      case 'required':
        return `${at}${p.column} is empty`;
      case 'site':
        return `${at}site "${p.value}" is not one of ${list(CSV_SITES)}`;
      case 'status':
        return `${at}status "${p.value}" is not one of ${list(CONTACT_STATUSES)}`;
      case 'consent':
        return `${at}consent "${p.value}" is not one of yes, no, true, false, oui, non, 1, 0`;
      case 'date':
        return `${at}${p.column} "${p.value}" is not a date written YYYY-MM-DD`;
      case 'too-long':
        return `${at}${p.column} is longer than ${p.max} characters`;
      case 'extra-fields':
        return `${at}${p.count} fields where the heading has ${p.expected} (a separator inside a value without quotes?)`;
      case 'unclosed-quote':
        return `${at}a quote opened here is never closed`;
    }
  },
  duplicatesTitle: (n) => (n === 1 ? '1 conversation given twice (the later row is kept)' : `${n} conversations given twice (the later row is kept)`),
  duplicate: (d) => `line ${d.line} repeats line ${d.earlier} (${d.key})`,
  more: (n) => `and ${n} more`,
  ignoredColumns: (names) => `Columns ignored: ${list(names)}.`,
  writeFailed: (reason) => `The contacts could not be saved (${reason}). Nothing was changed.`,

  exportTitle: 'Export',
  exportIntro: 'Your own entries as a CSV file, to keep or to import on another computer. Your organisation’s list is not included.',
  exportButton: 'Export the contacts (CSV)',
  exported: (file) => `Saved as ${file}.`,

  legacyTitle: 'Older categories still in force',
  legacyIntro: 'An earlier version of Prudence kept these categories by conversation. The contacts list cannot hold them, so they still apply; delete one and the default applies to that conversation.',
};

const FR: ContactsStrings = {
  title: 'Contacts',
  intro: `Qui est votre interlocuteur dans chaque conversation. L’avertissement «${NBSP}sans mandat${NBSP}» en dépend${NBSP}: une conversation sans fiche est un contact inconnu. Indiquez-le depuis le panneau de Prudence, ou gérez la liste ici. Les modifications sont enregistrées aussitôt.`,
  searchLabel: 'Rechercher dans les contacts',
  shown: (shown, total) => (shown === total ? (total < 2 ? `${total} contact.` : `${total} contacts.`) : `${shown} contacts affichés sur ${total}.`),
  capped: (listed) => `Seuls les ${listed} premiers sont affichés${NBSP}: affinez la recherche pour trouver les autres.`,
  none: 'Aucun contact pour l’instant.',
  noMatch: 'Aucun contact ne correspond à cette recherche.',
  contactColumn: 'Contact',
  statusColumn: 'Statut',
  mandateColumn: 'Mandat signé le',
  consentColumn: 'Accord pour les textos',
  noteColumn: 'Note',
  statuses: { client: 'Client', prospect: 'Client potentiel', customer: 'Client du service' },
  otherSite: 'Autre page désignée par votre organisation',
  labelOf: (name) => `Nom de ${name}`,
  statusOf: (name) => `Statut de ${name}`,
  mandateDateOf: (name) => `Date de signature du mandat de ${name}`,
  consentOf: (name) => `Accord de ${name} pour les textos au dossier`,
  consentDateOf: (name) => `Date de l’accord de ${name} pour les textos`,
  noteOf: (name) => `Note sur ${name}`,
  consentOnFile: 'Au dossier',
  noConsent: 'Pas au dossier',
  onDate: (date) => `le ${date}`,
  firm: 'Fixé par votre organisation',
  shadowed: `La liste de votre organisation nomme aussi cette conversation${NBSP}: c’est sa fiche qui s’applique.`,
  tooLong: (max) => `Utilisez au plus ${max} caractères. Rien n’a été enregistré.`,
  invalid: 'Cette valeur ne peut pas être conservée. Rien n’a été enregistré.',
  remove: 'Supprimer',
  removeLabel: (name) => `Supprimer la fiche de ${name}`,
  confirmRemove: (name) => `Supprimer la fiche de ${name}${NBSP}?`,
  yes: 'La supprimer',
  no: 'La garder',
  removed: (name) => `La fiche de ${name} a été supprimée.`,

  addTitle: 'Ajouter un contact',
  siteLabel: 'Site',
  keyLabel: 'Clé de la conversation',
  keyHint: `Telle que Prudence nomme la conversation, par exemple «${NBSP}whatsapp:Marie Tremblay${NBSP}». Le préfixe du site est ajouté s’il manque.`,
  statusLabel: 'Statut',
  addButton: 'Ajouter',
  added: (name) => `${name} a été ajouté.`,
  addKeyMissing: 'Saisissez la clé de la conversation.',
  addExists: `Cette conversation est déjà dans la liste${NBSP}: modifiez-la là.`,
  addFirm: 'La liste de votre organisation fixe cette conversation.',

  importTitle: 'Importer un fichier',
  importIntro: `Un fichier CSV avec les colonnes ${list(CSV_COLUMNS)} (site, key et status sont obligatoires), dans n’importe quel ordre, séparées par des virgules ou des points-virgules, tel qu’Excel et LibreOffice l’enregistrent. L’accord (consent) vaut oui ou non${NBSP}; les dates s’écrivent AAAA-MM-JJ. Chaque ligne remplace la fiche de la même conversation${NBSP}; les autres fiches restent.`,
  importFile: 'Fichier de contacts (CSV)',
  reading: 'Lecture du fichier…',
  readFailed: 'Le fichier n’a pas pu être lu. Rien n’a été modifié.',
  fileProblem: (p) => {
    switch (p.kind) {
      case 'empty':
        return 'Le fichier est vide.';
      case 'too-large':
        return `Le fichier dépasse ${mb(p.maxBytes)}${NBSP}Mo.`;
      case 'too-many-rows':
        return `Le fichier compte plus de ${p.maxRows.toLocaleString('fr')} lignes.`;
      case 'missing-columns':
        return `La ligne d’en-tête n’a pas de colonne ${list(p.columns.map((c) => `«${NBSP}${c}${NBSP}»`))}. Colonnes attendues${NBSP}: ${list(CSV_COLUMNS)}.`;
      case 'duplicate-column':
        return `La ligne d’en-tête nomme deux fois la colonne «${NBSP}${p.column}${NBSP}».`;
    }
  },
  nothingChanged: 'Rien n’a été modifié.',
  imported: (accepted, rows) => `${accepted} ${rows < 2 ? 'ligne importée' : 'lignes importées'} sur ${rows}.`,
  nothingImported: 'Aucune ligne n’a pu être importée. Rien n’a été modifié.',
  firmRows: (n) =>
    n < 2
      ? `La liste de votre organisation fixe 1 de ces conversations${NBSP}: c’est sa fiche qui s’applique.`
      : `La liste de votre organisation fixe ${n} de ces conversations${NBSP}: ce sont ses fiches qui s’appliquent.`,
  rejectedTitle: (n) => (n < 2 ? '1 ligne refusée' : `${n} lignes refusées`),
  rowProblem: (p) => {
    const at = `ligne ${p.line}${NBSP}: `;
    const q = (v: string) => `«${NBSP}${v}${NBSP}»`;
    switch (p.kind) {
      case 'required':
        return `${at}${p.column} est vide`;
      case 'site':
        return `${at}le site ${q(p.value)} n’est pas l’un de ${list(CSV_SITES)}`;
      case 'status':
        return `${at}le statut ${q(p.value)} n’est pas l’un de ${list(CONTACT_STATUSES)}`;
      case 'consent':
        return `${at}l’accord ${q(p.value)} n’est pas l’un de oui, non, yes, no, true, false, 1, 0`;
      case 'date':
        return `${at}${p.column} ${q(p.value)} n’est pas une date écrite AAAA-MM-JJ`;
      case 'too-long':
        return `${at}${p.column} dépasse ${p.max} caractères`;
      case 'extra-fields':
        return `${at}${p.count} champs alors que l’en-tête en a ${p.expected} (un séparateur dans une valeur sans guillemets${NBSP}?)`;
      case 'unclosed-quote':
        return `${at}un guillemet ouvert ici n’est jamais fermé`;
    }
  },
  duplicatesTitle: (n) => (n < 2 ? '1 conversation donnée deux fois (la dernière ligne est gardée)' : `${n} conversations données deux fois (la dernière ligne est gardée)`),
  duplicate: (d) => `la ligne ${d.line} reprend la ligne ${d.earlier} (${d.key})`,
  more: (n) => `et ${n} de plus`,
  ignoredColumns: (names) => `Colonnes ignorées${NBSP}: ${list(names)}.`,
  writeFailed: (reason) => `Les contacts n’ont pas pu être enregistrés (${reason}). Rien n’a été modifié.`,

  exportTitle: 'Exporter',
  exportIntro: 'Vos propres fiches dans un fichier CSV, à conserver ou à importer sur un autre ordinateur. La liste de votre organisation n’y figure pas.',
  exportButton: 'Exporter les contacts (CSV)',
  exported: (file) => `Enregistré sous ${file}.`,

  legacyTitle: 'Anciennes catégories toujours en vigueur',
  legacyIntro: `Une version antérieure de Prudence conservait ces catégories par conversation. La liste des contacts ne peut pas les contenir${NBSP}: elles s’appliquent toujours. Supprimez-en une et le réglage par défaut s’applique à cette conversation.`,
};

export function contactsStrings(lang: Lang): ContactsStrings {
  return lang === 'fr' ? FR : EN;
}

/** A day written YYYY-MM-DD, in the page's language and the browser's region when they agree ("23 Nov 2026", "23 nov. 2026"). */
export function formatDay(day: string, lang: Lang, browserLanguage?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (m === null) return day;
  const tag = browserLanguage !== undefined && browserLanguage.toLowerCase().startsWith(lang) ? browserLanguage : lang;
  try {
    // Noon UTC, shown in UTC: the same calendar day wherever the user is.
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)));
  } catch {
    return day;
  }
}

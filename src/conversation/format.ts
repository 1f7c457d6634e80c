/**
 * A saved conversation as a file: plain text (`toText`) or a standalone HTML
 * page (`toHtml`), with its labels in English or French, and the file's name
 * (`fileName`). Pure: no DOM, no browser API.
 *
 * Every piece of text that comes from the page (site names excepted, which
 * are ours) is untrusted: in HTML it is escaped (& < > " ' and no raw markup
 * ever), isolated for bidi in <bdi>, and the document's CSP allows no script
 * at all; in both formats lone surrogates and control characters become
 * U+FFFD, and in plain text a field that can change the writing direction is
 * wrapped in an isolate (FSI … PDI) so it cannot reorder the rest of its line.
 */
import type { Lang } from '../engine/types';
import { MAX_MESSAGES, type SavedConversation, type Truncation, type VisibleMessage } from './types';

/** MIME types of the two formats, for `saveFile`. */
export const MIME = { txt: 'text/plain;charset=utf-8', html: 'text/html;charset=utf-8' } as const;
export type Extension = keyof typeof MIME;

export interface FormatOptions {
  /** BCP 47 locale for the date the file was saved ("fr-CA"); default: the runtime's. */
  locale?: string;
  /** IANA time zone for that date and the file name; default: the runtime's. */
  timeZone?: string;
}

// ------------------------------------------------------------ labels

/** No-break space (before ":"), narrow no-break space (before ";", "?", "!"), as the in-page UI writes French. */
const NBSP = '\u00a0';
const NNBSP = '\u202f';

interface Labels {
  title: string;
  site: string;
  conversation: string;
  savedOn: string;
  messages: string;
  unnamed: string;
  caveatTitle: string;
  caveat: string;
  truncated(kind: Truncation): string;
  /** The sender of a sent message the page names nobody on. */
  you: string;
  /** The sender of a received message the page names nobody on. */
  them: string;
  /** A message whose sender and direction the page does not show. */
  unknown: string;
  /** ":" with the language's spacing. */
  colon: string;
  none: string;
}

const LABELS: Record<Lang, Labels> = {
  en: {
    title: 'Conversation saved by Prudence',
    site: 'Site',
    conversation: 'Conversation',
    savedOn: 'Saved on',
    messages: 'Messages',
    unnamed: '(not named on screen)',
    caveatTitle: 'As shown on screen',
    caveat:
      'This is the text of the messages the page showed when the file was saved, oldest first. Messages not loaded on screen, attachments, reactions and earlier versions of edited messages are not included. Names and times are as the site displayed them.',
    truncated: (kind) =>
      kind === 'messages'
        ? `Only the ${MAX_MESSAGES.toLocaleString('en')} most recent messages are included; older ones were left out.`
        : 'Only the most recent messages are included: the text passed 2 MB and older messages were left out.',
    you: 'You',
    them: 'Other party',
    unknown: 'Sender not shown',
    colon: ':',
    none: 'No message with text was on screen.',
  },
  fr: {
    title: 'Conversation enregistrée par Prudence',
    site: 'Site',
    conversation: 'Conversation',
    savedOn: 'Enregistrée le',
    messages: 'Messages',
    unnamed: '(sans nom à l’écran)',
    caveatTitle: 'Tel qu’affiché à l’écran',
    caveat: `Voici le texte des messages que la page affichait au moment de l’enregistrement, du plus ancien au plus récent. Les messages non chargés à l’écran, les pièces jointes, les réactions et les versions antérieures des messages modifiés n’y figurent pas${NNBSP}; les noms et les heures sont ceux qu’affichait le site.`,
    truncated: (kind) =>
      kind === 'messages'
        ? `Seuls les ${MAX_MESSAGES.toLocaleString('fr').replace(/\s/g, NNBSP)} messages les plus récents figurent ici${NNBSP}; les plus anciens ont été laissés de côté.`
        : `Seuls les messages les plus récents figurent ici${NBSP}: le texte dépassait 2${NBSP}Mo et les plus anciens ont été laissés de côté.`,
    you: 'Vous',
    them: 'Interlocuteur',
    unknown: 'Expéditeur non affiché',
    colon: `${NBSP}:`,
    none: 'Aucun message avec du texte n’était affiché.',
  },
};

/** The labels of a language (exported for the tests and the panel). */
export function labels(lang: Lang): Readonly<Labels> {
  return LABELS[lang];
}

// ------------------------------------------------------------ text hygiene

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls but tab and line feed, DEL, C1 controls.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Characters that can change the direction of what follows them: RTL letters, RLM, ALM, explicit embeddings, overrides and isolates. */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u061C\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Well-formed text: lone surrogates and control characters replaced by U+FFFD, line ends as "\n". */
function clean(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, '\uFFFD');
}

/** One line: a field that must not break the line it sits in (a name, a time). */
function oneLine(s: string): string {
  return clean(s).replace(/\s*\n\s*/g, ' ');
}

/**
 * A plain-text field that cannot reorder its line: wrapped in FSI … PDI when
 * it holds right-to-left letters or bidi controls. A PDI without its own
 * opener inside the field would close our isolate early: those are dropped;
 * embeddings and overrides left open are closed by our PDI.
 */
function isolate(line: string): string {
  if (!BIDI_SENSITIVE.test(line)) return line;
  let open = 0;
  let out = '';
  for (const ch of line) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') open++;
    else if (ch === '\u2069') {
      if (open === 0) continue;
      open--;
    }
    out += ch;
  }
  return `\u2068${out}\u2069`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute: escaped, and bidi controls written as references so the source reads plainly. */
function escapeHtml(s: string): string {
  return clean(s)
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replace(BIDI_CONTROLS, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

// ------------------------------------------------------------ shared pieces

function senderOf(m: VisibleMessage, l: Labels): string {
  if (m.sender !== null && m.sender.trim() !== '') return m.sender;
  if (m.outgoing === true) return l.you;
  if (m.outgoing === false) return l.them;
  return l.unknown;
}

function savedOn(date: Date, lang: Lang, options: FormatOptions): string {
  const format = new Intl.DateTimeFormat(options.locale ?? lang, {
    dateStyle: 'full',
    timeStyle: 'long',
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  });
  return `${format.format(date)} (${date.toISOString()})`;
}

function conversationName(conv: SavedConversation, l: Labels): string {
  return conv.conversation.label ?? l.unnamed;
}

// ------------------------------------------------------------ text

/** The conversation as plain text: a header, then one block per message, "time — sender: text". */
export function toText(conv: SavedConversation, lang: Lang, options: FormatOptions = {}): string {
  const l = LABELS[lang];
  const head = [
    l.title,
    `${l.site}${l.colon} ${conv.site.label}`,
    `${l.conversation}${l.colon} ${isolate(oneLine(conversationName(conv, l)))}`,
    `${l.savedOn}${l.colon} ${savedOn(conv.exportedAt, lang, options)}`,
    `${l.messages}${l.colon} ${conv.messages.length}`,
    `${l.caveatTitle}${l.colon} ${l.caveat}`,
  ];
  if (conv.truncated) head.push(l.truncated(conv.truncated));
  const blocks = conv.messages.map((m) => {
    const who = isolate(oneLine(senderOf(m, l)));
    const when = m.time === null ? '' : `${isolate(oneLine(m.time))} — `;
    const [first = '', ...rest] = clean(m.text).split('\n').map(isolate);
    return [`${when}${who}${l.colon} ${first}`, ...rest.map((line) => `    ${line}`)].join('\n');
  });
  if (blocks.length === 0) blocks.push(l.none);
  return `${head.join('\n')}\n${'—'.repeat(40)}\n\n${blocks.join('\n\n')}\n`;
}

// ------------------------------------------------------------ HTML

/** No script, no fetch of anything; inline styles only. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.35rem; margin: 0 0 .75rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.caveat { border-left: 4px solid #b58900; background: #fdf6e3; padding: .5rem .75rem; margin: 0 0 1.5rem; }
.truncated { font-weight: 600; }
ol { list-style: none; margin: 0; padding: 0; }
li { border-left: 3px solid #8a8a8a; padding: .35rem .75rem; margin: 0 0 .75rem; break-inside: avoid; }
li.out { border-left-color: #2f7d5b; background: #f2f8f5; }
.meta { color: #555; font-size: .85rem; margin: 0 0 .15rem; }
.sender { font-weight: 600; color: #1b1b1b; }
.text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .caveat { background: none; }
  li.out { background: none; }
}
`.trim();

/** The conversation as a standalone HTML page, ready to print or to file. */
export function toHtml(conv: SavedConversation, lang: Lang, options: FormatOptions = {}): string {
  const l = LABELS[lang];
  const e = escapeHtml;
  const name = conversationName(conv, l);
  const items = conv.messages.map((m) => {
    const time = m.time === null ? '' : `<span class="time"><bdi>${e(oneLine(m.time))}</bdi></span> — `;
    return `<li class="${m.outgoing === true ? 'out' : m.outgoing === false ? 'in' : 'unknown'}"><p class="meta">${time}<bdi class="sender">${e(oneLine(senderOf(m, l)))}</bdi></p><p class="text"><bdi>${e(m.text)}</bdi></p></li>`;
  });
  const list = items.length === 0 ? `<p>${e(l.none)}</p>` : `<ol>\n${items.join('\n')}\n</ol>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${conv.site.label} — ${oneLine(name)}`)}</title>
<style>
${CSS}
</style>
</head>
<body>
<header>
<h1>${e(l.title)}</h1>
<dl>
<dt>${e(l.site)}</dt><dd>${e(conv.site.label)}</dd>
<dt>${e(l.conversation)}</dt><dd><bdi>${e(oneLine(name))}</bdi></dd>
<dt>${e(l.savedOn)}</dt><dd>${e(savedOn(conv.exportedAt, lang, options))}</dd>
<dt>${e(l.messages)}</dt><dd>${conv.messages.length}</dd>
</dl>
<p class="caveat"><strong>${e(l.caveatTitle)}${e(l.colon)}</strong> ${e(l.caveat)}</p>
${conv.truncated ? `<p class="truncated">${e(l.truncated(conv.truncated))}</p>\n` : ''}</header>
<main>
${list}
</main>
</body>
</html>
`;
}

// ------------------------------------------------------------ file name

const MAX_SLUG = 40;

/** Letters and digits of a text, accents dropped, lower case, runs of anything else as one "-", at most `max` long. */
function slug(s: string, max: number): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** YYYYMMDD-HHmm of a date in the time zone (default: the runtime's). */
function stamp(date: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}${part('month')}${part('day')}-${part('hour')}${part('minute')}`;
}

/**
 * The file's name: `prudence-<site>-<conversation>-<YYYYMMDD-HHmm>.<ext>`,
 * only lower-case ASCII letters, digits and "-" besides the extension's dot,
 * at most 100 characters. The conversation part is its label, else its key.
 */
export function fileName(conv: SavedConversation, ext: Extension, options: Pick<FormatOptions, 'timeZone'> = {}): string {
  const site = slug(conv.site.id, 20) || 'site';
  const who = slug(conv.conversation.label ?? '', MAX_SLUG) || slug(conv.conversation.key.replace(/^[^:]*:/, ''), MAX_SLUG) || 'conversation';
  return `prudence-${site}-${who}-${stamp(conv.exportedAt, options.timeZone)}.${ext}`;
}

/**
 * Reading the conversation the open chat shows, to save it to a file.
 *
 * Entry point:
 *
 *   captureConversation(adapterId, doc, compose): Capture
 *     adapterId  the site adapter's id (SITE_IDS, or 'generic')
 *     doc        the page's document
 *     compose    the compose box the guard found (adapter.findCompose), or
 *                null; it tells which conversation is open where a page
 *                keeps several, and is never read
 *   → { messages, truncated, reason? }: the messages on screen in document
 *     order (oldest first), each { sender, time, text, outgoing } as the page
 *     shows it; `truncated` says whether the oldest ones were left out to stay
 *     within MAX_MESSAGES / MAX_TEXT; `reason` says why `messages` is empty.
 *
 * What it reads: only what the page has rendered (sites load older messages
 * as the user scrolls up, and some drop those scrolled far away), as text
 * (see ./text.ts: never innerHTML), never the compose box, never Prudence's
 * own UI. Attachments without a caption, stickers and calls have no text and
 * are left out. Nothing is sent anywhere: the caller saves the result
 * locally (./save.ts).
 *
 * One reader per site, each keyed on the most stable markup known (sources
 * cited per reader; the live sites change, and each reader is proved against
 * its playground page in tests/e2e/conversation.spec.ts). A site whose markup
 * does not say who wrote what gets no reader: it returns an empty list and a
 * reason rather than a transcript that could put words in the wrong mouth.
 */
import { ADAPTERS, generic } from '../sites';
import { closestOf } from '../sites/dom';
import type { AdapterId, SiteAdapter } from '../sites/types';
import { lineOf, readText } from './text';
import { MAX_MESSAGES, MAX_TEXT, type Capture, type CaptureReason, type VisibleMessage } from './types';

/** At most this many message elements are looked at (the last ones): bounds the work on a page with a huge rendered history. */
const MAX_SCANNED = 4 * MAX_MESSAGES;

/** A message element found by a reader, its text not read yet (text is read newest first, within the bounds). */
interface Candidate {
  sender: string | null;
  time: string | null;
  outgoing: boolean | null;
  /** The element holding the message's text. */
  body: Element;
  /** Subtrees of `body` that are not the message's text (its time, reactions, a quoted message). */
  skip?: string;
}

interface ReadContext {
  doc: Document;
  compose: HTMLElement | null;
  url: URL;
  adapter: SiteAdapter;
  /** Set by `scan` when it left out older elements (MAX_SCANNED). */
  scanCut: boolean;
}

type Reader = (ctx: ReadContext) => Candidate[] | CaptureReason;

// ------------------------------------------------------------ helpers

function reason(code: CaptureReason['code'], detail: string): CaptureReason {
  return { code, detail };
}

/** The last MAX_SCANNED elements matching the selector under the root, in document order, none inside the compose box or another match. */
function scan(ctx: ReadContext, root: ParentNode, selector: string): Element[] {
  const { compose } = ctx;
  const all = Array.from(root.querySelectorAll(selector));
  const recent = all.length > MAX_SCANNED ? all.slice(all.length - MAX_SCANNED) : all;
  if (recent !== all) ctx.scanCut = true;
  return recent.filter((el) => {
    if (compose !== null && (compose.contains(el) || el.contains(compose))) return false;
    // A quoted message inside a message is part of that message, not one of its own.
    return el.parentElement?.closest(selector) == null;
  });
}

/** A candidate per message element under the root whose `describe` finds a text element (`body: null`: no text, left out). */
function messagesIn(ctx: ReadContext, root: ParentNode, selector: string, describe: (el: Element) => Omit<Candidate, 'body'> & { body: Element | null }): Candidate[] {
  return scan(ctx, root, selector).flatMap((el) => {
    const c = describe(el);
    return c.body === null ? [] : [{ ...c, body: c.body }];
  });
}

/**
 * Fills in the sender and time of messages that show none from the message
 * before them in the same run, in the same direction: LinkedIn and both
 * Telegrams name the sender (and LinkedIn the time) once per run.
 */
function inherit(candidates: Candidate[], runOf: (c: Candidate) => Element | null, fields: readonly ('sender' | 'time')[]): Candidate[] {
  let previous: Candidate | null = null;
  let previousRun: Element | null = null;
  for (const c of candidates) {
    const run = runOf(c);
    if (previous !== null && run !== null && run === previousRun && previous.outgoing === c.outgoing) {
      for (const field of fields) c[field] ??= previous[field];
    }
    previous = c;
    previousRun = run;
  }
  return candidates;
}

// ------------------------------------------------------------ readers

/**
 * WhatsApp Web. Every text message's `div.copyable-text` carries
 * `data-pre-plain-text="[10:32, 23/11/2026] Sender Name: "` (the prefix
 * WhatsApp itself puts before a copied message): time, date and sender in one
 * attribute that has been stable for years; the bubble sits in `.message-in`
 * or `.message-out`; the text is the `.selectable-text` inside, emoji as
 * <img alt>. Sources: bitts/web.whatsapp-bot (`.message-in div.copyable-text`,
 * `getAttribute('data-pre-plain-text')`, `.selectable-text > span`), and
 * several public scrapers parsing the same "[time, date] sender: " prefix
 * (public code). Unproven: the outgoing prefix names the user's own
 * WhatsApp name (the playground writes "You"); media without a caption carry
 * no prefix and are left out.
 */
const WA_PREFIX = /^\[([^\]]*)\]\s*([\s\S]*?):\s*$/;

const whatsapp: Reader = (ctx) => {
  const { doc, compose } = ctx;
  const main = compose?.closest('#main') ?? doc.getElementById('main');
  if (main === null) return reason('not-a-conversation', 'No chat is open (#main is absent).');
  return scan(ctx, main, '[data-pre-plain-text]').map((el) => {
    const m = WA_PREFIX.exec(el.getAttribute('data-pre-plain-text') ?? '');
    const bubble = el.closest('.message-in, .message-out');
    return {
      time: m?.[1] === undefined ? null : `[${m[1].trim()}]`,
      sender: m?.[2]?.trim() || null,
      outgoing: bubble === null ? null : bubble.classList.contains('message-out'),
      body: el.querySelector('.selectable-text') ?? el,
      skip: '[data-testid="quoted-message"], .quoted-mention',
    };
  });
};

/**
 * X posts and replies: a conversation is the thread a reply page (or a reply
 * modal) shows, one `article[data-testid="tweet"]` per post, with
 * `[data-testid="User-Name"]` (the display name link, then the "@handle"
 * link), `time` and `[data-testid="tweetText"]`. These testids are those
 * insin/control-panel-for-twitter keys on. The home timeline is not a
 * conversation. Whether a post is the user's own is not read (null).
 */
const xPost: Reader = (ctx) => {
  const { doc, compose, url, adapter } = ctx;
  if (compose === null || adapter.identity(compose, url).key === 'x-post:home') {
    return reason('not-a-conversation', 'The home timeline is not a conversation: open a post to save its thread.');
  }
  const scope = compose.closest('[role="dialog"]') ?? doc.querySelector('[data-testid="primaryColumn"]') ?? doc;
  return messagesIn(ctx, scope, 'article[data-testid="tweet"]', (article) => {
    const links = Array.from(article.querySelectorAll('[data-testid="User-Name"] a')).map((a) => lineOf(a));
    const handle = links.find((t) => t?.startsWith('@')) ?? null;
    const name = links.find((t) => t !== null && !t.startsWith('@')) ?? null;
    const sender = [name, handle].filter((t) => t !== null).join(' ') || null;
    return { sender, time: lineOf(article.querySelector('time')), outgoing: null, body: article.querySelector('[data-testid="tweetText"]') };
  });
};

/**
 * X Chat (x.com/i/chat). Rows are `[data-dm-message-row="<uuid>"]`, the text
 * `[data-testid="message-text-<uuid>"]` inside `[data-dm-message-focus-target]`,
 * whose authored part is the `span[dir="auto"].whitespace-pre-wrap` (the rest
 * are time decorations). Legacy DM entries are `[data-testid="messageEntry"]`
 * with `[data-testid="tweetText"]`. Source: a public X messaging adapter that
 * reads the visible DOM (public code), which also tries `data-direction` /
 * `data-is-outgoing` for the direction. Unproven: the direction attributes and
 * the `time` element are that adapter's candidates, not observed markup;
 * where they are absent the direction and time are null. One-to-one chats
 * name nobody on the messages (sender null).
 */
const xChat: Reader = (ctx) => {
  const { doc } = ctx;
  const scope = doc.querySelector('[data-testid="dm-conversation-panel"]') ?? doc;
  return scan(ctx, scope, '[data-dm-message-row], [data-testid="messageEntry"]').map((row) => {
    const text = row.querySelector('[data-testid^="message-text-"]') ?? row.querySelector('[data-testid="tweetText"]') ?? row;
    const authored = text.querySelectorAll('span[dir="auto"].whitespace-pre-wrap');
    const direction = row.getAttribute('data-direction');
    const own = row.getAttribute('data-is-outgoing');
    return {
      sender: null,
      time: lineOf(row.querySelector('time')),
      outgoing: direction === 'outgoing' || own === 'true' ? true : direction === 'incoming' || own === 'false' ? false : null,
      body: authored.length === 1 ? authored[0]! : text,
      skip: 'time, [aria-hidden="true"]',
    };
  });
};

/**
 * LinkedIn messaging. Each `li.msg-s-message-list__event` holds
 * `.msg-s-event-listitem` messages, `--other` for received ones; the first
 * message of a run shows `.msg-s-message-group__name` and
 * `.msg-s-message-group__timestamp`, the next ones of the run neither (they
 * take the run's). Text: `.msg-s-event-listitem__body`. Sources: Briskine's
 * LinkedIn plugin (`.msg-s-event-listitem--other .msg-s-message-group__name`)
 * and several public scrapers reading body, name and timestamp with these
 * classes (public code).
 */
const LINKEDIN_THREAD = ['.msg-overlay-conversation-bubble', '.msg-thread', '.org-inbox-thread__container', '[role="dialog"]'] as const;

const linkedin: Reader = (ctx) => {
  const { doc, compose } = ctx;
  const scope = (compose === null ? null : closestOf(compose, LINKEDIN_THREAD)) ?? doc;
  const candidates = messagesIn(ctx, scope, '.msg-s-event-listitem', (item) => {
    const event = item.closest('.msg-s-message-list__event') ?? item;
    return {
      sender: lineOf(event.querySelector('.msg-s-message-group__name')),
      time: lineOf(event.querySelector('.msg-s-message-group__timestamp')),
      outgoing: !item.classList.contains('msg-s-event-listitem--other'),
      body: item.querySelector('.msg-s-event-listitem__body'),
    };
  });
  // A run is the message list itself: LinkedIn repeats the name whenever the sender changes.
  return inherit(candidates, (c) => c.body.closest('.msg-s-message-list-content, .msg-s-message-list'), ['sender', 'time']);
};

/**
 * Telegram Web K (tweb). Messages are `.bubble[data-mid]` under
 * `.bubbles-inner`, `.is-out` / `.is-in`; service bubbles (dates, joins)
 * have `.service`. The text is `.message`, which also holds the time: a
 * `span.time` and its twin `div.time-inner` (title: the full date), as
 * tweb's MessageRender.setTime builds them (morethanwords/tweb). Groups show
 * the sender's `.name` on the first bubble of each `.bubbles-group` only.
 * Unproven: the `.name` selector (read from public scrapers, not tweb's
 * source); one-to-one chats name nobody (sender null).
 */
const telegramK: Reader = (ctx) => {
  const { doc, compose } = ctx;
  const chat = compose?.closest('.chat') ?? doc.querySelector('.chat.active') ?? doc;
  const candidates = messagesIn(ctx, chat, '.bubbles-inner .bubble[data-mid]:not(.service)', (bubble) => ({
    sender: lineOf(bubble.querySelector('.name .peer-title') ?? bubble.querySelector('.name'), '.reply'),
    time: lineOf(bubble.querySelector('.time-inner') ?? bubble.querySelector('.time'), '.reactions'),
    outgoing: bubble.classList.contains('is-out') ? true : bubble.classList.contains('is-in') ? false : null,
    body: bubble.querySelector('.message'),
    skip: '.time, .time-inner, .reactions, .reply, .name',
  }));
  return inherit(candidates, (c) => c.body.closest('.bubbles-group'), ['sender']);
};

/**
 * Telegram Web A (Ajaxy/telegram-tt). Messages are
 * `.Message.message-list-item`, `.own` for sent ones; the text is
 * `.text-content`, which also holds the `.MessageMeta` with
 * `.message-time` (MessageMeta.tsx). Groups show the sender in
 * `.message-title` (`.sender-title`, older `.message-title-name`) on the
 * first message of each `.sender-group-container`. Quoted replies are
 * `.EmbeddedMessage`. One-to-one chats name nobody (sender null).
 */
const telegramA: Reader = (ctx) => {
  const { doc, compose } = ctx;
  const column = compose?.closest('#MiddleColumn') ?? doc.getElementById('MiddleColumn') ?? doc;
  const candidates = messagesIn(ctx, column, '.Message.message-list-item', (message) => ({
    sender: lineOf(Array.from(message.querySelectorAll('.message-title .sender-title, .message-title-name')).find((el) => el.closest('.EmbeddedMessage') === null) ?? null),
    time: lineOf(message.querySelector('.MessageMeta .message-time')),
    outgoing: message.classList.contains('own'),
    body: message.querySelector('.text-content'),
    skip: '.MessageMeta, .Reactions, .EmbeddedMessage, .message-title',
  }));
  return inherit(candidates, (c) => c.body.closest('.sender-group-container'), ['sender']);
};

/**
 * Gmail: the open thread's expanded messages, `div.adn` (carrying
 * `data-message-id` / `data-legacy-message-id`), each with the sender
 * `span.gD` (attributes `email`, `name`), the time `span.g3` (shown text;
 * the full date is its title) and the body `div.a3s`. Sources: several
 * public Gmail extensions and a documented selector list ("ileti:
 * div.adn[data-legacy-message-id]; gönderen span.gD[email][name]; zaman
 * span.g3[title]; gövde div.a3s", public code). Collapsed messages show only
 * a snippet and are left out; whether a message is the user's own is not
 * read (null): Gmail shows the user's name, not "me", in a thread.
 */
const gmail: Reader = (ctx) => {
  const { doc } = ctx;
  const main = doc.querySelector('[role="main"]') ?? doc;
  return messagesIn(ctx, main, 'div.adn', (message) => {
    const from = message.querySelector('span.gD');
    return { sender: lineOf(from) ?? from?.getAttribute('name') ?? null, time: lineOf(message.querySelector('span.g3')), outgoing: null, body: message.querySelector('div.a3s') };
  });
};

const noReader =
  (detail: string): Reader =>
  () =>
    reason('no-reader', detail);

const READERS: Record<AdapterId, Reader> = {
  whatsapp,
  // Messenger and Instagram render each message as a `[role=row]` with a
  // `div[dir=auto]` text, but tell sent from received, the sender of a group
  // message and the time only through generated class names, layout and
  // hover tooltips. Public scrapers fall back on bubble geometry for the
  // direction: not something to put in a client's file.
  messenger: noReader('Messenger marks neither who sent a message nor when in stable markup.'),
  'x-post': xPost,
  'x-chat': xChat,
  linkedin,
  instagram: noReader('Instagram marks neither who sent a message nor when in stable markup.'),
  'telegram-k': telegramK,
  'telegram-a': telegramA,
  gmail,
  // The policy's extra sites: nothing is known of their markup.
  generic: noReader('The generic guard knows nothing of an extra site’s message list.'),
};

function adapterOf(id: AdapterId): SiteAdapter {
  return ADAPTERS.find((a) => a.id === id) ?? generic;
}

/** The conversation the open chat shows: see the top of this file. */
export function captureConversation(adapterId: AdapterId, doc: Document, compose: HTMLElement | null): Capture {
  let url: URL;
  try {
    url = new URL(doc.URL);
  } catch {
    url = new URL('about:blank');
  }
  const ctx: ReadContext = { doc, compose, url, adapter: adapterOf(adapterId), scanCut: false };
  const found = READERS[adapterId](ctx);
  if (!Array.isArray(found)) return { messages: [], truncated: false, reason: found };

  // Newest first, so the bounds leave out the oldest messages.
  const kept: VisibleMessage[] = [];
  let budget = MAX_TEXT;
  let truncated: Capture['truncated'] = ctx.scanCut ? 'messages' : false;
  for (let i = found.length - 1; i >= 0; i--) {
    if (kept.length === MAX_MESSAGES) {
      truncated = 'messages';
      break;
    }
    const c = found[i]!;
    const { text, cut } = readText(c.body, { max: budget, ...(c.skip === undefined ? {} : { skip: c.skip }) });
    if (text !== '') {
      kept.push({ sender: c.sender, time: c.time, text, outgoing: c.outgoing });
      budget -= text.length;
    }
    if (cut || budget <= 0) {
      truncated = 'text';
      break;
    }
  }
  kept.reverse();
  if (kept.length === 0) return { messages: [], truncated: false, reason: reason('none-visible', 'No message with text is on screen.') };
  return { messages: kept, truncated };
}

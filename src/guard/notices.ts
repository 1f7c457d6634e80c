/**
 * Context notices: what a conversation's setting says before the draft does.
 * A lawyer texting a client whose consent to texting is not on file, a lawyer
 * on a channel without end-to-end encryption, a social-care agent about to
 * post personal data in public. Each shows once per conversation: after the
 * user dismissed it, or once it has been shown and the user has left the
 * conversation, it does not come back there.
 *
 * Pure: which notices apply, which of them to show, and the bounded list of
 * marks (shown, dismissed) the content script keeps in `storage.local`.
 */
import * as z from 'zod/mini';
import type { Context, Finding, Lang } from '../engine/types';

export const NOTICE_KINDS = ['consent', 'unencrypted', 'public-data'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * The notices that apply to a draft: none while the draft is empty (the user
 * is not writing to this conversation yet), then, in this order:
 * - `consent`: lawyer profile, the recipient is a client without consent to texting on file;
 * - `unencrypted`: lawyer profile, the channel is a private one without end-to-end encryption;
 * - `public-data`: social-care profile, the channel is public and the draft holds personal data.
 */
export function noticesFor(ctx: Context, draft: string, findings: readonly Pick<Finding, 'ruleId'>[]): NoticeKind[] {
  if (draft.trim() === '') return [];
  const out: NoticeKind[] = [];
  if (ctx.profile === 'lawyer' && ctx.recipient === 'client-no-consent') out.push('consent');
  if (ctx.profile === 'lawyer' && ctx.channel === 'private-unencrypted') out.push('unencrypted');
  if (ctx.profile === 'social-care' && ctx.channel === 'public' && findings.some((f) => f.ruleId === 'personal-data')) out.push('public-data');
  return out;
}

/** `shown`: seen once (it stays for that visit); `dismissed`: the user closed it. */
export type NoticeState = 'shown' | 'dismissed';

/**
 * Which applicable notices to show now. A notice never marked shows (and is
 * then marked shown); one marked shown stays only during the visit it was
 * first shown in; a dismissed one never shows again.
 */
export function noticesToShow(applicable: readonly NoticeKind[], stored: (kind: NoticeKind) => NoticeState | undefined, visit: ReadonlySet<NoticeKind>): NoticeKind[] {
  return applicable.filter((kind) => {
    const state = stored(kind);
    return state === undefined || (state === 'shown' && visit.has(kind));
  });
}

// ---------------------------------------------------------------- the marks kept in storage.local

export const NOTICES_KEY = 'noticeMarks';
/** The most marks kept; the oldest go first. A mark is about 100 bytes plus the conversation key. */
export const NOTICE_MARKS_MAX = 400;
/** The longest conversation key a mark holds (the contacts registry's bound); a longer one is cut. */
export const NOTICE_CONVERSATION_MAX = 500;

const markSchema = z.object({
  site: z.string().check(z.minLength(1), z.maxLength(40)),
  conversation: z.string().check(z.minLength(1), z.maxLength(NOTICE_CONVERSATION_MAX)),
  kind: z.enum(NOTICE_KINDS),
  state: z.enum(['shown', 'dismissed']),
  /** When it was set, ms since the epoch. */
  at: z.number(),
});

export type NoticeMark = z.infer<typeof markSchema>;

/** Reads the stored marks; a malformed one is left out, never the whole list. */
export function parseMarks(raw: unknown): NoticeMark[] {
  if (!Array.isArray(raw)) return [];
  const out: NoticeMark[] = [];
  for (const m of raw) {
    const parsed = markSchema.safeParse(m);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

const same = (a: Omit<NoticeMark, 'state' | 'at'>, b: Omit<NoticeMark, 'state' | 'at'>) => a.site === b.site && a.conversation === b.conversation && a.kind === b.kind;

/** The state a notice has in a conversation, if any. */
export function markOf(marks: readonly NoticeMark[], at: Omit<NoticeMark, 'state' | 'at'>): NoticeState | undefined {
  return marks.find((m) => same(m, at))?.state;
}

/**
 * The marks with one set: it replaces the old mark of that notice (a dismissal
 * is never turned back into `shown`), and the oldest marks are dropped beyond `max`.
 */
export function withMark(marks: readonly NoticeMark[], mark: NoticeMark, max = NOTICE_MARKS_MAX): NoticeMark[] {
  const old = marks.find((m) => same(m, mark));
  const next = old?.state === 'dismissed' && mark.state === 'shown' ? old : mark;
  const rest = marks.filter((m) => !same(m, mark));
  return [...rest, next].sort((a, b) => a.at - b.at).slice(-max);
}

// ---------------------------------------------------------------- the consent request

/** The id the consent request goes by as a reply (it is the guard's, not a rule's). */
export const CONSENT_REPLY_ID = 'notice.consent-request';

/**
 * A courteous request for the client's consent to texting, in the product's
 * words. French without ? ! ; like the built-in replies (their spacing differs
 * between Quebec, France and Switzerland). It must pass the engine clean
 * (tests/unit/notices.test.ts).
 */
const CONSENT_REQUEST: Record<Lang, string> = {
  en: "Hi {name}, before we go further by text message, could you confirm that you agree to us writing to each other this way about your file? If you'd rather not, we can talk by phone or meet instead.",
  fr: "Bonjour {name}, avant de continuer nos échanges par message, j'aimerais avoir votre accord pour que nous communiquions de cette façon au sujet de votre dossier. Si vous préférez, nous pouvons aussi en parler au téléphone ou lors d'un rendez-vous.",
};

/** The consent request in a language, placeholders unfilled (the guard fills them as it does the replies'). */
export function consentRequest(lang: Lang): string {
  return CONSENT_REQUEST[lang];
}

/** Where the guard reads and sets the marks (the content script keeps them in storage.local). */
export interface NoticeMemory {
  /** Every mark, or null until the stored ones are read (no notice shows before: it may have been dismissed). */
  marks(): readonly NoticeMark[] | null;
  mark(mark: NoticeMark): void;
}

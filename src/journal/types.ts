/**
 * The journal's record: what happened to a draft after Prudence warned about
 * it (or after the user reported a false alarm). It names the conversation and
 * the rules, never the message, unless the organisation's policy asks for a
 * salted hash of the draft or the draft itself.
 */

/** What the user did with the draft. */
export const DECISIONS = ['sent-anyway', 'revised', 'cancelled', 'false-alarm', 'sent-after-warning'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The decisions the journal keeps a record of: a draft that went out, or a false-alarm report. The others only count. */
export const RECORDED_DECISIONS = ['sent-anyway', 'false-alarm', 'sent-after-warning'] as const satisfies readonly Decision[];

/** The highest severity among the draft's findings (an `info` finding never reaches the journal). */
export const JOURNAL_SEVERITIES = ['warn', 'block'] as const;
export type JournalSeverity = (typeof JOURNAL_SEVERITIES)[number];

/** Why the user sent it anyway: a small fixed set, so the admin can count them. Labels in strings.ts. */
export const JUSTIFICATIONS = ['client-asked', 'already-discussed', 'not-advice', 'public-information', 'other'] as const;
export type Justification = (typeof JUSTIFICATIONS)[number];

/** What the journal keeps of the draft: nothing (the default), a salted SHA-256, or the text. The policy decides. */
export const KEEP = ['nothing', 'hash', 'text'] as const;
export type Keep = (typeof KEEP)[number];

/** The longest reason kept, in UTF-16 code units; a longer one is cut. */
export const REASON_MAX = 500;
/** Bounds on what a record's strings may hold (a message from a content script is checked against them). */
export const LIMITS = { id: 100, site: 100, conversation: 500, label: 200, rule: 200, rules: 100, draft: 100_000 } as const;

/** What is kept of the draft, when the policy allows anything. */
export type KeptDraft =
  /** SHA-256 of the install's salt followed by the draft's UTF-8 bytes, lower-case hex. */
  | { kind: 'hash'; sha256: string }
  | { kind: 'text'; text: string };

export interface JournalRecord {
  /** Unique; random for new records, derived from the entry for migrated ones. */
  id: string;
  /** When it happened, ms since the epoch (an integer). */
  time: number;
  /** The site adapter's id (`whatsapp`, `x`…). */
  site: string;
  /** The adapter's stable conversation key (Identity.key). */
  conversation: string;
  /** The name, handle or phone number shown for the conversation, where the adapter read one. */
  label?: string;
  /** The ids of the rules the draft's findings came from. */
  rules: string[];
  severity: JournalSeverity;
  decision: Decision;
  justification?: Justification;
  /** What the user typed, at most REASON_MAX code units. */
  reason?: string;
  /** Absent unless the policy keeps a hash or the text. */
  draft?: KeptDraft;
}

/**
 * A record as its author gives it: the store adds the id, the time if
 * missing, and what the policy keeps of the draft (given as the draft itself,
 * and only read when `keep` is `hash` or `text`: send it only then).
 */
export type NewRecord = Omit<JournalRecord, 'id' | 'time' | 'draft'> & { time?: number; draft?: string };

/** A draft that was warned about and then revised or cancelled: counted, never recorded. */
export interface Tally {
  time?: number;
  rules: string[];
  decision: Decision;
}

/** Which records: every field narrows; `from` is inclusive, `to` exclusive (ms). */
export interface JournalFilter {
  from?: number;
  to?: number;
  site?: string;
  /** A conversation key; it belongs to a site, so give `site` with it (without one, every site's conversations of that key match). */
  conversation?: string;
  decision?: Decision;
}

/** Where a page ended: pass it as `before` to read the next (older) page. */
export interface PageCursor {
  time: number;
  id: string;
}

export interface ListQuery extends JournalFilter {
  /** Records per page, 50 by default, 1 000 at most. */
  limit?: number;
  before?: PageCursor;
}

export interface Page {
  /** Newest first. */
  records: JournalRecord[];
  /** The cursor of the next page, or null when this was the last. */
  next: PageCursor | null;
}

/** The rule id of the counters that count each draft once, whatever its rules. */
export const ALL_RULES = '*';

/** How many drafts were warned about and what became of them. */
export interface Counts {
  /** Every draft counted below (each decision adds one here and one to its own count). */
  warned: number;
  revised: number;
  cancelled: number;
  sentAnyway: number;
  falseAlarm: number;
  sentAfterWarning: number;
}

/** The fields of Counts, in the order tables show them. */
export const COUNT_FIELDS = ['warned', 'revised', 'cancelled', 'sentAnyway', 'sentAfterWarning', 'falseAlarm'] as const satisfies readonly (keyof Counts)[];

/** How many drafts, per ISO week and rule, were warned about and what became of them. Survives purges. */
export interface CounterRow extends Counts {
  /** ISO 8601 week in the user's time zone, `2026-W48`. */
  week: string;
  /** A rule id, or ALL_RULES for every draft once. */
  rule: string;
}

/** The same per local calendar day, kept DAY_COUNTERS_KEPT days (what "today" and short ranges read). Survives purges. */
export interface DayCounterRow extends Counts {
  /** The calendar day in the user's time zone, `2026-11-23`. */
  day: string;
  rule: string;
}

/** Day counters older than this many days are dropped as new ones are written (the week counters stay). */
export const DAY_COUNTERS_KEPT = 400;

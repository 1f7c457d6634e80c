/**
 * Pure helpers of the journal: the schemas a record and a new record are
 * checked against, how a new record becomes a stored one, the salted hash of
 * a draft, ISO weeks, and the counters' arithmetic. No IndexedDB here.
 */
// zod/mini: the background needs only these few checks, and the options page may bundle them too.
import * as z from 'zod/mini';
import {
  ALL_RULES,
  DECISIONS,
  JOURNAL_SEVERITIES,
  JUSTIFICATIONS,
  LIMITS,
  REASON_MAX,
  COUNT_FIELDS,
  type Counts,
  type Decision,
  type JournalRecord,
  type Keep,
  type NewRecord,
  type Tally,
} from './types';

const bounded = (max: number) => z.string().check(z.maxLength(max));
const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const time = z.number().check(z.int(), z.nonnegative());
const rules = z.array(nonEmpty(LIMITS.rule)).check(z.maxLength(LIMITS.rules));

/** A stored record, as an import or a migration must give it. */
/** What a stored record and a new one share. */
const common = {
  site: nonEmpty(LIMITS.site),
  conversation: bounded(LIMITS.conversation),
  label: z.optional(bounded(LIMITS.label)),
  rules,
  severity: z.enum(JOURNAL_SEVERITIES),
  decision: z.enum(DECISIONS),
  justification: z.optional(z.enum(JUSTIFICATIONS)),
};

export const journalRecordSchema = z.object({
  id: nonEmpty(LIMITS.id),
  time,
  ...common,
  reason: z.optional(bounded(REASON_MAX)),
  draft: z.optional(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('hash'), sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
      z.object({ kind: z.literal('text'), text: bounded(LIMITS.draft) }),
    ]),
  ),
});

/** A new record, as a content script sends it. A reason of any reasonable length is accepted and cut. */
export const newRecordSchema = z.object({
  time: z.optional(time),
  ...common,
  reason: z.optional(bounded(REASON_MAX * 20)),
  draft: z.optional(bounded(LIMITS.draft)),
});

export const tallySchema = z.object({ time: z.optional(time), rules, decision: z.enum(DECISIONS) });

// The schemas and the hand-written types must say the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _records: Same<z.infer<typeof journalRecordSchema>, JournalRecord> = true;
const _new: Same<z.infer<typeof newRecordSchema>, NewRecord> = true;
const _tally: Same<z.infer<typeof tallySchema>, Tally> = true;
void [_records, _new, _tally];

export function parseNewRecord(raw: unknown): NewRecord | null {
  const r = newRecordSchema.safeParse(raw);
  return r.success ? r.data : null;
}

export function parseRecord(raw: unknown): JournalRecord | null {
  const r = journalRecordSchema.safeParse(raw);
  return r.success ? r.data : null;
}

export function parseTally(raw: unknown): Tally | null {
  const r = tallySchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** Cuts a string to `max` UTF-16 code units without splitting a surrogate pair. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A new install's salt: 32 random bytes, hex. */
export function newSalt(): string {
  return hex(crypto.getRandomValues(new Uint8Array(32)));
}

/** SHA-256 of the salt's bytes followed by the text's UTF-8 bytes, lower-case hex (Web Crypto). */
export async function saltedSha256(saltHex: string, text: string): Promise<string> {
  const salt = new Uint8Array(saltHex.length / 2);
  for (let i = 0; i < salt.length; i++) salt[i] = parseInt(saltHex.slice(2 * i, 2 * i + 2), 16);
  const body = new TextEncoder().encode(text);
  const all = new Uint8Array(salt.length + body.length);
  all.set(salt);
  all.set(body, salt.length);
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', all)));
}

/**
 * The stored record: a new id, the time (now if missing), the reason trimmed
 * and cut, empty optional strings dropped, and what `keep` allows of the draft.
 * `salt` is needed only for `hash`.
 */
export async function buildRecord(input: NewRecord, keep: Keep, salt: string | null, id: string, now: number): Promise<JournalRecord> {
  const record: JournalRecord = {
    id,
    time: Math.round(input.time ?? now),
    site: input.site,
    conversation: input.conversation,
    rules: [...new Set(input.rules)],
    severity: input.severity,
    decision: input.decision,
  };
  const label = input.label?.trim();
  if (label) record.label = label;
  if (input.justification !== undefined) record.justification = input.justification;
  const reason = input.reason?.trim();
  if (reason) record.reason = cut(reason, REASON_MAX);
  if (input.draft !== undefined && keep === 'text') record.draft = { kind: 'text', text: input.draft };
  if (input.draft !== undefined && keep === 'hash') {
    if (salt === null) throw new Error('a salted hash needs the journal salt');
    record.draft = { kind: 'hash', sha256: await saltedSha256(salt, input.draft) };
  }
  return record;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of a moment, as the UTC midnight of that date: day arithmetic on it cannot be shifted by a daylight-saving change. */
function calendarDay(time: number): number {
  const local = new Date(time);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
}

const dayName = (utcMidnight: number): string => {
  const d = new Date(utcMidnight);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The calendar day of a moment in the local time zone: `2026-11-23`. */
export function localDay(time: number): string {
  return dayName(calendarDay(time));
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The [year, month 1-12, day] of a `2026-11-23` string, or null when it names no real date. */
function dayParts(day: string): [number, number, number] | null {
  const m = DAY_RE.exec(day);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === mo - 1 && utc.getUTCDate() === d ? [y, mo, d] : null;
}

export function isDay(day: string): boolean {
  return dayParts(day) !== null;
}

/** The day `n` days after (or before, when negative) a `2026-11-23` day. */
export function addDays(day: string, n: number): string {
  const p = dayParts(day);
  if (p === null) throw new RangeError(`Not a day: ${day}`);
  return dayName(Date.UTC(p[0], p[1] - 1, p[2]) + n * DAY_MS);
}

/** When a day starts in the local time zone, ms (local midnight, or the first moment of the day where a clock change skips midnight). */
export function dayStart(day: string): number {
  const p = dayParts(day);
  if (p === null) throw new RangeError(`Not a day: ${day}`);
  return new Date(p[0], p[1] - 1, p[2]).getTime();
}

/** The ISO 8601 week of a moment, in the local time zone: `2026-W48` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(time: number): string {
  const day = calendarDay(time);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The Monday an ISO week starts on, `2026-11-23` for `2026-W48`; null for what is not a week. */
export function weekMonday(week: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (m === null) return null;
  const year = Number(m[1]);
  // 4 January is always in week 1.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS;
  return dayName(monday);
}

const FIELD: Record<Decision, keyof Omit<Counts, 'warned'>> = {
  revised: 'revised',
  cancelled: 'cancelled',
  'sent-anyway': 'sentAnyway',
  'false-alarm': 'falseAlarm',
  'sent-after-warning': 'sentAfterWarning',
};

export function emptyCounts(): Counts {
  return { warned: 0, revised: 0, cancelled: 0, sentAnyway: 0, falseAlarm: 0, sentAfterWarning: 0 };
}

/** The rules one drafted decision counts under: ALL_RULES once, then each of its rules once. */
export function counterRules(rules: readonly string[]): string[] {
  return [ALL_RULES, ...new Set(rules)].filter((r, i) => i === 0 || r !== ALL_RULES);
}

/** Adds `n` drafts with this decision to a row (in place) and returns it. */
export function addTo<T extends Counts>(row: T, decision: Decision, n = 1): T {
  row.warned += n;
  row[FIELD[decision]] += n;
  return row;
}

/** Adds every count of `from` to `row` (in place) and returns it. */
export function addCounts<T extends Counts>(row: T, from: Counts): T {
  for (const f of COUNT_FIELDS) row[f] += from[f];
  return row;
}

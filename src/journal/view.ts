/**
 * The journal as the extension's pages read it: the options page's filter (a
 * contact, a range of local days) as the store's filter, the view's first
 * page with its count, an export that can be cancelled, the week counters
 * grouped for a table, and the popup's "today" and "this week". The popup,
 * the options page and the bench all go through these, so the bench times
 * what the pages do.
 */
import type { Lang } from '../engine/types';
import { csvStream, exportFileName, jsonStream } from './export';
import { addDays, dayStart, emptyCounts, isDay, isoWeek, localDay } from './record';
import { PAGE_SIZE, type JournalStore } from './store';
import { ALL_RULES, type CounterRow, type Counts, type JournalFilter, type JournalRecord, type PageCursor } from './types';

export interface ContactRef {
  site: string;
  conversation: string;
}

/** What the journal view shows: every field narrows. */
export interface ViewFilter {
  contact?: ContactRef | null;
  /** Local calendar days (`2026-11-23`), both inclusive; an empty or invalid one is no bound. */
  fromDay?: string;
  toDay?: string;
}

/** The store's filter for a view filter: from the start of `fromDay` to the start of the day after `toDay`, in the local time zone. */
export function journalFilter(v: ViewFilter): JournalFilter {
  const f: JournalFilter = {};
  if (v.contact != null) {
    f.site = v.contact.site;
    f.conversation = v.contact.conversation;
  }
  if (v.fromDay !== undefined && isDay(v.fromDay)) f.from = dayStart(v.fromDay);
  if (v.toDay !== undefined && isDay(v.toDay)) f.to = dayStart(addDays(v.toDay, 1));
  return f;
}

export interface ViewPage {
  /** Newest first. */
  records: JournalRecord[];
  next: PageCursor | null;
  /** How many records pass the filter. */
  count: number;
}

/** What the view reads when it opens or its filter changes: the newest page and the count, side by side. */
export async function openView(store: JournalStore, filter: JournalFilter, limit = PAGE_SIZE): Promise<ViewPage> {
  const [page, count] = await Promise.all([store.list({ ...filter, limit }), store.count(filter)]);
  return { records: page.records, next: page.next, count };
}

/** `csv` and `json`: the view's records, for the client's file; `false-alarms`: every false-alarm report, for the admin (CSV). */
export type ExportChoice = 'csv' | 'json' | 'false-alarms';

export interface ExportRun {
  lang: Lang;
  /** When the export is made, ms (the file's name and the JSON's `exportedAt`). */
  now: number;
  /** Aborting it stops the export at once (between two reads, or during one): no file comes out. */
  signal?: AbortSignal;
  /** Records read so far. */
  onProgress?: (done: number) => void;
  batchSize?: number;
}

export interface ExportFile {
  name: string;
  type: string;
  parts: string[];
  /** How many records were read for it. */
  records: number;
}

/** Waits for `p`, or rejects with the signal's reason as soon as it aborts. */
function unlessAborted<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return p;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The batches, counted as they pass, stopped by the signal. */
async function* watched(batches: AsyncIterable<JournalRecord[]>, run: ExportRun, seen: { records: number }): AsyncGenerator<JournalRecord[], void, undefined> {
  const it = batches[Symbol.asyncIterator]();
  try {
    for (;;) {
      run.signal?.throwIfAborted();
      const next = await unlessAborted(it.next(), run.signal);
      if (next.done === true) return;
      seen.records += next.value.length;
      run.onProgress?.(seen.records);
      yield next.value;
    }
  } finally {
    // Lets the store's generator finish its own way; a read still pending is simply dropped.
    void it.return?.(undefined)?.catch(() => undefined);
  }
}

/**
 * An export as the pieces of one file. Read-only: stopped or failed half-way,
 * it leaves the journal exactly as it was, and gives no file.
 */
export async function exportFile(store: JournalStore, choice: ExportChoice, filter: JournalFilter, run: ExportRun): Promise<ExportFile> {
  const seen = { records: 0 };
  const options = run.batchSize === undefined ? {} : { batchSize: run.batchSize };
  const chosen: JournalFilter = choice === 'false-alarms' ? { decision: 'false-alarm' } : filter;
  const batches = watched(store.exportRecords(chosen, options), run, seen);
  const stream =
    choice === 'json'
      ? jsonStream(batches, { exportedAt: run.now, filter: chosen })
      : csvStream(batches, { lang: run.lang, ...(choice === 'false-alarms' ? { kind: 'false-alarms' as const } : {}) });
  const parts: string[] = [];
  for await (const part of stream) parts.push(part);
  run.signal?.throwIfAborted();
  return {
    name: exportFileName(choice === 'false-alarms' ? 'false-alarms' : 'journal', choice === 'json' ? 'json' : 'csv', run.now),
    type: choice === 'json' ? 'application/json' : 'text/csv;charset=utf-8',
    parts,
    records: seen.records,
  };
}

/** Drafts that went out after a warning, whatever the user said of it: sent anyway, sent after a warning, or reported as a false alarm. */
export function sent(c: Counts): number {
  return c.sentAnyway + c.sentAfterWarning + c.falseAlarm;
}

/** Rules with the most drafts first, then by id. */
const byWarned = (a: CounterRow, b: CounterRow) => b.warned - a.warned || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

export interface WeekCounters {
  /** ISO week, `2026-W48`. */
  week: string;
  /** Every draft of the week once (zero counts when no row says otherwise). */
  all: Counts;
  /** One row per rule, the most warned first. */
  rules: CounterRow[];
}

/** Only the counts of a row (a fresh zero when there is none). */
function countsOf(row: Counts | undefined): Counts {
  if (row === undefined) return emptyCounts();
  const { warned, revised, cancelled, sentAnyway, falseAlarm, sentAfterWarning } = row;
  return { warned, revised, cancelled, sentAnyway, falseAlarm, sentAfterWarning };
}

/** Week counter rows grouped by week, the newest week first. */
export function byWeek(rows: readonly CounterRow[]): WeekCounters[] {
  const weeks = new Map<string, CounterRow[]>();
  for (const r of rows) {
    const list = weeks.get(r.week);
    if (list === undefined) weeks.set(r.week, [r]);
    else list.push(r);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([week, list]) => ({ week, all: countsOf(list.find((r) => r.rule === ALL_RULES)), rules: list.filter((r) => r.rule !== ALL_RULES).sort(byWarned) }));
}

export interface Summary {
  /** Every draft of today once. */
  today: Counts;
  thisWeek: WeekCounters;
}

/** The popup's figures: today (from the day counters) and this week per rule (from the week counters), in the local time zone. */
export async function summary(store: JournalStore, now: number): Promise<Summary> {
  const day = localDay(now);
  const week = isoWeek(now);
  const [days, weeks] = await Promise.all([store.dayCounters({ from: day, to: day, rule: ALL_RULES }), store.counters({ from: week, to: week })]);
  return { today: countsOf(days[0]), thisWeek: byWeek(weeks)[0] ?? { week, all: emptyCounts(), rules: [] } };
}

/** The Intl locale for a page in `lang`: the browser's own when it is a variant of that language (its region's formats), else the language. */
export function intlLocale(lang: Lang, browserLanguage: string | undefined): string {
  const tag = browserLanguage ?? '';
  if (!tag.toLowerCase().startsWith(lang)) return lang;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? lang;
  } catch {
    return lang;
  }
}

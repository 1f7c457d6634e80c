/**
 * The journal's store: one IndexedDB database, `prudence-journal`, owned by
 * the extension's origin, so no page script can open it. Raw IndexedDB with
 * two small promise helpers: the few operations below did not justify a
 * dependency in the background and the options page.
 *
 * - `records`, keyed by [time, id]: the store itself is the time index, so
 *   the journal's newest page, an export of everything and a purge by age
 *   each read or delete one key range of the store, with no index lookup
 *   (reading through an index costs Chromium almost twice as much per record).
 *   Indexes: `id` (unique), `conversation` [site, conversation, time, id],
 *   `decision` [decision, time, id]; every key ends in [time, id], so each
 *   filtered list is one key range read newest first, and a page resumes
 *   exactly where the last one stopped.
 * - `meta`, out-of-line keys: `salt` (hex, made once when the database is
 *   created), `total` (the number of records, kept in the same transactions
 *   as the records: counting 100 000 records takes Chromium most of a second),
 *   the week counters under ['count', week, rule] (CounterRow) and the day
 *   counters under ['day', day, rule] (DayCounterRow), and the contacts under
 *   ['contact', site, conversation] (Contact), so the journal view lists them
 *   without walking 100 000 records. Day counters and contacts came later: new
 *   keys in the same store, so no upgrade. A database from before them has no
 *   day counters for its earlier days, and builds its contacts from the
 *   records once, the first time they are asked for (`contacts` is set when
 *   the list is complete). Each write drops the day counters older than
 *   DAY_COUNTERS_KEPT days, so they stay bounded; a purge drops the contacts
 *   left without records.
 *
 * Every write that touches more than one record (an import, a purge, clear)
 * is one transaction: interrupted, it leaves the journal as it was.
 */
import {
  addCounts,
  addDays,
  addTo,
  buildRecord,
  counterRules,
  emptyCounts,
  isoWeek,
  localDay,
  newSalt,
  parseNewRecord,
  parseRecord,
  parseTally,
  saltedSha256,
} from './record';
import {
  DAY_COUNTERS_KEPT,
  type CounterRow,
  type Counts,
  type DayCounterRow,
  type Decision,
  type JournalFilter,
  type JournalRecord,
  type Keep,
  type ListQuery,
  type NewRecord,
  type Page,
  type PageCursor,
  type Tally,
} from './types';

export const DB_NAME = 'prudence-journal';
const DB_VERSION = 1;
const RECORDS = 'records';
const META = 'meta';
const SALT_KEY = 'salt';
const TOTAL_KEY = 'total';
const COUNT = 'count';
const DAY = 'day';
const CONTACT = 'contact';
/** Set (to 1) once the contact entries cover every record: at the database's creation, or after building them. */
const CONTACTS_KEY = 'contacts';
const DAY_MS = 86_400_000;
export const PAGE_SIZE = 50;
export const PAGE_MAX = 1000;
export const EXPORT_BATCH = 2000;

/** Where a plan reads: the store itself (in time order), or one of its indexes. */
type Source = 'time' | 'conversation' | 'decision';

export interface OpenOptions {
  /** The IndexedDB to use (tests pass fake-indexeddb's); the global one by default. */
  indexedDB?: IDBFactory;
  keyRange?: typeof IDBKeyRange;
  name?: string;
  now?: () => number;
  newId?: () => string;
}

export interface ImportOptions {
  /** Aborting it aborts the import's transaction: nothing of it is kept. */
  signal?: AbortSignal;
  /** Called after each record is written (or found already there). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  added: number;
  /** Records whose id the journal already had (a migration run twice), left as they were. */
  existing: number;
  /** Entries that are not valid records, skipped. */
  invalid: number;
}

export interface ExportOptions {
  /** Records per batch, EXPORT_BATCH by default. */
  batchSize?: number;
  /** Oldest first (the default, how a file is read) or newest first. */
  order?: 'oldest' | 'newest';
}

export interface CounterQuery {
  /** ISO weeks, inclusive (`2026-W01`). */
  from?: string;
  to?: string;
  rule?: string;
}

export interface DayCounterQuery {
  /** Local calendar days, inclusive (`2026-11-23`). */
  from?: string;
  to?: string;
  rule?: string;
}

/** A conversation the journal has records of. */
export interface Contact {
  site: string;
  conversation: string;
  /** The newest label its records carry, if any does. */
  label?: string;
  /** Its newest record's time, ms. */
  last: number;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** Settles when the transaction commits (resolves) or aborts (rejects). */
function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The journal transaction was aborted.', 'AbortError'));
  });
}

/** A record's key in a source (the store's or the index's keyPath, read from the record). */
function sourceKey(index: Source, r: JournalRecord): IDBValidKey[] {
  if (index === 'conversation') return [r.site, r.conversation, r.time, r.id];
  if (index === 'decision') return [r.decision, r.time, r.id];
  return [r.time, r.id];
}

/** Whether a record passes a filter (and comes before a page cursor). */
export function matches(f: JournalFilter, r: JournalRecord, before?: PageCursor): boolean {
  if (f.from !== undefined && r.time < f.from) return false;
  if (f.to !== undefined && r.time >= f.to) return false;
  if (f.site !== undefined && r.site !== f.site) return false;
  if (f.conversation !== undefined && r.conversation !== f.conversation) return false;
  if (f.decision !== undefined && r.decision !== f.decision) return false;
  if (before !== undefined && (r.time > before.time || (r.time === before.time && r.id >= before.id))) return false;
  return true;
}

interface Plan {
  source: Source;
  /** Inclusive. */
  lower: IDBValidKey[];
  /** Exclusive. */
  upper: IDBValidKey[];
  /** The key range alone selects exactly the filter's records (no record-by-record check needed). */
  covered: boolean;
}

/** The meta key of a counter row: [COUNT, week, rule] or [DAY, day, rule]. */
type CounterKey = [typeof COUNT | typeof DAY, string, string];

/** Counters per (week, rule) and per (day, rule) that a set of decisions adds, and the contacts of its records. */
class Deltas {
  readonly rows = new Map<string, { key: CounterKey; counts: Counts }>();
  readonly contacts = new Map<string, Contact>();

  /** Days before `dayCutoff` get no day counter (they would be dropped at once). */
  constructor(readonly dayCutoff: string) {}

  add(t: { time: number; rules: readonly string[]; decision: Decision }): void {
    const week = isoWeek(t.time);
    const day = localDay(t.time);
    for (const rule of counterRules(t.rules)) {
      this.bump([COUNT, week, rule], t.decision);
      if (day >= this.dayCutoff) this.bump([DAY, day, rule], t.decision);
    }
  }

  /** A stored record: counted, and its conversation noted. */
  addRecord(r: JournalRecord): void {
    this.add(r);
    const k = `${r.site}\u0000${r.conversation}`;
    this.contacts.set(k, newerContact(this.contacts.get(k), contactOf(r)));
  }

  private bump(key: CounterKey, decision: Decision): void {
    const k = key.join('\u0000');
    let entry = this.rows.get(k);
    if (entry === undefined) this.rows.set(k, (entry = { key, counts: emptyCounts() }));
    addTo(entry.counts, decision);
  }
}

/** A record's conversation, as a contact. */
const contactOf = (r: JournalRecord): Contact => ({ site: r.site, conversation: r.conversation, ...(r.label !== undefined ? { label: r.label } : {}), last: r.time });

/** Two sightings of one contact as one: the newer's time, and the newer's label where it has one. */
function newerContact(c: Contact | undefined, next: Contact): Contact {
  if (c === undefined) return next;
  const [newer, older] = c.last > next.last ? [c, next] : [next, c];
  const label = newer.label ?? older.label;
  return { site: newer.site, conversation: newer.conversation, ...(label !== undefined ? { label } : {}), last: newer.last };
}

/** The stored row of a counter key: the key's period and rule, and the counts. */
function counterRow(key: CounterKey, counts: Counts): CounterRow | DayCounterRow {
  const [kind, period, rule] = key;
  return kind === COUNT ? { week: period, rule, ...counts } : { day: period, rule, ...counts };
}

export class JournalStore {
  private salt: string | null = null;

  constructor(
    private readonly db: IDBDatabase,
    private readonly factory: IDBFactory,
    private readonly keyRange: typeof IDBKeyRange,
    private readonly now: () => number,
    private readonly newId: () => string,
  ) {}

  close(): void {
    this.db.close();
  }

  /**
   * Records a drafted decision and counts it. `keep` is what the policy allows
   * of the draft (`nothing` by default: the draft is then ignored).
   */
  async add(input: NewRecord, options: { keep?: Keep } = {}): Promise<JournalRecord> {
    const checked = parseNewRecord(input);
    if (checked === null) throw new TypeError('Not a journal record.');
    const keep = options.keep ?? 'nothing';
    // Hashing is asynchronous: done before the transaction opens, or it would commit while we wait.
    const salt = keep === 'hash' && checked.draft !== undefined ? await this.saltValue() : null;
    const record = await buildRecord(checked, keep, salt, this.newId(), this.now());
    const tx = this.db.transaction([RECORDS, META], 'readwrite');
    const done = finished(tx);
    tx.objectStore(RECORDS).add(record);
    const deltas = this.deltas();
    deltas.addRecord(record);
    this.applyCounters(tx, deltas);
    this.addToTotal(tx, 1);
    await done;
    return record;
  }

  /** Counts a decision without recording it (a draft revised or cancelled after a warning). */
  async tally(input: Tally): Promise<void> {
    const t = parseTally(input);
    if (t === null) throw new TypeError('Not a journal tally.');
    const tx = this.db.transaction(META, 'readwrite');
    const done = finished(tx);
    const deltas = this.deltas();
    deltas.add({ time: Math.round(t.time ?? this.now()), rules: t.rules, decision: t.decision });
    this.applyCounters(tx, deltas);
    await done;
  }

  /**
   * Adds records kept elsewhere (a migration, a restore), all in one
   * transaction: if anything fails or the signal aborts, none is kept. A
   * record whose id is already there is left alone, so an import can be run
   * again; invalid ones are skipped and counted.
   */
  async importRecords(entries: readonly unknown[], options: ImportOptions = {}): Promise<ImportResult> {
    const { signal, onProgress } = options;
    const records: JournalRecord[] = [];
    for (const e of entries) {
      const r = parseRecord(e);
      if (r !== null) records.push(r);
    }
    const result: ImportResult = { added: 0, existing: 0, invalid: entries.length - records.length };
    signal?.throwIfAborted();
    if (records.length === 0) return result;

    const tx = this.db.transaction([RECORDS, META], 'readwrite');
    const done = finished(tx);
    const abort = () => {
      try {
        tx.abort();
      } catch {
        /* Already committed or aborted: nothing left to undo. */
      }
    };
    signal?.addEventListener('abort', abort);
    try {
      const store = tx.objectStore(RECORDS);
      const deltas = this.deltas();
      const progress = () => onProgress?.(result.added + result.existing, records.length);
      // Every add is queued at once (requests run in order within a transaction): one round trip per record would be far slower.
      for (const r of records) {
        const rq = store.add(r);
        rq.onsuccess = () => {
          result.added++;
          deltas.addRecord(r);
          progress();
        };
        rq.onerror = (e) => {
          if (rq.error?.name !== 'ConstraintError') return; // anything else aborts the transaction
          // The id is taken (the unique `id` index says so): keep the transaction going, and the record already there.
          e.preventDefault();
          e.stopPropagation();
          result.existing++;
          progress();
        };
      }
      // Answers after the last add has: then the records really added are known.
      tx.objectStore(META).get(SALT_KEY).onsuccess = () => {
        this.applyCounters(tx, deltas);
        this.addToTotal(tx, result.added);
      };
      await done;
    } catch (e) {
      throw signal?.aborted ? signal.reason : e;
    } finally {
      signal?.removeEventListener('abort', abort);
    }
    return result;
  }

  async get(id: string): Promise<JournalRecord | undefined> {
    const tx = this.db.transaction(RECORDS, 'readonly');
    return (await request(tx.objectStore(RECORDS).index('id').get(id))) as JournalRecord | undefined;
  }

  /** A page of records, newest first; pass `next` back as `before` for the following one. */
  async list(query: ListQuery = {}): Promise<Page> {
    const limit = Math.max(1, Math.min(PAGE_MAX, Math.floor(query.limit ?? PAGE_SIZE)));
    const plan = this.plan(query, query.before);
    const keys = this.range(plan);
    if (keys === null) return { records: [], next: null };
    const tx = this.db.transaction(RECORDS, 'readonly');
    const cursor = this.source(tx, plan).openCursor(keys, 'prev');
    const records: JournalRecord[] = [];
    const more = await new Promise<boolean>((resolve, reject) => {
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c === null) return resolve(false);
        const r = c.value as JournalRecord;
        if (plan.covered || matches(query, r, query.before)) {
          // One past the page: there is a next page only if it exists.
          if (records.length === limit) return resolve(true);
          records.push(r);
        }
        c.continue();
      };
    });
    const last = records[records.length - 1];
    return { records, next: more && last !== undefined ? { time: last.time, id: last.id } : null };
  }

  /** How many records pass the filter (all of them without one: read from `total`, at once). */
  async count(filter: JournalFilter = {}): Promise<number> {
    const everything = Object.values(filter).every((v) => v === undefined);
    const plan = this.plan(filter);
    const keys = this.range(plan);
    if (keys === null) return 0;
    const tx = this.db.transaction([RECORDS, META], 'readonly');
    if (everything) {
      const total = await request(tx.objectStore(META).get(TOTAL_KEY));
      if (typeof total === 'number') return total;
    }
    const source = this.source(tx, plan);
    if (plan.covered) return request(source.count(keys));
    const cursor = source.openCursor(keys);
    let n = 0;
    return new Promise((resolve, reject) => {
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c === null) return resolve(n);
        if (matches(filter, c.value as JournalRecord)) n++;
        c.continue();
      };
    });
  }

  /**
   * The filter's records in batches, each read in its own short transaction
   * (a transaction cannot stay open while the caller writes a file). A record
   * added meanwhile may or may not be in the export; none is ever repeated.
   */
  async *exportRecords(filter: JournalFilter = {}, options: ExportOptions = {}): AsyncGenerator<JournalRecord[], void, undefined> {
    const size = Math.max(1, Math.min(10_000, Math.floor(options.batchSize ?? EXPORT_BATCH)));
    const only: JournalFilter = { from: filter.from, to: filter.to, site: filter.site, conversation: filter.conversation, decision: filter.decision };
    if (options.order === 'newest') {
      let before: PageCursor | null | undefined;
      do {
        // getAll reads in ascending order only: newest first walks a cursor, page by page.
        const page: Page = await this.list({ ...only, limit: Math.min(size, PAGE_MAX), ...(before ? { before } : {}) });
        if (page.records.length > 0) yield page.records;
        before = page.next;
      } while (before !== null);
      return;
    }
    const plan = this.plan(only);
    let after: IDBValidKey[] | null = null;
    for (;;) {
      const lower: IDBValidKey[] = after ?? plan.lower;
      if (this.factory.cmp(lower, plan.upper) >= 0) return;
      const keys = this.keyRange.bound(lower, plan.upper, after !== null, true);
      const tx = this.db.transaction(RECORDS, 'readonly');
      // getAll reads a whole batch in one request, oldest first.
      const batch = (await request(this.source(tx, plan).getAll(keys, size))) as JournalRecord[];
      const kept = plan.covered ? batch : batch.filter((r) => matches(only, r));
      if (kept.length > 0) yield kept;
      const last = batch[batch.length - 1];
      if (batch.length < size || last === undefined) return;
      after = sourceKey(plan.source, last);
    }
  }

  /** Deletes the records older than `days` days, in one transaction; returns how many. Counters stay; contacts left without records go. */
  async purgeOlderThan(days: number, now: number = this.now()): Promise<number> {
    if (!Number.isFinite(days) || days < 0) throw new RangeError(`Not a number of days: ${days}`);
    // [cutoff] sorts before every [cutoff, id]: the records at the cutoff itself stay.
    const old = this.keyRange.upperBound([now - days * DAY_MS], true);
    const tx = this.db.transaction([RECORDS, META], 'readwrite');
    const done = finished(tx);
    const store = tx.objectStore(RECORDS);
    const n = await request(store.count(old));
    if (n > 0) {
      store.delete(old);
      this.addToTotal(tx, -n);
      // A contact whose newest record is older than the cutoff has none left.
      const meta = tx.objectStore(META);
      const contacts = meta.getAll(this.contactRange());
      contacts.onsuccess = () => {
        for (const c of contacts.result as Contact[]) if (c.last < now - days * DAY_MS) meta.delete([CONTACT, c.site, c.conversation]);
      };
    }
    await done;
    return n;
  }

  /** Deletes every record in one transaction; the counters too when asked. The salt stays. */
  async clear(options: { counters?: boolean } = {}): Promise<void> {
    const tx = this.db.transaction([RECORDS, META], 'readwrite');
    const done = finished(tx);
    tx.objectStore(RECORDS).clear();
    const meta = tx.objectStore(META);
    meta.put(0, TOTAL_KEY);
    meta.delete(this.contactRange());
    meta.put(1, CONTACTS_KEY);
    if (options.counters === true) {
      meta.delete(this.keyRange.bound([COUNT], [COUNT, []]));
      meta.delete(this.keyRange.bound([DAY], [DAY, []]));
    }
    await done;
  }

  /** Week counter rows, by week then rule. */
  async counters(query: CounterQuery = {}): Promise<CounterRow[]> {
    return (await this.readCounters(COUNT, query)) as CounterRow[];
  }

  /** Day counter rows (the last DAY_COUNTERS_KEPT days at most), by day then rule. */
  async dayCounters(query: DayCounterQuery = {}): Promise<DayCounterRow[]> {
    return (await this.readCounters(DAY, query)) as DayCounterRow[];
  }

  /** Every conversation with records, sorted by site then conversation key: read from their entries, built from the records the first time where a database has none. */
  async contacts(): Promise<Contact[]> {
    const tx = this.db.transaction(META, 'readonly');
    const meta = tx.objectStore(META);
    const [ready, list] = await Promise.all([request(meta.get(CONTACTS_KEY)), request(meta.getAll(this.contactRange()))]);
    return ready === 1 ? (list as Contact[]) : this.buildContacts();
  }

  /**
   * The contact entries of a database from before them, built from the
   * records in one transaction (a record added meanwhile waits for it). One
   * step per conversation, not per record: from a conversation's newest
   * record the cursor jumps straight to the previous conversation's.
   */
  private async buildContacts(): Promise<Contact[]> {
    const tx = this.db.transaction([RECORDS, META], 'readwrite');
    const done = finished(tx);
    const meta = tx.objectStore(META);
    const cursor = tx.objectStore(RECORDS).index('conversation').openCursor(null, 'prev');
    const out: Contact[] = [];
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (c === null) {
        meta.delete(this.contactRange());
        for (const contact of out) meta.put(contact, [CONTACT, contact.site, contact.conversation]);
        meta.put(1, CONTACTS_KEY);
        return;
      }
      const r = c.value as JournalRecord;
      out.push(contactOf(r));
      // [site, conversation] sorts before every [site, conversation, time, id]: the next step lands on the previous conversation's newest.
      c.continue([r.site, r.conversation]);
    };
    await done;
    return out.reverse();
  }

  private contactRange(): IDBKeyRange {
    // An array sorts after every string: [CONTACT, []] is past every site.
    return this.keyRange.bound([CONTACT], [CONTACT, []]);
  }

  /** The salted hash the journal would keep of this text (to check a draft against a record). */
  async hashDraft(text: string): Promise<string> {
    return saltedSha256(await this.saltValue(), text);
  }

  private async readCounters(kind: CounterKey[0], query: { from?: string; to?: string; rule?: string }): Promise<(CounterRow | DayCounterRow)[]> {
    const tx = this.db.transaction(META, 'readonly');
    const lower: IDBValidKey = [kind, query.from ?? '', ''];
    // An array sorts after every string: [kind, period, []] is past every rule of that period, [kind, []] past every period.
    const upper: IDBValidKey = query.to !== undefined ? [kind, query.to, []] : [kind, []];
    if (this.factory.cmp(lower, upper) >= 0) return [];
    const rows = (await request(tx.objectStore(META).getAll(this.keyRange.bound(lower, upper)))) as (CounterRow | DayCounterRow)[];
    return query.rule === undefined ? rows : rows.filter((r) => r.rule === query.rule);
  }

  /** Empty deltas, with the oldest day that still gets a day counter. */
  private deltas(): Deltas {
    return new Deltas(addDays(localDay(this.now()), -DAY_COUNTERS_KEPT));
  }

  /** Adds the deltas to the stored counters and contacts within `tx` (which must include META), and drops the day counters past keeping. */
  private applyCounters(tx: IDBTransaction, deltas: Deltas): void {
    const meta = tx.objectStore(META);
    // [DAY, cutoff] sorts before every [DAY, cutoff, rule]: the cutoff day itself stays.
    meta.delete(this.keyRange.bound([DAY], [DAY, deltas.dayCutoff], false, true));
    for (const { key, counts } of deltas.rows.values()) {
      const rq = meta.get(key);
      rq.onsuccess = () => {
        const stored = rq.result as CounterRow | DayCounterRow | undefined;
        meta.put(addCounts(stored ?? counterRow(key, emptyCounts()), counts), key);
      };
    }
    for (const contact of deltas.contacts.values()) {
      const key = [CONTACT, contact.site, contact.conversation];
      const rq = meta.get(key);
      rq.onsuccess = () => meta.put(newerContact(rq.result as Contact | undefined, contact), key);
    }
  }

  /** Moves `total` by `n` within `tx`; a missing total (a database older than it) is counted once. */
  private addToTotal(tx: IDBTransaction, n: number): void {
    if (n === 0) return;
    const meta = tx.objectStore(META);
    const rq = meta.get(TOTAL_KEY);
    rq.onsuccess = () => {
      if (typeof rq.result === 'number') {
        meta.put(rq.result + n, TOTAL_KEY);
        return;
      }
      // Counted after this transaction's own writes, so `n` is already in it.
      const counted = tx.objectStore(RECORDS).count();
      counted.onsuccess = () => meta.put(counted.result, TOTAL_KEY);
    };
  }

  private async saltValue(): Promise<string> {
    if (this.salt !== null) return this.salt;
    const tx = this.db.transaction(META, 'readwrite');
    const done = finished(tx);
    const meta = tx.objectStore(META);
    const stored = await request(meta.get(SALT_KEY));
    let salt = typeof stored === 'string' ? stored : null;
    if (salt === null) {
      // Made when the database is created; this only mends a database whose salt was lost.
      salt = newSalt();
      meta.put(salt, SALT_KEY);
    }
    await done;
    return (this.salt = salt);
  }

  private source(tx: IDBTransaction, plan: Plan): IDBObjectStore | IDBIndex {
    const store = tx.objectStore(RECORDS);
    return plan.source === 'time' ? store : store.index(plan.source);
  }

  /** Which source to read and which keys: the conversation's or the decision's index when the filter names one, else the store in time order. */
  private plan(f: JournalFilter, before?: PageCursor): Plan {
    let source: Source = 'time';
    let prefix: IDBValidKey[] = [];
    if (f.site !== undefined && f.conversation !== undefined) {
      source = 'conversation';
      prefix = [f.site, f.conversation];
    } else if (f.decision !== undefined) {
      source = 'decision';
      prefix = [f.decision];
    }
    // What the key range does not select is checked record by record.
    const covered = source === 'conversation' ? f.decision === undefined : f.site === undefined && f.conversation === undefined;
    const lower = [...prefix, f.from ?? -Infinity];
    // A shorter key sorts first: [..., to] is before every [..., to, id], so `to` is excluded.
    let upper: IDBValidKey[] = [...prefix, f.to ?? Infinity];
    if (before !== undefined) {
      const page = [...prefix, before.time, before.id];
      if (this.factory.cmp(page, upper) < 0) upper = page;
    }
    return { source, lower, upper, covered };
  }

  private range(plan: Plan): IDBKeyRange | null {
    if (this.factory.cmp(plan.lower, plan.upper) >= 0) return null;
    return this.keyRange.bound(plan.lower, plan.upper, false, true);
  }
}

/** Opens (creating or upgrading) the journal. */
export async function open(options: OpenOptions = {}): Promise<JournalStore> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const keyRange = options.keyRange ?? globalThis.IDBKeyRange;
  const rq = factory.open(options.name ?? DB_NAME, DB_VERSION);
  rq.onupgradeneeded = (e) => {
    const db = rq.result;
    if (e.oldVersion < 1) {
      const records = db.createObjectStore(RECORDS, { keyPath: ['time', 'id'] });
      records.createIndex('id', 'id', { unique: true });
      records.createIndex('conversation', ['site', 'conversation', 'time', 'id']);
      records.createIndex('decision', ['decision', 'time', 'id']);
      // The salt is born with the database, in the same transaction.
      const meta = db.createObjectStore(META);
      meta.put(newSalt(), SALT_KEY);
      meta.put(0, TOTAL_KEY);
      meta.put(1, CONTACTS_KEY);
    }
  };
  const db = await request(rq);
  // Another tab opening a newer version must not wait on this one.
  db.onversionchange = () => db.close();
  return new JournalStore(db, factory, keyRange, options.now ?? Date.now, options.newId ?? (() => crypto.randomUUID()));
}

/**
 * The journal's store against fake-indexeddb (IndexedDB in Node): add, pages,
 * filters, purge, clear, week and day counters, contacts, the import's single transaction, the
 * migration of the old storage.local journal, and the background's service.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { JournalService, MSG_JOURNAL_ADD, MSG_JOURNAL_TALLY } from '../../src/journal/protocol';
import { LEGACY_KEY, migrateLegacyJournal, type LegacyArea } from '../../src/journal/migrate';
import { addDays, dayStart, isoWeek, localDay, saltedSha256, weekMonday } from '../../src/journal/record';
import { open, type JournalStore } from '../../src/journal/store';
import { ALL_RULES, DAY_COUNTERS_KEPT, REASON_MAX, type CounterRow, type DayCounterRow, type JournalRecord, type NewRecord } from '../../src/journal/types';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 23, 12, 0, 0).getTime(); // a Monday, local time

async function fresh(options: { now?: () => number; factory?: IDBFactory } = {}): Promise<JournalStore> {
  let n = 0;
  return open({
    indexedDB: options.factory ?? new IDBFactory(),
    keyRange: IDBKeyRange,
    now: options.now ?? (() => NOW),
    // Sortable ids, so the tests can say which record comes first at equal times.
    newId: () => `id${String(n++).padStart(6, '0')}`,
  });
}

const input = (extra: Partial<NewRecord> = {}): NewRecord => ({
  site: 'whatsapp',
  conversation: 'c1',
  rules: ['legal-advice'],
  severity: 'block',
  decision: 'sent-anyway',
  ...extra,
});

/** A stored record, for imports. */
const stored = (i: number, extra: Partial<JournalRecord> = {}): JournalRecord => ({
  id: `r${String(i).padStart(6, '0')}`,
  time: NOW - i * 60_000,
  site: 'whatsapp',
  conversation: `c${i % 3}`,
  rules: ['legal-advice'],
  severity: 'warn',
  decision: 'sent-after-warning',
  ...extra,
});

async function all(store: JournalStore, filter = {}): Promise<JournalRecord[]> {
  const out: JournalRecord[] = [];
  for await (const batch of store.exportRecords(filter)) out.push(...batch);
  return out;
}

/** Writes to the store's meta object store behind its back (a database as an older version left it). */
async function rawMeta(store: JournalStore, edit: (meta: IDBObjectStore) => void): Promise<void> {
  await new Promise((resolve) => {
    const tx = (store as unknown as { db: IDBDatabase }).db.transaction('meta', 'readwrite');
    edit(tx.objectStore('meta'));
    tx.oncomplete = resolve;
  });
}

const row = (rows: CounterRow[], rule: string, week = isoWeek(NOW)) => rows.find((r) => r.rule === rule && r.week === week);

describe('add', () => {
  it('gives an id and the time, and keeps nothing of the draft by default', async () => {
    const store = await fresh();
    const r = await store.add(input({ draft: 'You can break the lease.', label: '  Marie Tremblay ', reason: '  she asked  ' }));
    expect(r).toEqual({ id: 'id000000', time: NOW, site: 'whatsapp', conversation: 'c1', label: 'Marie Tremblay', rules: ['legal-advice'], severity: 'block', decision: 'sent-anyway', reason: 'she asked' });
    expect(await store.get(r.id)).toEqual(r);
    expect(JSON.stringify(await store.get(r.id))).not.toContain('lease');
  });

  it('keeps a salted SHA-256 of the draft, or the text, when asked', async () => {
    const store = await fresh();
    const draft = 'Vous pouvez résilier le bail 🙂';
    const hashed = await store.add(input({ draft }), { keep: 'hash' });
    expect(hashed.draft).toEqual({ kind: 'hash', sha256: await store.hashDraft(draft) });
    expect(hashed.draft?.kind === 'hash' && hashed.draft.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Salted: not the plain SHA-256, and another install gives another hash.
    expect(hashed.draft?.kind === 'hash' && hashed.draft.sha256).not.toBe(await saltedSha256('', draft));
    expect(await (await fresh()).hashDraft(draft)).not.toBe(await store.hashDraft(draft));
    expect((await store.add(input({ draft }), { keep: 'text' })).draft).toEqual({ kind: 'text', text: draft });
    expect((await store.add(input(), { keep: 'text' })).draft).toBeUndefined();
  });

  it(`cuts the reason to ${REASON_MAX} code units, never inside a surrogate pair`, async () => {
    const store = await fresh();
    expect((await store.add(input({ reason: 'x'.repeat(2000) }))).reason).toHaveLength(REASON_MAX);
    const r = await store.add(input({ reason: 'x'.repeat(REASON_MAX - 1) + '🙂🙂' }));
    expect(r.reason).toBe('x'.repeat(REASON_MAX - 1));
  });

  it('refuses what is not a record', async () => {
    const store = await fresh();
    await expect(store.add({ ...input(), severity: 'info' } as unknown as NewRecord)).rejects.toThrow(TypeError);
    await expect(store.add({ ...input(), rules: 'legal-advice' } as unknown as NewRecord)).rejects.toThrow(TypeError);
    await expect(store.add(input({ time: Number.NaN }))).rejects.toThrow(TypeError);
    expect(await store.count()).toBe(0);
    expect(await store.counters()).toEqual([]);
  });
});

describe('list', () => {
  it('pages newest first, with no record twice and none missed, equal times included', async () => {
    let t = NOW;
    const store = await fresh({ now: () => t });
    for (let i = 0; i < 120; i++) {
      if (i % 4 === 0) t += 1000; // four records share each time
      await store.add(input());
    }
    const seen: JournalRecord[] = [];
    const sizes: number[] = [];
    let page = await store.list();
    for (;;) {
      sizes.push(page.records.length);
      seen.push(...page.records);
      if (page.next === null) break;
      page = await store.list({ before: page.next });
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen.map((r) => r.id)).size).toBe(120);
    const order = [...seen].sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
    expect(seen).toEqual(order);
  });

  it('filters by date range (to excluded), conversation, site and decision, alone or together', async () => {
    const store = await fresh();
    const records = Array.from({ length: 60 }, (_, i) =>
      stored(i, { site: i % 2 === 0 ? 'whatsapp' : 'x', decision: i % 5 === 0 ? 'false-alarm' : 'sent-anyway' }),
    );
    await store.importRecords(records);
    const expectFilter = async (filter: Parameters<JournalStore['list']>[0] & object, keep: (r: JournalRecord) => boolean) => {
      const want = records.filter(keep).sort((a, b) => b.time - a.time).map((r) => r.id);
      const got: string[] = [];
      let page = await store.list({ ...filter, limit: 7 });
      got.push(...page.records.map((r) => r.id));
      while (page.next !== null) {
        page = await store.list({ ...filter, limit: 7, before: page.next });
        got.push(...page.records.map((r) => r.id));
      }
      expect(got, JSON.stringify(filter)).toEqual(want);
      expect(await store.count(filter), JSON.stringify(filter)).toBe(want.length);
      expect((await all(store, filter)).map((r) => r.id).reverse(), JSON.stringify(filter)).toEqual(want);
    };
    const from = NOW - 40 * 60_000;
    const to = NOW - 10 * 60_000;
    await expectFilter({}, () => true);
    await expectFilter({ from, to }, (r) => r.time >= from && r.time < to);
    await expectFilter({ site: 'whatsapp', conversation: 'c1' }, (r) => r.site === 'whatsapp' && r.conversation === 'c1');
    await expectFilter({ site: 'x', conversation: 'c2', from, to }, (r) => r.site === 'x' && r.conversation === 'c2' && r.time >= from && r.time < to);
    await expectFilter({ site: 'x' }, (r) => r.site === 'x');
    await expectFilter({ conversation: 'c0' }, (r) => r.conversation === 'c0');
    await expectFilter({ decision: 'false-alarm' }, (r) => r.decision === 'false-alarm');
    await expectFilter({ decision: 'false-alarm', from }, (r) => r.decision === 'false-alarm' && r.time >= from);
    await expectFilter({ decision: 'sent-anyway', site: 'whatsapp', conversation: 'c0' }, (r) => r.decision === 'sent-anyway' && r.site === 'whatsapp' && r.conversation === 'c0');
    await expectFilter({ decision: 'revised' }, () => false);
    await expectFilter({ from: to, to: from }, () => false);
  });
});

describe('count', () => {
  it('keeps the total with the records, and counts them again where a database has no total', async () => {
    const factory = new IDBFactory();
    const store = await fresh({ factory });
    await store.importRecords(Array.from({ length: 12 }, (_, i) => stored(i)));
    await store.add(input());
    expect(await store.count()).toBe(13);
    // A total lost (or a database from before it): counted, then kept again from the next write on.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const rq = factory.open('prudence-journal');
      rq.onsuccess = () => resolve(rq.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').delete('total');
      tx.oncomplete = resolve;
    });
    db.close();
    expect(await store.count()).toBe(13);
    await store.add(input());
    expect(await store.count()).toBe(14);
    expect(await store.count({ site: 'whatsapp' })).toBe(14);
  });
});

describe('exportRecords', () => {
  it('gives every record once, in batches, oldest first (or newest first)', async () => {
    const store = await fresh();
    await store.importRecords(Array.from({ length: 25 }, (_, i) => stored(i)));
    const batches: JournalRecord[][] = [];
    for await (const b of store.exportRecords({}, { batchSize: 10 })) batches.push(b);
    expect(batches.map((b) => b.length)).toEqual([10, 10, 5]);
    const times = batches.flat().map((r) => r.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const newest: JournalRecord[] = [];
    for await (const b of store.exportRecords({ site: 'whatsapp', conversation: 'c1' }, { batchSize: 4, order: 'newest' })) newest.push(...b);
    expect(newest.map((r) => r.id)).toEqual(batches.flat().filter((r) => r.conversation === 'c1').reverse().map((r) => r.id));
    expect(newest).toHaveLength(8);
  });
});

describe('purgeOlderThan and clear', () => {
  it('purges the records older than the retention, keeps the rest and the counters', async () => {
    const store = await fresh();
    await store.importRecords([stored(0, { time: NOW - 31 * DAY }), stored(1, { time: NOW - 30 * DAY }), stored(2, { time: NOW - DAY }), stored(3, { time: NOW })]);
    const counters = await store.counters();
    expect(await store.purgeOlderThan(30)).toBe(1);
    expect((await all(store)).map((r) => r.id)).toEqual(['r000001', 'r000002', 'r000003']);
    expect(await store.purgeOlderThan(0.5)).toBe(2);
    expect(await store.count()).toBe(1);
    expect(await store.counters()).toEqual(counters);
    await expect(store.purgeOlderThan(-1)).rejects.toThrow(RangeError);
  });

  it('clears every record; the counters only when asked; the salt stays', async () => {
    const store = await fresh();
    await store.importRecords(Array.from({ length: 10 }, (_, i) => stored(i)));
    const hash = await store.hashDraft('draft');
    await store.clear();
    expect(await store.count()).toBe(0);
    expect((await store.list()).records).toEqual([]);
    expect(row(await store.counters(), ALL_RULES)?.warned).toBe(10);
    await store.clear({ counters: true });
    expect(await store.counters()).toEqual([]);
    expect(await store.hashDraft('draft')).toBe(hash);
  });
});

describe('counters', () => {
  it('counts per ISO week and rule (and every draft once under *), records or tallies alike', async () => {
    let t = NOW;
    const store = await fresh({ now: () => t });
    await store.add(input({ rules: ['legal-advice', 'no-mandate'], decision: 'sent-anyway' }));
    await store.add(input({ rules: ['legal-advice'], decision: 'false-alarm' }));
    await store.add(input({ rules: ['hostile-tone'], severity: 'warn', decision: 'sent-after-warning' }));
    await store.tally({ rules: ['legal-advice'], decision: 'revised' });
    await store.tally({ rules: ['no-mandate', 'no-mandate'], decision: 'cancelled' });
    t = NOW + 7 * DAY;
    await store.tally({ rules: ['legal-advice'], decision: 'revised' });
    expect(await store.count()).toBe(3);

    const rows = await store.counters();
    const week = isoWeek(NOW);
    const next = isoWeek(NOW + 7 * DAY);
    expect(rows.map((r) => `${r.week} ${r.rule}`)).toEqual([
      `${week} *`,
      `${week} hostile-tone`,
      `${week} legal-advice`,
      `${week} no-mandate`,
      `${next} *`,
      `${next} legal-advice`,
    ]);
    expect(row(rows, ALL_RULES)).toEqual({ week, rule: '*', warned: 5, revised: 1, cancelled: 1, sentAnyway: 1, falseAlarm: 1, sentAfterWarning: 1 });
    expect(row(rows, 'legal-advice')).toEqual({ week, rule: 'legal-advice', warned: 3, revised: 1, cancelled: 0, sentAnyway: 1, falseAlarm: 1, sentAfterWarning: 0 });
    expect(row(rows, 'no-mandate')).toMatchObject({ warned: 2, cancelled: 1, sentAnyway: 1 });
    expect(await store.counters({ from: next })).toHaveLength(2);
    expect(await store.counters({ to: week, rule: 'legal-advice' })).toHaveLength(1);
    await expect(store.tally({ rules: [], decision: 'maybe' } as never)).rejects.toThrow(TypeError);
  });

  it('counts per local day too, for "today", beside the weeks', async () => {
    let t = NOW;
    const store = await fresh({ now: () => t });
    await store.add(input({ rules: ['legal-advice', 'no-mandate'], decision: 'sent-anyway' }));
    await store.tally({ rules: ['legal-advice'], decision: 'revised' });
    await store.tally({ rules: ['no-mandate'], decision: 'cancelled', time: NOW - 2 * 3_600_000 });
    t = NOW + DAY;
    await store.add(input({ rules: ['hostile-tone'], decision: 'sent-after-warning' }));
    await store.add(input({ rules: ['hostile-tone'], decision: 'false-alarm' }));

    const today = localDay(NOW);
    const tomorrow = localDay(NOW + DAY);
    const days = await store.dayCounters();
    expect(days.map((r) => `${r.day} ${r.rule}`)).toEqual([`${today} *`, `${today} legal-advice`, `${today} no-mandate`, `${tomorrow} *`, `${tomorrow} hostile-tone`]);
    const day = (rows: DayCounterRow[], d: string, rule: string) => rows.find((r) => r.day === d && r.rule === rule);
    expect(day(days, today, ALL_RULES)).toEqual({ day: today, rule: '*', warned: 3, revised: 1, cancelled: 1, sentAnyway: 1, falseAlarm: 0, sentAfterWarning: 0 });
    expect(day(days, today, 'legal-advice')).toMatchObject({ warned: 2, revised: 1, sentAnyway: 1 });
    expect(day(days, tomorrow, ALL_RULES)).toMatchObject({ warned: 2, sentAfterWarning: 1, falseAlarm: 1 });
    expect(await store.dayCounters({ from: tomorrow, to: tomorrow, rule: ALL_RULES })).toHaveLength(1);
    expect(await store.dayCounters({ to: today, rule: 'hostile-tone' })).toEqual([]);
    // The week counters are the same sums, in their own keys.
    expect(row(await store.counters(), ALL_RULES)).toMatchObject({ warned: 5, revised: 1, cancelled: 1, sentAnyway: 1, falseAlarm: 1, sentAfterWarning: 1 });
  });

  it(`keeps day counters ${DAY_COUNTERS_KEPT} days, week counters for good`, async () => {
    let t = NOW;
    const store = await fresh({ now: () => t });
    const old = NOW - (DAY_COUNTERS_KEPT + 1) * DAY;
    const kept = NOW - (DAY_COUNTERS_KEPT - 5) * DAY;
    // A migration brings records older than the day counters keep: counted by week only.
    await store.importRecords([stored(0, { time: old }), stored(1, { time: kept })]);
    expect((await store.dayCounters({ rule: ALL_RULES })).map((r) => r.day)).toEqual([localDay(kept)]);
    // Ten days later, the next write drops the day that has now passed the limit.
    t = NOW + 10 * DAY;
    await store.tally({ rules: ['legal-advice'], decision: 'revised' });
    expect((await store.dayCounters({ rule: ALL_RULES })).map((r) => r.day)).toEqual([localDay(t)]);
    expect((await store.counters({ rule: ALL_RULES })).map((r) => r.week)).toEqual([isoWeek(old), isoWeek(kept), isoWeek(t)]);
  });

  it('day counters survive purges and a plain clear, and go with the counters', async () => {
    const store = await fresh();
    await store.importRecords([stored(0, { time: NOW - 40 * DAY }), stored(1)]);
    const days = await store.dayCounters();
    expect(days.length).toBeGreaterThan(0);
    await store.purgeOlderThan(30);
    await store.clear();
    expect(await store.dayCounters()).toEqual(days);
    await store.clear({ counters: true });
    expect(await store.dayCounters()).toEqual([]);
    expect(await store.counters()).toEqual([]);
  });

  it('needs no upgrade: a database from before the day counters gets them from its next write on', async () => {
    const factory = new IDBFactory();
    const before = await fresh({ factory });
    await before.add(input());
    // What such a database holds: records and week counters, no day keys.
    await rawMeta(before, (meta) => meta.delete(IDBKeyRange.bound(['day'], ['day', []])));
    before.close();
    const store = await fresh({ factory });
    expect(await store.dayCounters()).toEqual([]);
    await store.tally({ rules: ['legal-advice'], decision: 'revised' });
    expect((await store.dayCounters({ rule: ALL_RULES }))[0]).toMatchObject({ warned: 1, revised: 1 });
    expect(row(await store.counters(), ALL_RULES)?.warned).toBe(2);
  });

  it('names local days, their starts, and the Monday of an ISO week', () => {
    expect(localDay(new Date(2026, 10, 23, 0, 0).getTime())).toBe('2026-11-23');
    expect(localDay(new Date(2026, 10, 23, 23, 59, 59).getTime())).toBe('2026-11-23');
    expect(dayStart('2026-11-23')).toBe(new Date(2026, 10, 23).getTime());
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(weekMonday('2026-W48')).toBe('2026-11-23');
    expect(weekMonday('2026-W53')).toBe('2026-12-28');
    expect(weekMonday('2025-W01')).toBe('2024-12-30');
    expect(weekMonday('W48')).toBeNull();
    for (let d = 0; d < 800; d += 3) {
      const time = NOW + d * DAY;
      expect(weekMonday(isoWeek(time))! <= localDay(time)).toBe(true);
      expect(addDays(weekMonday(isoWeek(time))!, 6) >= localDay(time)).toBe(true);
    }
  });

  it('names ISO weeks the ISO way, around the new year', () => {
    expect(isoWeek(new Date(2026, 10, 23).getTime())).toBe('2026-W48');
    expect(isoWeek(new Date(2026, 10, 22, 23, 59).getTime())).toBe('2026-W47'); // Sunday ends the week
    expect(isoWeek(new Date(2027, 0, 1).getTime())).toBe('2026-W53');
    expect(isoWeek(new Date(2024, 11, 30).getTime())).toBe('2025-W01');
    expect(isoWeek(new Date(2021, 0, 3).getTime())).toBe('2020-W53');
  });
});

describe('contacts', () => {
  it('lists each conversation once, with its newest label, sorted by site then key', async () => {
    const store = await fresh();
    await store.importRecords([
      stored(0, { site: 'x', conversation: '@bob', label: 'Bob (new name)' }),
      stored(5, { site: 'x', conversation: '@bob', label: 'Bob' }),
      stored(1, { site: 'whatsapp', conversation: 'c2' }),
      stored(2, { site: 'whatsapp', conversation: 'c1', label: 'Marie' }),
      stored(3, { site: 'whatsapp', conversation: 'c1', label: 'Marie T.' }),
      ...Array.from({ length: 30 }, (_, i) => stored(10 + i, { site: 'whatsapp', conversation: 'c2' })),
    ]);
    const want = [
      { site: 'whatsapp', conversation: 'c1', label: 'Marie', last: NOW - 2 * 60_000 },
      { site: 'whatsapp', conversation: 'c2', last: NOW - 60_000 },
      { site: 'x', conversation: '@bob', label: 'Bob (new name)', last: NOW },
    ];
    expect(await store.contacts()).toEqual(want);
    expect(await (await fresh()).contacts()).toEqual([]);

    // A database from before the contact entries: built from the records the first time, then kept.
    await rawMeta(store, (meta) => {
      meta.delete(IDBKeyRange.bound(['contact'], ['contact', []]));
      meta.delete('contacts');
    });
    expect(await store.contacts()).toEqual(want);
    await store.add(input({ site: 'x', conversation: '@bob', label: 'Bob again' }));
    expect((await store.contacts())[2]).toEqual({ site: 'x', conversation: '@bob', label: 'Bob again', last: NOW });
  });

  it('follows purges (a contact left without records goes) and clearing', async () => {
    const store = await fresh();
    await store.importRecords([stored(0, { conversation: 'old', time: NOW - 40 * DAY }), stored(1, { conversation: 'both', time: NOW - 40 * DAY }), stored(2, { conversation: 'both' })]);
    await store.add(input({ conversation: 'new', label: 'New client' }));
    expect((await store.contacts()).map((c) => c.conversation)).toEqual(['both', 'new', 'old']);
    await store.purgeOlderThan(30);
    expect((await store.contacts()).map((c) => c.conversation)).toEqual(['both', 'new']);
    await store.clear();
    expect(await store.contacts()).toEqual([]);
    await store.add(input({ conversation: 'after' }));
    expect((await store.contacts()).map((c) => c.conversation)).toEqual(['after']);
  });
});

describe('importRecords', () => {
  it('adds valid records, leaves ids already there alone, skips invalid ones', async () => {
    const store = await fresh();
    const records = Array.from({ length: 5 }, (_, i) => stored(i));
    expect(await store.importRecords([...records, { id: 'bad' }, null, stored(9, { severity: 'info' as never })])).toEqual({ added: 5, existing: 0, invalid: 3 });
    const counters = await store.counters();
    expect(await store.importRecords(records)).toEqual({ added: 0, existing: 5, invalid: 0 });
    expect(await store.counters()).toEqual(counters);
    expect(await store.importRecords([stored(0), stored(7)])).toEqual({ added: 1, existing: 1, invalid: 0 });
    expect(await store.count()).toBe(6);
  });

  it('is one transaction: aborted halfway, it leaves the journal and its counters as they were', async () => {
    const store = await fresh();
    await store.importRecords(Array.from({ length: 10 }, (_, i) => stored(i)));
    const before = { records: await all(store), counters: await store.counters() };
    const controller = new AbortController();
    const batch = Array.from({ length: 1000 }, (_, i) => stored(100 + i, { rules: ['personal-data'] }));
    let progressed = 0;
    const run = store.importRecords(batch, {
      signal: controller.signal,
      onProgress: (done) => {
        progressed = done;
        if (done === 500) controller.abort(new DOMException('interrupted', 'AbortError'));
      },
    });
    await expect(run).rejects.toThrow('interrupted');
    expect(progressed).toBe(500);
    expect(await store.count()).toBe(10);
    expect(await all(store)).toEqual(before.records);
    expect(await store.counters()).toEqual(before.counters);
    // The store still works afterwards.
    expect((await store.importRecords(batch)).added).toBe(1000);
  });

  it('does not start with an aborted signal', async () => {
    const store = await fresh();
    await expect(store.importRecords([stored(0)], { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(await store.count()).toBe(0);
  });
});

describe('migrateLegacyJournal', () => {
  /** storage.local's part, in memory; `failRemove` makes the deletion throw once (an interruption after the import). */
  function area(value: unknown, failRemove = false): LegacyArea & { data: Record<string, unknown> } {
    const data: Record<string, unknown> = value === undefined ? {} : { [LEGACY_KEY]: value };
    let fail = failRemove;
    return {
      data,
      get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      remove: async (key) => {
        if (fail) {
          fail = false;
          throw new Error('the browser went away');
        }
        delete data[key];
      },
    };
  }
  const old = (extra: Record<string, unknown> = {}) => ({ at: new Date(NOW - DAY).toISOString(), kind: 'send-anyway', site: 'whatsapp', conversation: 'c1', rules: ['legal-advice'], ...extra });

  it('moves the old entries once, skips and counts the malformed ones, then deletes the key', async () => {
    const store = await fresh();
    const legacy = area([
      old(),
      old(), // the same entry twice is two sends
      old({ kind: 'false-alarm', reason: ' not advice ', rules: ['no-mandate', 'no-mandate'] }),
      old({ at: 'not a date' }),
      old({ kind: 'maybe' }),
      old({ rules: 'legal-advice' }),
      old({ site: 42 }),
      'junk',
      null,
    ]);
    expect(await migrateLegacyJournal(store, legacy)).toEqual({ found: true, migrated: 3, existing: 0, skipped: 6 });
    expect(legacy.data).toEqual({});
    // Same time, so their order is their ids' (hashes): compare them sorted by decision.
    const records = (await all(store)).sort((a, b) => a.decision.localeCompare(b.decision));
    expect(records.map((r) => [r.decision, r.severity, r.time, r.rules, r.reason])).toEqual([
      ['false-alarm', 'block', NOW - DAY, ['no-mandate'], 'not advice'],
      ['sent-anyway', 'block', NOW - DAY, ['legal-advice'], undefined],
      ['sent-anyway', 'block', NOW - DAY, ['legal-advice'], undefined],
    ]);
    expect(new Set(records.map((r) => r.id)).size).toBe(3);
    expect(row(await store.counters(), ALL_RULES, isoWeek(NOW - DAY))).toMatchObject({ warned: 3, sentAnyway: 2, falseAlarm: 1 });
    expect(await migrateLegacyJournal(store, legacy)).toEqual({ found: false, migrated: 0, existing: 0, skipped: 0 });
  });

  it('is idempotent: interrupted before the key is deleted, the next run adds nothing twice', async () => {
    const store = await fresh();
    const legacy = area([old(), old({ conversation: 'c2' }), old()], true);
    await expect(migrateLegacyJournal(store, legacy)).rejects.toThrow('went away');
    expect(await store.count()).toBe(3);
    const counters = await store.counters();
    expect(await migrateLegacyJournal(store, legacy)).toEqual({ found: true, migrated: 0, existing: 3, skipped: 0 });
    expect(await store.count()).toBe(3);
    expect(await store.counters()).toEqual(counters);
    expect(legacy.data).toEqual({});
  });

  it('drops a key that holds no list', async () => {
    const store = await fresh();
    const legacy = area({ not: 'a list' });
    expect(await migrateLegacyJournal(store, legacy)).toEqual({ found: true, migrated: 0, existing: 0, skipped: 1 });
    expect(legacy.data).toEqual({});
  });
});

describe('JournalService (the background side of the messages)', () => {
  it('migrates at the first open, records what content scripts send, keeps what the policy allows of the draft', async () => {
    const factory = new IDBFactory();
    const data: Record<string, unknown> = { [LEGACY_KEY]: [{ at: new Date(NOW - DAY).toISOString(), kind: 'false-alarm', site: 'x', conversation: 'c9', rules: ['hostile-tone'] }] };
    let keep: 'nothing' | 'hash' | 'text' = 'nothing';
    const service = new JournalService({
      open: () => fresh({ factory }),
      keep: () => keep,
      retentionDays: () => 30,
      legacy: { get: async (k) => (k in data ? { [k]: data[k] } : {}), remove: async (k) => void delete data[k] },
      now: () => NOW,
    });
    expect(service.handle({ type: 'prudence:ping' })).toBeUndefined();
    expect(service.handle('prudence:journal-add')).toBeUndefined();

    const added = await service.handle({ type: MSG_JOURNAL_ADD, record: input({ draft: 'secret' }) });
    expect(added).toEqual({ ok: true, id: 'id000000' });
    expect(service.migration).toMatchObject({ migrated: 1 });
    const store = await service.store();
    expect((await store.get('id000000'))?.draft).toBeUndefined();
    keep = 'text';
    const second = await service.handle({ type: MSG_JOURNAL_ADD, record: input({ draft: 'kept' }) });
    expect(second?.ok === true && (await store.get(second.id ?? ''))?.draft).toEqual({ kind: 'text', text: 'kept' });

    expect(await service.handle({ type: MSG_JOURNAL_ADD, record: { ...input(), decision: 'whatever' } })).toEqual({ ok: false, error: 'not a journal record' });
    expect(await service.handle({ type: MSG_JOURNAL_TALLY, tally: { rules: ['legal-advice'], decision: 'revised' } })).toEqual({ ok: true });
    expect(row(await store.counters(), 'legal-advice')).toMatchObject({ warned: 3, revised: 1, sentAnyway: 2 });
    expect(await store.count()).toBe(3);
  });

  it('applies the retention when it opens', async () => {
    const factory = new IDBFactory();
    const seed = await fresh({ factory });
    await seed.importRecords([stored(0, { time: NOW - 40 * DAY }), stored(1, { time: NOW - DAY })]);
    seed.close();
    const service = new JournalService({ open: () => fresh({ factory }), keep: () => 'nothing', retentionDays: () => 30, now: () => NOW });
    expect(await (await service.store()).count()).toBe(1);
  });
});

describe('size', () => {
  it('takes 1 000 records quickly, one by one and in one import, and pages and exports them', async () => {
    const store = await fresh();
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) await store.add(input({ conversation: `c${i % 10}`, rules: ['legal-advice', 'personal-data'] }));
    const added = performance.now() - t0;
    const t1 = performance.now();
    expect((await store.importRecords(Array.from({ length: 1000 }, (_, i) => stored(i)))).added).toBe(1000);
    const imported = performance.now() - t1;
    const t2 = performance.now();
    expect((await store.list()).records).toHaveLength(50);
    expect(await all(store)).toHaveLength(2000);
    const read = performance.now() - t2;
    // fake-indexeddb is far slower than a browser's IndexedDB; these bounds only catch an accidental quadratic.
    expect(added).toBeLessThan(10_000);
    expect(imported).toBeLessThan(5_000);
    expect(read).toBeLessThan(5_000);
  });
});

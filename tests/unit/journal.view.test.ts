/**
 * The journal as the pages read it (fake-indexeddb): local days to the
 * store's filter, the view's page and count, exports of the filtered records
 * that stop cleanly when cancelled or when a read fails, the week counters
 * grouped for a table, and the popup's today and this week.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/journal/record';
import { open, type JournalStore } from '../../src/journal/store';
import type { JournalRecord } from '../../src/journal/types';
import { byWeek, exportFile, intlLocale, journalFilter, openView, sent, summary } from '../../src/journal/view';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 25, 12, 0, 0).getTime(); // a Wednesday, local time

async function fresh(): Promise<JournalStore> {
  let n = 0;
  return open({ indexedDB: new IDBFactory(), keyRange: IDBKeyRange, now: () => NOW, newId: () => `id${String(n++).padStart(6, '0')}` });
}

const rec = (i: number, time: number, extra: Partial<JournalRecord> = {}): JournalRecord => ({
  id: `r${String(i).padStart(4, '0')}`,
  time,
  site: 'whatsapp',
  conversation: i % 2 === 0 ? 'marie' : 'paul',
  label: i % 2 === 0 ? 'Marie Tremblay' : 'Paul, "the landlord"',
  rules: ['legal-advice'],
  severity: 'block',
  decision: i % 5 === 0 ? 'false-alarm' : 'sent-anyway',
  ...extra,
});

/** 40 records, two a day for 20 days back from NOW, at 00:00 and 23:59:59 local time. */
function twentyDays(): JournalRecord[] {
  const out: JournalRecord[] = [];
  for (let d = 0; d < 20; d++) {
    const midnight = new Date(new Date(NOW - d * DAY).setHours(0, 0, 0, 0)).getTime();
    out.push(rec(2 * d, midnight), rec(2 * d + 1, midnight + DAY - 1000));
  }
  return out;
}

describe('journalFilter', () => {
  it('turns local days into an inclusive range, and a contact into site and conversation', () => {
    const f = journalFilter({ contact: { site: 'x', conversation: '@bob' }, fromDay: '2026-11-20', toDay: '2026-11-22' });
    expect(f).toEqual({ site: 'x', conversation: '@bob', from: new Date(2026, 10, 20).getTime(), to: new Date(2026, 10, 23).getTime() });
    expect(journalFilter({})).toEqual({});
    expect(journalFilter({ contact: null, fromDay: '', toDay: 'not a day' })).toEqual({});
  });
});

describe('openView', () => {
  it('gives the newest page and the count of the same filter', async () => {
    const store = await fresh();
    const records = twentyDays();
    await store.importRecords(records);
    const fromDay = localDay(NOW - 4 * DAY);
    const toDay = localDay(NOW - 2 * DAY);
    const filter = journalFilter({ contact: { site: 'whatsapp', conversation: 'marie' }, fromDay, toDay });
    const view = await openView(store, filter, 2);
    // Three days, both ends included, at midnight and just before the next one: Marie has the midnight record of each.
    expect(view.count).toBe(3);
    expect(view.records.map((r) => localDay(r.time))).toEqual([toDay, localDay(NOW - 3 * DAY)]);
    expect(view.next).not.toBeNull();
    const all = await openView(store, journalFilter({ fromDay, toDay }));
    expect(all.count).toBe(6);
    expect(all.records.every((r) => localDay(r.time) >= fromDay && localDay(r.time) <= toDay)).toBe(true);
    expect((await openView(store, {})).count).toBe(40);
  });
});

describe('exportFile', () => {
  it('exports only the filtered records, in CSV and JSON; the false alarms ignore the filter', async () => {
    const store = await fresh();
    await store.importRecords(twentyDays());
    const filter = journalFilter({ contact: { site: 'whatsapp', conversation: 'paul' }, fromDay: localDay(NOW - 9 * DAY) });
    const progress: number[] = [];
    const csv = await exportFile(store, 'csv', filter, { lang: 'en', now: NOW, batchSize: 4, onProgress: (n) => progress.push(n) });
    expect(csv.name).toMatch(/^prudence-journal-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.records).toBe(10);
    expect(progress).toEqual([4, 8, 10]);
    const lines = csv.parts.join('').split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(11);
    expect(lines.slice(1).every((l) => l.includes('"Paul, ""the landlord"""'))).toBe(true);

    const json = await exportFile(store, 'json', filter, { lang: 'fr', now: NOW });
    expect(json.type).toBe('application/json');
    const parsed = JSON.parse(json.parts.join('')) as { filter: Record<string, string>; records: JournalRecord[] };
    expect(parsed.records.map((r) => r.conversation)).toEqual(Array(10).fill('paul'));
    expect(parsed.filter).toMatchObject({ site: 'whatsapp', conversation: 'paul' });

    const alarms = await exportFile(store, 'false-alarms', filter, { lang: 'en', now: NOW });
    expect(alarms.name).toMatch(/^prudence-false-alarms-/);
    expect(alarms.records).toBe(8);
  });

  it('cancelled during a read, or failing half-way, gives no file and leaves the journal as it was', async () => {
    const store = await fresh();
    await store.importRecords(twentyDays());
    const before = await openView(store, {}, 1000);

    // Cancelled while a read is still pending.
    const controller = new AbortController();
    const run = exportFile(store, 'csv', {}, { lang: 'en', now: NOW, batchSize: 5, signal: controller.signal, onProgress: (n) => n === 10 && controller.abort(new Error('cancelled')) });
    await expect(run).rejects.toThrow('cancelled');

    // A store whose reads fail after the first batch.
    const failing = Object.create(store) as JournalStore;
    failing.exportRecords = async function* (...args: Parameters<JournalStore['exportRecords']>) {
      let n = 0;
      for await (const batch of store.exportRecords(...args)) {
        if (n++ === 1) throw new Error('the disk went away');
        yield batch;
      }
    };
    await expect(exportFile(failing, 'json', {}, { lang: 'en', now: NOW, batchSize: 5 })).rejects.toThrow('the disk went away');

    expect(await openView(store, {}, 1000)).toEqual(before);
    expect((await exportFile(store, 'csv', {}, { lang: 'en', now: NOW })).records).toBe(40);
  });
});

describe('counters for the pages', () => {
  it('summary: today from the day counters, this week per rule, most warned first', async () => {
    const store = await fresh();
    const sending = { site: 'whatsapp', conversation: 'marie', severity: 'block' } as const;
    await store.add({ ...sending, time: NOW, rules: ['legal-advice', 'no-mandate'], decision: 'sent-anyway' });
    await store.tally({ rules: ['no-mandate'], decision: 'revised' });
    await store.tally({ rules: ['no-mandate'], decision: 'cancelled', time: NOW - DAY });
    await store.add({ ...sending, time: NOW - DAY, rules: ['legal-advice'], decision: 'false-alarm' });
    await store.tally({ rules: ['hostile-tone'], decision: 'revised', time: NOW - 7 * DAY });

    const s = await summary(store, NOW);
    expect(s.today).toEqual({ warned: 2, revised: 1, cancelled: 0, sentAnyway: 1, falseAlarm: 0, sentAfterWarning: 0 });
    expect(s.thisWeek.all).toMatchObject({ warned: 4, revised: 1, cancelled: 1, sentAnyway: 1, falseAlarm: 1 });
    // The four figures add up: warned = revised + not sent + sent (anyway, after a warning, or as a false alarm).
    expect(s.thisWeek.all.revised + s.thisWeek.all.cancelled + sent(s.thisWeek.all)).toBe(s.thisWeek.all.warned);
    expect(s.thisWeek.rules.map((r) => [r.rule, r.warned])).toEqual([
      ['no-mandate', 3],
      ['legal-advice', 2],
    ]);

    const empty = await summary(await fresh(), NOW);
    expect(empty.today.warned).toBe(0);
    expect(empty.thisWeek.rules).toEqual([]);
  });

  it('byWeek: the newest week first, every draft once apart from the rules', () => {
    const counts = { revised: 0, cancelled: 0, sentAnyway: 1, falseAlarm: 0, sentAfterWarning: 0 };
    const weeks = byWeek([
      { week: '2026-W47', rule: '*', warned: 1, ...counts },
      { week: '2026-W47', rule: 'legal-advice', warned: 1, ...counts },
      { week: '2026-W48', rule: 'no-mandate', warned: 1, ...counts },
    ]);
    expect(weeks.map((w) => [w.week, w.all.warned, w.rules.map((r) => r.rule)])).toEqual([
      ['2026-W48', 0, ['no-mandate']],
      ['2026-W47', 1, ['legal-advice']],
    ]);
  });

  it('intlLocale: the browser’s region when it speaks the page’s language', () => {
    expect(intlLocale('fr', 'fr-CA')).toBe('fr-CA');
    expect(intlLocale('fr', 'en-US')).toBe('fr');
    expect(intlLocale('en', 'en-gb')).toBe('en-GB');
    expect(intlLocale('en', undefined)).toBe('en');
  });
});

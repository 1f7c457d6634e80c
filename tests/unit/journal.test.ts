/** The journal keeps the organisation's retention period, and a bounded number of entries. */
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../src/guard/guard';
import { JOURNAL_LIMIT, retain } from '../../src/guard/journal';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const entry = (daysAgo: number, extra: Partial<JournalEntry> = {}): JournalEntry => ({
  at: new Date(NOW - daysAgo * 86_400_000).toISOString(),
  kind: 'send-anyway',
  site: 'whatsapp',
  conversation: 'c1',
  rules: ['legal-advice'],
  ...extra,
});

describe('retain', () => {
  it('drops entries older than the retention period, keeps the rest in order', () => {
    const list = [entry(40), entry(31), entry(30), entry(2), entry(0)];
    expect(retain(list, 30, NOW).map((e) => e.at)).toEqual([entry(30), entry(2), entry(0)].map((e) => e.at));
  });

  it('without a retention period keeps everything up to the limit, newest last', () => {
    const list = Array.from({ length: JOURNAL_LIMIT + 20 }, (_, i) => entry(0, { conversation: `c${i}` }));
    const kept = retain(list, null, NOW);
    expect(kept).toHaveLength(JOURNAL_LIMIT);
    expect(kept[kept.length - 1]?.conversation).toBe(`c${JOURNAL_LIMIT + 19}`);
    expect(kept[0]?.conversation).toBe('c20');
  });

  it('keeps an entry whose date cannot be read', () => {
    expect(retain([entry(0, { at: 'not a date' })], 1, NOW)).toHaveLength(1);
  });
});

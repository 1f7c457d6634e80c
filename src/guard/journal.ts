/**
 * The local journal's retention: what "Send anyway" and "false alarm" left
 * behind (kind, site, conversation key, rule ids, a typed reason; never the
 * message) is kept for the organisation's retention period, and never more
 * than the newest JOURNAL_LIMIT entries.
 */
import type { JournalEntry } from './guard';

export const JOURNAL_LIMIT = 500;
const DAY_MS = 86_400_000;

/** Entries within the retention period (all of them when there is none), the newest JOURNAL_LIMIT at most. */
export function retain(list: readonly JournalEntry[], days: number | null, now: number): JournalEntry[] {
  const kept = days === null ? list : list.filter((e) => {
    const at = Date.parse(e.at);
    // An entry whose date cannot be read is kept: dropping a record is worse than keeping one too long.
    return Number.isNaN(at) || now - at <= days * DAY_MS;
  });
  return kept.slice(-JOURNAL_LIMIT);
}

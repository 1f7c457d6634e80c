/**
 * Moves the journal the content script used to keep in `storage.local`
 * (`journal`: an array of { at, kind, site, conversation, rules, reason? })
 * into the store, once, then deletes the key.
 *
 * Idempotent: a migrated entry's id is derived from its content (and how many
 * identical entries came before it), and the store leaves an id it already
 * has alone, so a run interrupted between the import and the deletion adds
 * nothing the second time. The import is one transaction. Malformed entries
 * are skipped and counted; the key is deleted all the same (nothing else can
 * read them).
 */
import { cut, saltedSha256 } from './record';
import type { JournalStore } from './store';
import { LIMITS, REASON_MAX, type JournalRecord } from './types';

export const LEGACY_KEY = 'journal';

/** The part of `browser.storage.local` the migration needs. */
export interface LegacyArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

export interface MigrationResult {
  /** Whether there was anything under the old key. */
  found: boolean;
  migrated: number;
  /** Entries already in the store (an earlier, interrupted run). */
  existing: number;
  /** Entries that could not be read (or 1 when the key held something other than a list). */
  skipped: number;
}

const KINDS = { 'send-anyway': 'sent-anyway', 'false-alarm': 'false-alarm' } as const;

const isString = (v: unknown): v is string => typeof v === 'string';

/** An old entry as a record without its id, and the text its id is derived from; null if it is malformed. */
export function readLegacyEntry(entry: unknown): { record: Omit<JournalRecord, 'id'>; identity: string } | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const e = entry as Record<string, unknown>;
  const time = isString(e.at) ? Date.parse(e.at) : NaN;
  const decision = isString(e.kind) && Object.hasOwn(KINDS, e.kind) ? KINDS[e.kind as keyof typeof KINDS] : null;
  if (!Number.isFinite(time) || time < 0 || decision === null) return null;
  if (!isString(e.site) || e.site === '' || e.site.length > LIMITS.site) return null;
  if (!isString(e.conversation) || e.conversation.length > LIMITS.conversation) return null;
  if (!Array.isArray(e.rules) || e.rules.length > LIMITS.rules || !e.rules.every((r) => isString(r) && r !== '' && r.length <= LIMITS.rule)) return null;
  if (e.reason !== undefined && !isString(e.reason)) return null;
  const rules = [...new Set(e.rules as string[])];
  const reason = e.reason?.trim();
  const record: Omit<JournalRecord, 'id'> = {
    time: Math.round(time),
    site: e.site,
    conversation: e.conversation,
    rules,
    // The old guard journaled only from its confirm dialog, which only a `block` finding opens.
    severity: 'block',
    decision,
  };
  if (reason) record.reason = cut(reason, REASON_MAX);
  return { record, identity: JSON.stringify([e.at, e.kind, e.site, e.conversation, rules, reason ?? null]) };
}

/** A migrated entry's id: a SHA-256 of what it says and of how many identical entries came before it. */
async function legacyId(identity: string, occurrence: number): Promise<string> {
  return `legacy-${(await saltedSha256('', `${occurrence}:${identity}`)).slice(0, 32)}`;
}

/** Runs the migration; safe to call at every start (without the old key it only reads it). */
export async function migrateLegacyJournal(store: JournalStore, area: LegacyArea): Promise<MigrationResult> {
  const raw = (await area.get(LEGACY_KEY))[LEGACY_KEY];
  if (raw === undefined) return { found: false, migrated: 0, existing: 0, skipped: 0 };
  if (!Array.isArray(raw)) {
    await area.remove(LEGACY_KEY);
    return { found: true, migrated: 0, existing: 0, skipped: 1 };
  }
  const seen = new Map<string, number>();
  const records: JournalRecord[] = [];
  let skipped = 0;
  for (const entry of raw) {
    const read = readLegacyEntry(entry);
    if (read === null) {
      skipped++;
      continue;
    }
    const occurrence = seen.get(read.identity) ?? 0;
    seen.set(read.identity, occurrence + 1);
    records.push({ id: await legacyId(read.identity, occurrence), ...read.record });
  }
  const result = await store.importRecords(records);
  // Only once the records are committed: an interruption before this line leaves the old key for the next run.
  await area.remove(LEGACY_KEY);
  return { found: true, migrated: result.added, existing: result.existing, skipped: skipped + result.invalid };
}

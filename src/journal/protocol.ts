/**
 * How the rest of the extension reaches the journal. Content scripts cannot
 * open the extension's IndexedDB (they run in the page's origin), so they send
 * a message and the background writes; extension pages (options, popup) share
 * the extension's origin and open the store directly.
 *
 *   content script -> background
 *     { type: 'prudence:journal-add', record: NewRecord }   -> { ok: true, id } | { ok: false, error }
 *     { type: 'prudence:journal-tally', tally: Tally }      -> { ok: true } | { ok: false, error }
 *
 * The background decides what is kept of a draft (the policy's `keep`), never
 * the sender: a draft sent with `keep` at `nothing` is dropped unread.
 */
import { migrateLegacyJournal, type LegacyArea, type MigrationResult } from './migrate';
import { parseNewRecord, parseTally } from './record';
import type { JournalStore } from './store';
import type { Keep, NewRecord, Tally } from './types';

export const MSG_JOURNAL_ADD = 'prudence:journal-add';
export const MSG_JOURNAL_TALLY = 'prudence:journal-tally';

export interface JournalAddMessage {
  type: typeof MSG_JOURNAL_ADD;
  record: NewRecord;
}

export interface JournalTallyMessage {
  type: typeof MSG_JOURNAL_TALLY;
  tally: Tally;
}

export type JournalMessage = JournalAddMessage | JournalTallyMessage;

export type JournalReply = { ok: true; id?: string } | { ok: false; error: string };

/** Purges for retention at most this often while records are being added. */
const PURGE_EVERY_MS = 3_600_000;

export interface JournalServiceDeps {
  /** Opens the store (`open()` from store.ts). */
  open: () => Promise<JournalStore>;
  /** What the policy in force keeps of drafts; `nothing` unless it says otherwise. */
  keep: () => Keep | Promise<Keep>;
  /** The policy's retention in days, or null to keep everything. */
  retentionDays: () => number | null | Promise<number | null>;
  /** `storage.local`, where the old journal may still be: migrated once, at the first open. */
  legacy?: LegacyArea;
  now?: () => number;
}

/**
 * The background's side: opens the store once (migrating the old journal
 * first), applies the retention when it opens and at most hourly after, and
 * answers the messages above.
 */
export class JournalService {
  private opening: Promise<JournalStore> | null = null;
  private purgedAt = -Infinity;
  /** What the migration did, once it ran. */
  migration: MigrationResult | null = null;

  constructor(private readonly deps: JournalServiceDeps) {}

  store(): Promise<JournalStore> {
    this.opening ??= this.openOnce().catch((e: unknown) => {
      // The next message tries again (a store that failed to open once is not given up for the session).
      this.opening = null;
      throw e;
    });
    return this.opening;
  }

  /** Answers a journal message; undefined for any other message (so the background's other listeners answer it). */
  handle(msg: unknown): Promise<JournalReply> | undefined {
    if (typeof msg !== 'object' || msg === null) return undefined;
    const m = msg as { type?: unknown; record?: unknown; tally?: unknown };
    if (m.type === MSG_JOURNAL_ADD) return this.reply(() => this.add(m.record));
    if (m.type === MSG_JOURNAL_TALLY) return this.reply(() => this.tally(m.tally));
    return undefined;
  }

  private async add(raw: unknown): Promise<JournalReply> {
    const record = parseNewRecord(raw);
    if (record === null) return { ok: false, error: 'not a journal record' };
    const store = await this.store();
    const added = await store.add(record, { keep: await this.deps.keep() });
    await this.purge(store, false).catch(() => {
      /* The record is in; the purge is tried again with the next one. */
    });
    return { ok: true, id: added.id };
  }

  private async tally(raw: unknown): Promise<JournalReply> {
    const tally = parseTally(raw);
    if (tally === null) return { ok: false, error: 'not a journal tally' };
    await (await this.store()).tally(tally);
    return { ok: true };
  }

  private async reply(work: () => Promise<JournalReply>): Promise<JournalReply> {
    try {
      return await work();
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  private async openOnce(): Promise<JournalStore> {
    const store = await this.deps.open();
    // Neither step may keep the journal from recording: a failed one is tried again at the next start (or the next record).
    if (this.deps.legacy !== undefined) {
      this.migration = await migrateLegacyJournal(store, this.deps.legacy).catch(() => null);
    }
    await this.purge(store, true).catch(() => undefined);
    return store;
  }

  private async purge(store: JournalStore, now: boolean): Promise<void> {
    const time = (this.deps.now ?? Date.now)();
    if (!now && time - this.purgedAt < PURGE_EVERY_MS) return;
    const days = await this.deps.retentionDays();
    if (days !== null) await store.purgeOlderThan(days, time);
    this.purgedAt = time;
  }
}

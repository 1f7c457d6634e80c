/**
 * The background's policy reader: the only code that reads `storage.managed`.
 *
 * It publishes the policy in force to `storage.local` (POLICY_STATE_KEY), where
 * content scripts and the options page read it at once, without waiting for
 * the managed area (which can take seconds, or answer empty, while the
 * browser starts). It re-reads when the browser says the policy changed, when
 * a policy file is imported by hand, and on request.
 *
 * An invalid or unreadable policy never replaces a good one: the last good
 * policy stays in force and the error is recorded for the options page.
 */
import { fromManaged } from './managed';
import { checkPolicy } from './schema';
import { NO_POLICY, parsePolicyState, IMPORTED_POLICY_KEY, POLICY_STATE_KEY, type PolicyError, type PolicyState } from './state';

export interface ReaderDeps {
  /** storage.managed.get(): Chrome answers {} without a policy, Firefox throws. */
  readManaged(): Promise<unknown>;
  getLocal(keys: string[]): Promise<Record<string, unknown>>;
  setLocal(items: Record<string, unknown>): Promise<void>;
  now(): number;
  /** setTimeout, for the start-up retries. */
  later(fn: () => void, ms: number): void;
}

export type RefreshReason = 'startup' | 'managed-changed' | 'imported-changed' | 'request' | 'retry';

/**
 * Chrome may answer `{}` for a while after it starts even though a policy is
 * set: a policy that vanishes right then is asked for again after these
 * delays before it is taken as removed.
 */
export const STARTUP_RETRIES_MS = [2_000, 10_000];

/** Firefox's answer when no policy exists (no policies.json entry, no managed-storage manifest). */
function isNoPolicyError(e: unknown): boolean {
  return /managed storage manifest not found|no managed storage|not found/i.test(e instanceof Error ? e.message : String(e));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** How long a read of the managed area may take before the reader goes on without it (and asks again later). */
export const MANAGED_WAIT_MS = 1_500;
const LATE = Symbol('the managed area did not answer in time');

export class PolicyReader {
  private state: PolicyState | null = null;
  private queue: Promise<PolicyState> = Promise.resolve(NO_POLICY);
  private retriesLeft = 0;

  constructor(private readonly deps: ReaderDeps) {}

  /** Reads again; calls are serialised so two quick changes cannot publish out of order. */
  refresh(reason: RefreshReason): Promise<PolicyState> {
    this.queue = this.queue.then(
      () => this.read(reason),
      () => this.read(reason),
    );
    return this.queue;
  }

  private async read(reason: RefreshReason): Promise<PolicyState> {
    const local = await this.deps.getLocal([POLICY_STATE_KEY, IMPORTED_POLICY_KEY]);
    const prev = this.state ?? parsePolicyState(local[POLICY_STATE_KEY]);
    if (reason === 'startup') this.retriesLeft = STARTUP_RETRIES_MS.length;
    const next = await this.decide(prev, local[IMPORTED_POLICY_KEY], reason);
    this.state = next;
    // Compared in one key order (parsePolicyState's): storage is written only when something changed.
    if (!same(parsePolicyState(next), parsePolicyState(local[POLICY_STATE_KEY]))) await this.deps.setLocal({ [POLICY_STATE_KEY]: next });
    return next;
  }

  /** The promise's answer, or LATE thrown when it takes longer than `ms`. */
  private answerWithin<T>(p: Promise<T>, ms: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let done = false;
      this.deps.later(() => {
        if (!done) reject(LATE);
        done = true;
      }, ms);
      p.then(
        (v) => {
          if (!done) resolve(v);
          done = true;
        },
        (e: unknown) => {
          if (!done) reject(e);
          done = true;
        },
      );
    });
  }

  private failed(prev: PolicyState, error: Omit<PolicyError, 'at'>): PolicyState {
    // The same error seen again keeps its first time: the options page shows when it started.
    const at = prev.error !== null && same(prev.error.problems, error.problems) && prev.error.source === error.source ? prev.error.at : this.deps.now();
    return { ...prev, error: { ...error, at } };
  }

  private inForce(prev: PolicyState, next: Omit<PolicyState, 'appliedAt' | 'error'>): PolicyState {
    // Reading the same policy again is not a new application of it.
    const appliedAt = prev.source === next.source && same(prev.policy, next.policy) && prev.appliedAt !== null ? prev.appliedAt : this.deps.now();
    return { ...next, appliedAt, error: null };
  }

  private async decide(prev: PolicyState, imported: unknown, reason: RefreshReason): Promise<PolicyState> {
    let raw: unknown;
    let late = false;
    try {
      raw = await this.answerWithin(this.deps.readManaged(), MANAGED_WAIT_MS);
    } catch (e) {
      if (e === LATE) {
        // Chrome can take seconds to answer just after it starts. Meanwhile a managed policy we had stays,
        // and otherwise the rest (an imported file) applies now; the managed area is asked again later.
        late = true;
        this.deps.later(() => void this.refresh('retry'), STARTUP_RETRIES_MS[0] ?? 0);
        if (prev.source === 'managed') return prev;
      } else if (!isNoPolicyError(e)) {
        return this.failed(prev, { source: 'managed', problems: [{ path: '(root)', message: `the browser could not read the managed policy: ${e instanceof Error ? e.message : String(e)}` }] });
      }
      raw = {};
    }
    // undefined is what a browser without a managed area answers; anything else is read as given (null is an error).
    const managed = fromManaged(raw === undefined ? {} : raw);
    if (!managed.empty) {
      if (managed.policy === null) return this.failed(prev, { source: 'managed', problems: managed.errors });
      return this.inForce(prev, { policy: managed.policy, source: 'managed', warnings: managed.warnings });
    }
    // Nothing managed. Just after start-up, a managed policy we had may simply not be loaded yet.
    if (!late && prev.source === 'managed' && this.retriesLeft > 0 && (reason === 'startup' || reason === 'retry')) {
      const delay = STARTUP_RETRIES_MS[STARTUP_RETRIES_MS.length - this.retriesLeft] ?? 0;
      this.retriesLeft--;
      this.deps.later(() => void this.refresh('retry'), delay);
      return prev;
    }
    if (typeof imported === 'string' && imported.trim() !== '') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(imported.replace(/^\uFEFF/, ''));
      } catch (e) {
        return this.failed(prev, { source: 'imported', problems: [{ path: '(root)', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] });
      }
      const check = checkPolicy(parsed);
      if (check.policy === null) return this.failed(prev, { source: 'imported', problems: check.errors });
      return this.inForce(prev, { policy: check.policy, source: 'imported', warnings: check.warnings });
    }
    return NO_POLICY;
  }
}

/**
 * The policy in force, as the background publishes it in `storage.local` for
 * the content scripts and the options page (only the background reads
 * `storage.managed`).
 */
import type { Policy, PolicyProblem } from './schema';

/** storage.local key of the PolicyState the background publishes. */
export const POLICY_STATE_KEY = 'policyState';
/** storage.local key of a policy file imported by hand on the options page (its JSON text). */
export const IMPORTED_POLICY_KEY = 'importedPolicy';

/** Where the policy in force came from. */
export type PolicySource = 'managed' | 'imported';

export interface PolicyError {
  /** When it was seen, ms since the epoch. */
  at: number;
  source: PolicySource;
  /** What was wrong, by JSON path; an unreadable managed area has path "(root)". */
  problems: PolicyProblem[];
}

export interface PolicyState {
  /** The policy in force: the last good one. */
  policy: Policy | null;
  source: PolicySource | null;
  /** When the policy in force was read, ms since the epoch. */
  appliedAt: number | null;
  /** The last policy that could not be used, and why; cleared by the next good one. */
  error: PolicyError | null;
  /** Not fatal (unknown rule ids, duplicate ids) in the policy in force. */
  warnings: PolicyProblem[];
}

export const NO_POLICY: PolicyState = { policy: null, source: null, appliedAt: null, error: null, warnings: [] };

/** Reads a stored PolicyState defensively: anything malformed is no policy. */
export function parsePolicyState(raw: unknown): PolicyState {
  if (typeof raw !== 'object' || raw === null) return NO_POLICY;
  const s = raw as Partial<PolicyState>;
  return {
    policy: typeof s.policy === 'object' && s.policy !== null ? s.policy : null,
    source: s.source === 'managed' || s.source === 'imported' ? s.source : null,
    appliedAt: typeof s.appliedAt === 'number' ? s.appliedAt : null,
    error: typeof s.error === 'object' && s.error !== null && Array.isArray(s.error.problems) ? s.error : null,
    warnings: Array.isArray(s.warnings) ? s.warnings : [],
  };
}

/** Messages the background answers. */
export const MSG_POLICY_REFRESH = 'prudence:policy-refresh';

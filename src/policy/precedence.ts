/**
 * Precedence, in one place: the organisation's value where its policy gives
 * one, else the user's (unless the organisation locked that setting), else
 * the default. Every consumer reads the effective settings from here, with
 * where each value came from, for the options page.
 */
import { DEFAULT_SETTINGS, parseSettings, type GuardSettings } from '../guard/settings';
import type { RuleSettings, SeveritySpec } from '../engine/types';
import type { FirmContact, Policy } from './schema';

/** When the guard itself fails and nothing says otherwise, the message goes: a broken guard must not stop work. */
export const DEFAULT_FAIL_MODE = 'fail-open';

export type Source = 'organisation' | 'user' | 'default';

export interface Resolved<T> {
  value: T;
  source: Source;
  /** The organisation locked it: the user cannot change it. */
  locked: boolean;
}

/** The rule itself: organisation > user (when not locked) > default. */
export function pick<T>(admin: T | undefined, user: T | undefined, fallback: T, locked: boolean): Resolved<T> {
  if (admin !== undefined) return { value: admin, source: 'organisation', locked };
  if (!locked && user !== undefined) return { value: user, source: 'user', locked };
  return { value: fallback, source: 'default', locked };
}

/** The guard's settings as they apply, and the source of each top-level one. */
export interface Effective {
  settings: GuardSettings;
  /** Per rule id, for the engine: on/off and severity, a policy severity possibly by channel and profile. */
  rules: Record<string, RuleSettings>;
  /** The organisation's policy in force, or null. */
  policy: Policy | null;
  /** When the guard itself fails: let the message go, or hold it. */
  failMode: 'fail-open' | 'fail-closed';
  /** Journal entries older than this many days are dropped; null keeps the newest entries only. */
  retentionDays: number | null;
  /** Rule ids whose "Send anyway" asks for a typed reason. */
  reasonToSend: string[];
  /** What the journal keeps of a draft that went out after a warning: nothing, a salted hash, or the text. */
  journalKeep: 'nothing' | 'hash' | 'text';
  /** The firm's list of contacts from the policy (empty without one). */
  firmContacts: FirmContact[];
  sources: Record<'enabled' | 'profile' | 'locale' | 'highlights', Resolved<unknown>> & {
    sites: Record<string, Resolved<boolean>>;
    placeholders: Record<string, Resolved<string | undefined>>;
    rules: Record<string, Resolved<boolean | undefined>>;
    severities: Record<string, Resolved<SeveritySpec | undefined>>;
  };
}

/** Keys of an object whose value is not undefined (a user's stored settings may hold explicit undefineds after JSON). */
function given<T extends object>(o: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o ?? {})) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * Combines the policy (null when there is none) with what the user stored
 * (raw, as read from storage.local: only what the user actually set counts).
 */
export function effectiveSettings(policy: Policy | null, userRaw: unknown): Effective {
  const user = given(typeof userRaw === 'object' && userRaw !== null ? (userRaw as Partial<GuardSettings>) : {});
  // What the user stored, each field checked on its own (invalid ones read as not set).
  const userParsed = parseSettings(user);
  // A plain value that did not survive parsing was invalid: it reads as not set, and the default shows as such.
  const userSet = (k: 'enabled' | 'profile' | 'locale' | 'highlights') => (k in user && userParsed[k] === user[k] ? userParsed[k] : undefined);
  const locked = new Set<string>(policy?.locked ?? []);
  const d = DEFAULT_SETTINGS;

  const enabled = pick(policy?.enabled, userSet('enabled') as boolean | undefined, d.enabled, locked.has('enabled'));
  const profile = pick(policy?.profile, userSet('profile') as GuardSettings['profile'] | undefined, d.profile, locked.has('profile'));
  const locale = pick(policy?.locale, userSet('locale') as GuardSettings['locale'] | undefined, d.locale, locked.has('locale'));
  const highlights = pick<GuardSettings['highlights']>(undefined, userSet('highlights') as GuardSettings['highlights'] | undefined, d.highlights, locked.has('highlights'));

  const sites: Record<string, Resolved<boolean>> = {};
  const siteIds = new Set([...Object.keys(policy?.sites ?? {}), ...Object.keys(userParsed.sites)]);
  for (const id of siteIds) {
    sites[id] = pick((policy?.sites as Record<string, boolean> | undefined)?.[id], (userParsed.sites as Record<string, boolean>)[id], true, locked.has('sites'));
  }

  const placeholders: Record<string, Resolved<string | undefined>> = {};
  for (const k of ['firm', 'phone', 'bookingLink'] as const) {
    placeholders[k] = pick(policy?.placeholders?.[k], userParsed.placeholders[k], undefined, locked.has('placeholders'));
  }

  // Rules: on/off is settled here; a severity from the policy may depend on the channel and the
  // profile, so it is resolved where the context is known.
  const rules: Record<string, Resolved<boolean | undefined>> = {};
  const severities: Record<string, Resolved<SeveritySpec | undefined>> = {};
  const ruleIds = new Set([...Object.keys(policy?.rules ?? {}), ...Object.keys(userParsed.rules)]);
  const ruleSettings: GuardSettings['rules'] = {};
  const engineRules: Record<string, RuleSettings> = {};
  for (const id of ruleIds) {
    const r = pick(policy?.rules?.[id]?.enabled, userParsed.rules[id]?.enabled, undefined, locked.has('rules'));
    const sev = pick<SeveritySpec | undefined>(policy?.rules?.[id]?.severity, userParsed.rules[id]?.severity, undefined, locked.has('rules'));
    rules[id] = r;
    severities[id] = sev;
    const on = r.value !== undefined ? { enabled: r.value } : {};
    engineRules[id] = { ...on, ...(sev.value !== undefined ? { severity: sev.value } : {}) };
    // The guard's own settings hold plain severities only; one by channel and profile is settled in context.
    ruleSettings[id] = { ...on, ...(typeof sev.value === 'string' ? { severity: sev.value } : {}) };
  }

  const settings: GuardSettings = {
    ...userParsed,
    // A pause is the user's switch for a while: not theirs to flip when the organisation locks "enabled".
    pausedUntil: locked.has('enabled') ? null : userParsed.pausedUntil,
    enabled: enabled.value,
    profile: profile.value,
    locale: locale.value,
    highlights: highlights.value,
    sites: Object.fromEntries(Object.entries(sites).map(([k, v]) => [k, v.value])),
    placeholders: Object.fromEntries(Object.entries(placeholders).flatMap(([k, v]) => (v.value === undefined ? [] : [[k, v.value]]))),
    rules: ruleSettings,
  };
  return {
    settings,
    rules: engineRules,
    policy,
    failMode: policy?.onGuardError ?? DEFAULT_FAIL_MODE,
    retentionDays: policy?.journal?.retentionDays ?? null,
    journalKeep: policy?.journal?.keep ?? 'nothing',
    firmContacts: policy?.contacts ?? [],
    reasonToSend: Object.entries(policy?.rules ?? {}).flatMap(([id, r]) => (r.reasonToSend === true ? [id] : [])),
    sources: { enabled, profile, locale, highlights, sites, placeholders, rules, severities },
  };
}

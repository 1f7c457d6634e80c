/**
 * Precedence, in one place: the organisation's value where its policy gives
 * one, else the user's (unless the organisation locked that setting), else
 * the default. Every consumer reads the effective settings from here, with
 * where each value came from, for the options page.
 */
import { DEFAULT_SETTINGS, parseSettings, type GuardSettings } from '../guard/settings';
import type { Policy } from './schema';

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
  sources: Record<'enabled' | 'profile' | 'locale' | 'highlights', Resolved<unknown>> & {
    sites: Record<string, Resolved<boolean>>;
    placeholders: Record<string, Resolved<string | undefined>>;
    rules: Record<string, Resolved<boolean | undefined>>;
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
  const ruleIds = new Set([...Object.keys(policy?.rules ?? {}), ...Object.keys(userParsed.rules)]);
  const ruleSettings: GuardSettings['rules'] = {};
  for (const id of ruleIds) {
    const r = pick(policy?.rules?.[id]?.enabled, userParsed.rules[id]?.enabled, undefined, locked.has('rules'));
    rules[id] = r;
    const userSeverity = locked.has('rules') ? undefined : userParsed.rules[id]?.severity;
    const adminSeverity = policy?.rules?.[id]?.severity;
    const severity = typeof adminSeverity === 'string' ? adminSeverity : adminSeverity === undefined ? userSeverity : undefined;
    ruleSettings[id] = { ...(r.value !== undefined ? { enabled: r.value } : {}), ...(severity !== undefined ? { severity } : {}) };
  }

  const settings: GuardSettings = {
    ...userParsed,
    enabled: enabled.value,
    profile: profile.value,
    locale: locale.value,
    highlights: highlights.value,
    sites: Object.fromEntries(Object.entries(sites).map(([k, v]) => [k, v.value])),
    placeholders: Object.fromEntries(Object.entries(placeholders).flatMap(([k, v]) => (v.value === undefined ? [] : [[k, v.value]]))),
    rules: ruleSettings,
  };
  return { settings, sources: { enabled, profile, locale, highlights, sites, placeholders, rules } };
}

/**
 * What the options page shows and writes, as pure functions.
 *
 * Reading: each setting's value in force and where it comes from, for every
 * rule and site (precedence.ts lists only those the policy or the user name).
 * Writing: edits of the user's own raw object, one field at a time, so an
 * organisation's value is never stored as the user's and fields the page does
 * not know survive.
 */
import { BUILTIN_RULE_IDS, type Lang, type Recipient, type Severity, type SeveritySpec } from '../engine/types';
import { DEFAULT_SETTINGS, parseSettings } from '../guard/settings';
import type { Effective, Resolved } from '../policy/precedence';
import type { LOCKABLE, Policy } from '../policy/schema';
import type { PlaceholderKey } from './strings';

export type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A copy of the user's stored settings object ({} when there is none or it is not an object). */
export function userObject(raw: unknown): Raw {
  return isObject(raw) ? { ...raw } : {};
}

/** Sets a top-level field; undefined removes it (back to the default). */
export function setField(raw: unknown, key: string, value: unknown): Raw {
  const out = userObject(raw);
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out;
}

/** Sets `raw[group][key]`, copying the group; undefined removes the entry, and an empty group goes too. */
function setIn(raw: unknown, group: string, key: string, value: unknown): Raw {
  const out = userObject(raw);
  const inner = isObject(out[group]) ? { ...(out[group] as Raw) } : {};
  if (value === undefined) delete inner[key];
  else inner[key] = value;
  if (Object.keys(inner).length === 0) delete out[group];
  else out[group] = inner;
  return out;
}

export function setRuleField(raw: unknown, ruleId: string, field: 'enabled' | 'severity', value: boolean | Severity | undefined): Raw {
  const current = userObject(raw).rules;
  const entry = isObject(current) && isObject(current[ruleId]) ? { ...(current[ruleId] as Raw) } : {};
  if (value === undefined) delete entry[field];
  else entry[field] = value;
  return setIn(raw, 'rules', ruleId, Object.keys(entry).length === 0 ? undefined : entry);
}

export function setSite(raw: unknown, siteId: string, value: boolean | undefined): Raw {
  return setIn(raw, 'sites', siteId, value);
}

/** An empty value removes the placeholder. */
export function setPlaceholder(raw: unknown, key: PlaceholderKey, value: string | undefined): Raw {
  return setIn(raw, 'placeholders', key, value === '' ? undefined : value);
}

/** Undefined removes the conversation's category. */
export function setRecipient(raw: unknown, conversation: string, category: Recipient | undefined): Raw {
  return setIn(raw, 'recipients', conversation, category);
}

// ---------------------------------------------------------------- reading

/** Where a setting comes from, and whether the user may change it here. */
export interface Row<T> extends Resolved<T> {
  /** Locked, or given by the organisation (its value wins either way): the control is disabled. */
  fixed: boolean;
}

function row<T>(r: Resolved<T>): Row<T> {
  return { ...r, fixed: r.locked || r.source === 'organisation' };
}

function isLocked(policy: Policy | null, key: (typeof LOCKABLE)[number]): boolean {
  return policy?.locked?.includes(key) ?? false;
}

/** A setting precedence.ts resolved, or its default when neither the policy nor the user names it. */
function orDefault<T>(r: Resolved<T> | undefined, fallback: T, locked: boolean): Row<T> {
  return row(r ?? { value: fallback, source: 'default', locked });
}

export function topRow<K extends 'enabled' | 'profile' | 'locale' | 'highlights'>(eff: Effective, key: K): Row<(typeof DEFAULT_SETTINGS)[K]> {
  return row(eff.sources[key] as Resolved<(typeof DEFAULT_SETTINGS)[K]>);
}

export function siteRow(eff: Effective, siteId: string): Row<boolean> {
  return orDefault(eff.sources.sites[siteId], true, isLocked(eff.policy, 'sites'));
}

export function placeholderRow(eff: Effective, key: PlaceholderKey): Row<string | undefined> {
  return orDefault(eff.sources.placeholders[key], undefined, isLocked(eff.policy, 'placeholders'));
}

/** A rule is on unless something switches it off. */
export function ruleOnRow(eff: Effective, ruleId: string): Row<boolean> {
  const r = eff.sources.rules[ruleId];
  const locked = isLocked(eff.policy, 'rules');
  if (r === undefined || r.value === undefined) return row({ value: true, source: r?.source ?? 'default', locked: r?.locked ?? locked });
  return row({ value: r.value, source: r.source, locked: r.locked });
}

/** Undefined value: the rule's own severity, which depends on the context. */
export function severityRow(eff: Effective, ruleId: string): Row<SeveritySpec | undefined> {
  return orDefault(eff.sources.severities[ruleId], undefined, isLocked(eff.policy, 'rules'));
}

/** A setting only the user has (no policy counterpart): theirs when stored and valid, else the default. */
export function userRow<K extends 'defaultRecipient' | 'debounceMs'>(userRaw: unknown, key: K): Row<(typeof DEFAULT_SETTINGS)[K]> {
  const raw = userObject(userRaw);
  const parsed = parseSettings(raw)[key];
  const mine = key in raw && raw[key] !== undefined && parsed === raw[key];
  return { value: parsed, source: mine ? 'user' : 'default', locked: false, fixed: false };
}

/** The per-conversation categories the user stored (invalid ones left out), sorted by conversation. */
export function recipientList(userRaw: unknown): Array<{ key: string; category: Recipient }> {
  return Object.entries(parseSettings(userRaw).recipients)
    .map(([key, category]) => ({ key, category }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** A rule of the options page's list: the built-in ones, then the organisation's phrase rules. */
export interface RuleEntry {
  id: string;
  /** For a phrase rule: its message in the page's language (else the other one). Plain text. */
  firmName: string | null;
}

export function ruleEntries(policy: Policy | null, lang: Lang): RuleEntry[] {
  const out: RuleEntry[] = BUILTIN_RULE_IDS.map((id) => ({ id, firmName: null }));
  const seen = new Set<string>();
  for (const r of policy?.phraseRules ?? []) {
    // A duplicate id is ignored by the engine (the first one wins), so it is listed once.
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const other: Lang = lang === 'en' ? 'fr' : 'en';
    out.push({ id: `policy:${r.id}`, firmName: r.message[lang] ?? r.message[other] ?? r.id });
  }
  return out;
}


/**
 * The policy in force as a policy file: the effective settings (the
 * organisation's values where it gives them, else the user's, else the
 * defaults) and everything else the organisation's policy carries. Pure.
 */
import { BUILTIN_RULE_IDS } from '../engine/types';
import type { Effective } from '../policy/precedence';
import { POLICY_VERSION, type Policy, type RuleConfig } from '../policy/schema';
import { SITE_IDS, type SiteId } from '../sites/types';
import type { PlaceholderKey } from './strings';
import { PLACEHOLDER_MAX } from './validate';

export const EXPORT_FILE_NAME = 'prudence-policy.json';

/**
 * The rule ids the file names: the built-in ones, the policy's own and its
 * phrase rules'. The user's entries for ids nobody knows (a typo, a removed
 * rule) stay out: a policy would warn about them.
 */
function exportedRuleIds(policy: Policy | null): string[] {
  const ids = new Set<string>(BUILTIN_RULE_IDS);
  for (const id of Object.keys(policy?.rules ?? {})) ids.add(id);
  for (const r of policy?.phraseRules ?? []) ids.add(`policy:${r.id}`);
  return [...ids];
}

export function exportPolicy(effective: Effective, policy: Policy | null): Policy {
  const s = effective.settings;
  const out: Policy = { version: POLICY_VERSION, enabled: s.enabled, profile: s.profile };
  if (s.locale !== null) out.locale = s.locale;

  const sites: Partial<Record<SiteId, boolean>> = {};
  for (const id of SITE_IDS) sites[id] = (s.sites as Partial<Record<SiteId, boolean>>)[id] ?? true;
  out.sites = sites;

  const placeholders: Partial<Record<PlaceholderKey, string>> = {};
  for (const key of ['firm', 'phone', 'bookingLink'] as const) {
    const v = s.placeholders[key];
    // A value longer than a policy allows (stored by an older version) cannot travel in a policy file.
    if (v !== undefined && v !== '' && v.length <= PLACEHOLDER_MAX[key]) placeholders[key] = v;
  }
  if (Object.keys(placeholders).length > 0) out.placeholders = placeholders;

  const rules: Record<string, RuleConfig> = {};
  for (const id of exportedRuleIds(policy)) {
    const inForce = effective.rules[id] ?? {};
    const own = policy?.rules?.[id] ?? {};
    const entry: RuleConfig = { ...own, enabled: inForce.enabled ?? true };
    // No severity means the rule's own, which depends on the channel and profile: leave it so.
    if (inForce.severity !== undefined) entry.severity = inForce.severity;
    else delete entry.severity;
    rules[id] = entry;
  }
  out.rules = rules;

  if (policy !== null) {
    if (policy.phraseRules !== undefined) out.phraseRules = policy.phraseRules;
    if (policy.exceptions !== undefined) out.exceptions = policy.exceptions;
    if (policy.allowList !== undefined) out.allowList = policy.allowList;
    if (policy.extraSites !== undefined) out.extraSites = policy.extraSites;
    if (policy.onGuardError !== undefined) out.onGuardError = policy.onGuardError;
    if (policy.journal !== undefined) out.journal = policy.journal;
    if (policy.locked !== undefined) out.locked = policy.locked;
  }
  return out;
}

/** Shared types of the engine. Pure data: no DOM, no browser APIs. */
import type { CompiledPolicy } from './policy';

export const PROFILES = ['lawyer', 'social-care'] as const;
export const RECIPIENTS = ['client', 'client-no-consent', 'prospect', 'customer', 'unknown'] as const;
export const CHANNELS = ['public', 'private-unencrypted', 'private-encrypted'] as const;
export const SEVERITIES = ['info', 'warn', 'block'] as const;
export const LANGS = ['en', 'fr'] as const;

export type Profile = (typeof PROFILES)[number];
export type Recipient = (typeof RECIPIENTS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Lang = (typeof LANGS)[number];

export const BUILTIN_RULE_IDS = [
  'legal-advice',
  'case-strategy',
  'no-mandate',
  'binding-commitment',
  'liability-admission',
  'personal-data',
  'hostile-tone',
] as const;
export type BuiltinRuleId = (typeof BUILTIN_RULE_IDS)[number];
/** Built-in ids, or `policy:<id>` for the firm's own phrase rules. */
export type RuleId = BuiltinRuleId | `policy:${string}`;

/** The situation a draft is judged in (see shared/spec/rules.md). */
export interface Context {
  profile: Profile;
  recipient: Recipient;
  channel: Channel;
}

/** [start, end) in UTF-16 code units of the text given to analyze(). */
export type Range = readonly [number, number];

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  range: Range;
  /** One line naming the risk, in the interface language. */
  message: string;
  /** What was recognised, in plain words, quoting the flagged words. */
  why: string;
  /** Template ids of suggested replies (see templates.ts), best first. */
  suggestions: string[];
  /** Language of the sentence the finding sits in. */
  lang: Lang;
}

/**
 * A severity for every context, or by context: the channel's (`public`, or
 * `private` for the others) wins over the profile's, which wins over `default`.
 */
export type SeveritySpec =
  | Severity
  | { default?: Severity; public?: Severity; private?: Severity; lawyer?: Severity; 'social-care'?: Severity };

export interface RuleSettings {
  enabled?: boolean;
  severity?: SeveritySpec;
}

export interface Settings {
  /** Per rule id: switch off, or set a severity (for every context, or by context). */
  rules?: Partial<Record<string, RuleSettings>>;
  /** Language of messages and `why` (defaults to English). */
  locale?: Lang;
  /** The firm's policy, compiled once with compilePolicy() (phrase rules, exceptions, allow-list, replies). */
  policy?: CompiledPolicy;
}

/**
 * One raw recognition inside a sentence, before the context is applied.
 * Offsets are relative to the sentence's original text.
 */
export interface Hit {
  ruleId: RuleId;
  start: number;
  end: number;
  /** Key into the rule's `why` messages. */
  why: string;
}

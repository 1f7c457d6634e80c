/**
 * The settings the guard needs now, kept in `storage.local` under one key.
 * Anything missing or invalid falls back to its default, field by field, so a
 * damaged value never switches the guard off. The policy issue adds the
 * admin layer on top of these (admin value > user setting > default).
 */
// zod/mini: the same schemas with tree-shakable functions; the full zod would triple the content script.
import * as z from 'zod/mini';
import { PROFILES, RECIPIENTS, SEVERITIES, LANGS, type Profile, type Recipient, type RuleSettings, type Settings } from '../engine/types';
import type { CompiledPolicy } from '../engine/policy';
import type { Registry } from '../contacts/registry';
import type { Keep } from '../journal/types';
import { SITE_IDS } from '../sites/types';

export const SETTINGS_KEY = 'settings';

const ruleSettings = z.object({ enabled: z.optional(z.boolean()), severity: z.optional(z.enum(SEVERITIES)) });

/** Each field parses on its own: `.catch()` puts the default back where a value is invalid. */
export const guardSettingsSchema = z.object({
  /** Master switch. */
  enabled: z.catch(z.boolean(), true),
  profile: z.catch(z.enum(PROFILES), 'lawyer'),
  /** Who a conversation is with when nothing else says (see recipientFor). */
  defaultRecipient: z.catch(z.nullable(z.enum(RECIPIENTS)), null),
  /** Per conversation key (Identity.key): the recipient's category, set by the user. */
  recipients: z.catch(z.record(z.string(), z.enum(RECIPIENTS)), {}),
  /** Per rule id: on/off and severity. */
  rules: z.catch(z.record(z.string(), ruleSettings), {}),
  /** Sites the guard runs on (all by default). */
  sites: z.catch(z.partialRecord(z.enum(SITE_IDS), z.boolean()), {}),
  /** Language of the UI; null follows the browser. */
  locale: z.catch(z.nullable(z.enum(LANGS)), null),
  /** Values for the replies' placeholders. */
  placeholders: z.catch(z.object({ firm: z.optional(z.string()), phone: z.optional(z.string()), bookingLink: z.optional(z.string()) }), {}),
  /**
   * How flagged words are marked: `auto` uses the CSS Custom Highlight API
   * where the browser has it, `overlay` always draws boxes (for pages where
   * the highlights misbehave).
   */
  highlights: z.catch(z.enum(['auto', 'overlay']), 'auto'),
  /** Paused from the popup until this time (ms since the epoch), or null. */
  pausedUntil: z.catch(z.nullable(z.number()), null),
  /** Quiet period after the last keystroke before the draft is analysed, ms. */
  debounceMs: z.catch(z.number().check(z.int(), z.minimum(0), z.maximum(2000)), 60),
});

export type GuardSettings = z.infer<typeof guardSettingsSchema>;

export const DEFAULT_SETTINGS: GuardSettings = guardSettingsSchema.parse({});

/** Reads a stored value; anything that is not an object gives the defaults. */
export function parseSettings(raw: unknown): GuardSettings {
  const parsed = guardSettingsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/**
 * The recipient's category for a conversation with no entry in the contacts
 * registry (the guard asks the registry first): the older per-conversation
 * category (`recipients`, moved into the registry by src/contacts/migrate.ts
 * and kept here until then, or when the registry cannot hold it), else the
 * default setting, else what the profile implies: a lawyer's
 * correspondent is `unknown` until said otherwise (the rule book treats it
 * like a prospect), a social-care agent's is a `customer`.
 */
export function recipientFor(settings: GuardSettings, key: string, profile: Profile = settings.profile): Recipient {
  return settings.recipients[key] ?? settings.defaultRecipient ?? (profile === 'lawyer' ? 'unknown' : 'customer');
}

/**
 * Everything the guard applies: the user's settings after the organisation's
 * policy has had its say (src/policy/precedence.ts), and what only a policy gives.
 */
export interface GuardConfig {
  settings: GuardSettings;
  /** Per rule, for the engine: on/off and severity (a policy's may depend on the channel and the profile). */
  rules: Record<string, RuleSettings>;
  /** The organisation's policy, compiled for the engine, if there is one. */
  policy?: CompiledPolicy;
  /** When the guard itself fails at a send: let it go, or hold it. */
  failMode: 'fail-open' | 'fail-closed';
  /** Rule ids whose "Send anyway" asks for a typed reason. */
  reasonToSend: ReadonlySet<string>;
  /**
   * Who each conversation is with: the user's registry with the firm's list
   * on top (src/contacts/registry.ts, mergeContacts), each entry with its source.
   */
  contacts: Registry;
  /** What the journal keeps of a draft (the policy's `journal.keep`): the draft leaves the content script only for `hash` or `text`. */
  journalKeep: Keep;
}

export function configFrom(settings: GuardSettings): GuardConfig {
  return { settings, rules: settings.rules, failMode: 'fail-open', reasonToSend: new Set(), contacts: {}, journalKeep: 'nothing' };
}

export const DEFAULT_CONFIG: GuardConfig = configFrom(DEFAULT_SETTINGS);

/** The engine's settings from the guard's. */
export function engineSettings(config: GuardConfig, locale: Settings['locale']): Settings {
  return { rules: config.rules, locale, ...(config.policy !== undefined ? { policy: config.policy } : {}) };
}

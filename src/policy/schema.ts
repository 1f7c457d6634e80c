/**
 * The firm's policy: everything an admin can configure, in one zod schema.
 * It is the single source of truth: the CLI validates against it, the
 * managed-storage schema shipped in the extension is generated from it, and
 * the background parses what the browser's enterprise management hands over
 * with it.
 *
 * Limits are part of the contract: a policy comes from outside, so every list
 * and string has a ceiling, and phrase rules take words and phrases, never
 * raw regular expressions (nothing an admin writes can make matching slow).
 */
import { z } from 'zod';
import { BUILTIN_RULE_IDS, LANGS, PROFILES, SEVERITIES } from '../engine/types';
import { PLACEHOLDERS } from '../engine/templates';
import { SITE_IDS } from '../sites/types';

export const POLICY_VERSION = 1;

/** Built-in rules plus every phrase rule (500) fit well under this. */
const MAX_RULE_ENTRIES = 1000;
/** Errors and warnings reported at most: past that, the first ones are enough to fix the file. */
export const MAX_PROBLEMS = 200;

const severity = z.enum(SEVERITIES);
const lang = z.enum(LANGS);

/** A policy phrase rule's own id, used as `policy:<id>`. */
const phraseRuleId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes, 63 at most, e.g. "no-guarantee"');

/** A rule id as admins write it: a built-in id, or `policy:<id>` for the firm's own. Unknown ids are warned about, not refused. */
const ruleIdKey = z.string().regex(/^(?:[a-z][a-z-]{0,62}|policy:[a-z0-9][a-z0-9-]{0,62})$/, 'a rule id such as "legal-advice" or "policy:no-guarantee"');

const PLACEHOLDER_REF = /\{(\w+)\}/g;

/** Reply text: plain text (never markup), with the known placeholders only. */
const templateText = z
  .string()
  .min(1)
  .max(2000)
  .refine((t) => t.trim() !== '', 'a reply needs some text')
  .superRefine((text, ctx) => {
    for (const m of text.matchAll(PLACEHOLDER_REF)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(m[1] ?? '')) {
        ctx.addIssue({ code: 'custom', message: `unknown placeholder {${m[1]}}: use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` });
      }
    }
  });

/** Per language: a small number of replies. */
const templatesByLang = z.partialRecord(lang, z.array(templateText).min(1).max(10));

/** Severity for every context, or by channel and profile (the most specific wins). */
const SEVERITY_HINT = 'a severity ("info", "warn" or "block"), or one by context such as {"default": "warn", "public": "block"} (keys: default, public, private, lawyer, social-care)';
const severitySpec = z.union(
  [
    severity,
    z.strictObject({
      default: severity.optional(),
      public: severity.optional(),
      private: severity.optional(),
      lawyer: severity.optional(),
      'social-care': severity.optional(),
    }),
  ],
  { error: SEVERITY_HINT },
);

export const ruleConfigSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: severitySpec.optional(),
  /** "Send anyway" asks for a typed reason, kept in the journal. */
  reasonToSend: z.boolean().optional(),
  /** The firm's own replies for this rule, offered before the built-in ones. */
  templates: templatesByLang.optional(),
});

/** A word or phrase of a phrase rule, matched on whole words, case, accents and spacing ignored. */
const phrase = z
  .string()
  .min(1)
  .max(200)
  .refine((p) => /[\p{L}\p{N}]/u.test(p), 'a phrase needs at least one letter or digit');

const phraseList = z.array(phrase).max(5000);

/** Conditions within one sentence: any of these, all of those, none of the others. */
const conditions = z
  .strictObject({ anyOf: phraseList.optional(), allOf: phraseList.optional(), noneOf: phraseList.optional() })
  .refine((c) => (c.anyOf?.length ?? 0) + (c.allOf?.length ?? 0) > 0, 'give at least one phrase in anyOf or allOf');

export const phraseRuleSchema = z.strictObject({
  id: phraseRuleId,
  /** One line naming the risk, per language (the UI falls back to the other language). */
  message: z.partialRecord(lang, z.string().min(1).max(300).refine((m) => m.trim() !== '', 'a message needs some text')).refine((m) => Object.keys(m).length > 0, 'give the message in at least one language'),
  severity: severitySpec,
  /** Per language: the conditions a sentence in that language must meet. */
  match: z.partialRecord(lang, conditions).refine((m) => Object.keys(m).length > 0, 'give the phrases for at least one language'),
  templates: templatesByLang.optional(),
  /** The rule's own examples: `prudence policy validate` checks that it flags and passes them. */
  examples: z.strictObject({ flag: z.array(z.string().max(2000)).max(100).optional(), pass: z.array(z.string().max(2000)).max(100).optional() }).optional(),
  note: z.string().max(1000).optional(),
});

/** An exception to a built-in rule: sentences with one of these phrases are not flagged by it. */
export const exceptionSchema = z.strictObject({
  /** A built-in rule id; an unknown one is warned about and the exception ignored (a renamed rule must not void the policy). */
  rule: z.string().min(1).max(80),
  unless: z.partialRecord(lang, phraseList.min(1)),
  note: z.string().max(1000).optional(),
});

/** What `personal-data` must never flag: the firm's own contact details. */
const allowList = z.strictObject({
  phones: z.array(z.string().max(40)).max(1000).optional(),
  emails: z.array(z.string().max(254)).max(1000).optional(),
  domains: z.array(z.string().max(253).regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i, 'a domain such as "example-law.ca"')).max(1000).optional(),
  addresses: z.array(z.string().max(200)).max(1000).optional(),
});

/** A match pattern for an extra site where the generic guard runs, e.g. "https://helpdesk.example.com/*". */
const matchPattern = z.string().max(2000).regex(/^https:\/\/(?:\*\.)?[a-z0-9.-]+\/.*$/i, 'an https match pattern such as "https://helpdesk.example.com/*"');

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

/** One conversation of the firm's list: the site, the conversation as the site shows it, and what is on file. */
const firmContactSchema = z.strictObject({
  site: z.string().min(1).max(40),
  /** The conversation key Prudence shows for it (the panel and the options page's contacts list give it). */
  key: z.string().min(1).max(500),
  label: z.string().max(200).optional(),
  status: z.enum(['client', 'prospect', 'customer']),
  mandateDate: isoDay.optional(),
  consent: z.boolean().optional(),
  consentDate: isoDay.optional(),
  note: z.string().max(2000).optional(),
});

/** Settings an admin can lock, so users cannot change them. */
export const LOCKABLE = ['enabled', 'profile', 'rules', 'sites', 'placeholders', 'locale', 'highlights'] as const;

export const policySchema = z.strictObject({
  /** For editors that validate JSON against a schema; ignored. */
  $schema: z.string().max(2000).optional(),
  version: z.literal(POLICY_VERSION),
  enabled: z.boolean().optional(),
  profile: z.enum(PROFILES).optional(),
  rules: z
    .record(ruleIdKey, ruleConfigSchema)
    .refine((r) => Object.keys(r).length <= MAX_RULE_ENTRIES, `at most ${MAX_RULE_ENTRIES} rules`)
    .optional(),
  phraseRules: z.array(phraseRuleSchema).max(500).optional(),
  exceptions: z.array(exceptionSchema).max(500).optional(),
  allowList: allowList.optional(),
  sites: z.partialRecord(z.enum(SITE_IDS), z.boolean()).optional(),
  extraSites: z.array(matchPattern).max(100).optional(),
  /** When the guard itself fails: let the message go (open) or hold it (closed). */
  onGuardError: z.enum(['fail-open', 'fail-closed']).optional(),
  journal: z
    .strictObject({
      retentionDays: z.number().int().min(1).max(3650).optional(),
      /** What the journal keeps of a draft sent anyway: nothing (the default), a salted hash, or the text. */
      keep: z.enum(['nothing', 'hash', 'text']).optional(),
    })
    .optional(),
  /**
   * The firm's list of who each conversation is with, e.g. the clients whose
   * mandate letter is signed. An entry here wins over the user's own for the
   * same conversation.
   */
  contacts: z.array(firmContactSchema).max(5000).optional(),
  placeholders: z.strictObject({ firm: z.string().max(200).optional(), phone: z.string().max(40).optional(), bookingLink: z.string().max(500).optional() }).optional(),
  locale: lang.optional(),
  locked: z.array(z.enum(LOCKABLE)).max(LOCKABLE.length * 2).optional(),
});

export type Policy = z.infer<typeof policySchema>;
export type PhraseRule = z.infer<typeof phraseRuleSchema>;
export type FirmContact = z.infer<typeof firmContactSchema>;
export type RuleConfig = z.infer<typeof ruleConfigSchema>;
export type SeveritySpec = z.infer<typeof severitySpec>;

export interface PolicyProblem {
  /** JSON path of the value, e.g. "rules.legal-advice.severity". */
  path: string;
  message: string;
}

export interface PolicyCheck {
  policy: Policy | null;
  errors: PolicyProblem[];
  /** Not fatal: unknown rule ids, duplicate phrase rule ids. */
  warnings: PolicyProblem[];
}

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)';
}

/** The first MAX_PROBLEMS problems, and one line saying how many more there were. */
function capped(list: PolicyProblem[]): PolicyProblem[] {
  if (list.length <= MAX_PROBLEMS) return list;
  return [...list.slice(0, MAX_PROBLEMS), { path: '(root)', message: `${list.length - MAX_PROBLEMS} more not shown: fix these first` }];
}

/** Validates a parsed policy: errors with their JSON paths, and warnings. */
export function checkPolicy(input: unknown): PolicyCheck {
  const parsed = policySchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((i): PolicyProblem[] => {
      // One error per unknown key, at its own path: a typo is then easy to find.
      if (i.code === 'unrecognized_keys') return i.keys.map((k) => ({ path: pathOf([...i.path, k]), message: `unknown setting "${k}": check its spelling against \`prudence policy schema\`` }));
      // A bad record key: zod's own message says only "Invalid key in record"; the key's own rule says what is expected.
      if (i.code === 'invalid_key') {
        const inner = i.issues[0]?.message;
        return [{ path: pathOf(i.path), message: inner !== undefined ? `invalid key: ${inner}` : i.message }];
      }
      return [{ path: pathOf(i.path), message: i.message }];
    });
    return { policy: null, errors: capped(errors), warnings: [] };
  }
  const policy = parsed.data;
  const warnings: PolicyProblem[] = [];
  const own = new Set<string>();
  (policy.phraseRules ?? []).forEach((r, i) => {
    if (own.has(r.id)) warnings.push({ path: `phraseRules[${i}].id`, message: `"${r.id}" is defined twice: the first one is used` });
    own.add(r.id);
  });
  for (const id of Object.keys(policy.rules ?? {})) {
    const known = (BUILTIN_RULE_IDS as readonly string[]).includes(id) || (id.startsWith('policy:') && own.has(id.slice('policy:'.length)));
    if (!known) warnings.push({ path: `rules.${id}`, message: `unknown rule id "${id}": ignored (built-in ids: ${BUILTIN_RULE_IDS.join(', ')})` });
  }
  const listed = new Set<string>();
  (policy.contacts ?? []).forEach((c, i) => {
    const k = JSON.stringify([c.site, c.key]);
    if (listed.has(k)) warnings.push({ path: `contacts[${i}]`, message: `"${c.key}" on ${c.site} is listed twice: the first entry is used` });
    listed.add(k);
  });
  (policy.exceptions ?? []).forEach((e, i) => {
    if (!(BUILTIN_RULE_IDS as readonly string[]).includes(e.rule)) {
      warnings.push({ path: `exceptions[${i}].rule`, message: `unknown rule id "${e.rule}": this exception is ignored (built-in ids: ${BUILTIN_RULE_IDS.join(', ')})` });
    }
  });
  return { policy, errors: [], warnings: capped(warnings) };
}

/** The policy's JSON schema, for admins' editors and `prudence policy schema`. */
export function policyJsonSchema(): unknown {
  return z.toJSONSchema(policySchema, { target: 'draft-2020-12' });
}

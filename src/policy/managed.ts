/**
 * The policy as the browsers' enterprise management carries it.
 *
 * Chrome publishes to `storage.managed` only values that fit the schema the
 * extension ships, and drops the others without a word. So the simple parts
 * of the policy (switches, names, lists of strings) are declared natively,
 * loosely typed, and the parts Chrome's schema language cannot express
 * (rules, phrase rules, exceptions, the allow-list) travel as one JSON text
 * under `policyJson`. Everything is then checked by the zod schema, which
 * gives admins an error with a path instead of a value that silently vanished.
 *
 * The managed-storage schema (public/managed_schema.json) is generated from
 * the zod schema by managedSchema(); a test fails when the committed file drifts.
 */
import { syntaxDetail, syntaxPosition } from './json-error';
import { checkPolicy, policyJsonSchema, type Policy, type PolicyCheck, type PolicyProblem } from './schema';

/** The key whose value is the JSON text of the complex parts of the policy. */
export const MANAGED_JSON_KEY = 'policyJson';

/** Policy settings declared natively in the managed-storage schema. */
export const NATIVE_KEYS = ['version', 'enabled', 'profile', 'locale', 'onGuardError', 'sites', 'extraSites', 'placeholders', 'journal', 'locked'] as const;
/** Policy settings that travel inside `policyJson`. */
export const JSON_KEYS = ['rules', 'phraseRules', 'exceptions', 'allowList', 'contacts'] as const;

/** The command that rewrites the committed schema; named by the drift test. */
export const REGENERATE = 'npm run gen:managed-schema';

const DESCRIPTIONS: Record<(typeof NATIVE_KEYS)[number] | typeof MANAGED_JSON_KEY, string> = {
  version: 'Policy format version: 1.',
  enabled: 'Switches Prudence on or off.',
  profile: 'Who uses the browser: "lawyer" or "social-care".',
  locale: 'Language of the interface: "en" or "fr".',
  onGuardError: 'When the guard itself fails: "fail-open" lets the message go, "fail-closed" holds it.',
  sites: 'Per site id (whatsapp, messenger, x-post, x-chat, linkedin, instagram, telegram-k, telegram-a, gmail): true or false.',
  extraSites: 'Extra https match patterns where the generic guard runs, e.g. "https://helpdesk.example.com/*".',
  placeholders: 'Values for the replies\' placeholders: firm, phone, bookingLink.',
  journal: 'The journal: retentionDays (how long entries are kept) and keep (nothing, hash or text of a draft sent anyway).',
  locked: 'Settings users cannot change: enabled, profile, rules, sites, placeholders, locale, highlights.',
  policyJson: 'JSON text with the parts of the policy this schema cannot express: rules, phraseRules, exceptions, allowList, contacts. Checked by Prudence, which reports errors on its options page.',
};

type JsonSchema = Record<string, unknown>;

/**
 * One zod-made JSON schema node in the dialect Chrome accepts: types,
 * properties and items only. Enumerations, patterns and bounds are left to
 * zod on purpose: a value Chrome refuses disappears, one zod refuses comes
 * back to the admin as an error.
 */
function toChrome(node: JsonSchema, at: string): JsonSchema {
  const type = node.type;
  if (type === 'boolean' || type === 'string') return { type };
  if (type === 'integer' || type === 'number') return { type: Number.isInteger(node.const) || type === 'integer' ? 'integer' : 'number' };
  if (type === 'array') return { type: 'array', items: toChrome((node.items ?? {}) as JsonSchema, `${at}[]`) };
  if (type === 'object') {
    const out: JsonSchema = { type: 'object' };
    const props = node.properties as Record<string, JsonSchema> | undefined;
    if (props !== undefined) out.properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toChrome(v, `${at}.${k}`)]));
    const extra = node.additionalProperties;
    if (typeof extra === 'object' && extra !== null) out.additionalProperties = toChrome(extra as JsonSchema, `${at}.*`);
    return out;
  }
  throw new Error(`managed schema: no Chrome form for ${at} (${JSON.stringify(node).slice(0, 120)})`);
}

/** The managed-storage schema, generated from the zod schema (Chrome's dialect of JSON Schema). */
export function managedSchema(): JsonSchema {
  const full = policyJsonSchema() as { properties: Record<string, JsonSchema> };
  const properties: Record<string, JsonSchema> = {};
  for (const k of NATIVE_KEYS) {
    const node = full.properties[k];
    if (node === undefined) throw new Error(`managed schema: "${k}" is not in the policy schema`);
    properties[k] = { ...toChrome(node, k), description: DESCRIPTIONS[k] };
  }
  properties[MANAGED_JSON_KEY] = { type: 'string', description: DESCRIPTIONS[MANAGED_JSON_KEY] };
  return { type: 'object', properties };
}

/** The managed values for a policy: native settings as they are, the rest as JSON text. */
export function toManaged(policy: Policy): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const packed: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(policy)) {
    if (v === undefined || k === '$schema') continue;
    if ((NATIVE_KEYS as readonly string[]).includes(k)) out[k] = v;
    else packed[k] = v;
  }
  if (Object.keys(packed).length > 0) out[MANAGED_JSON_KEY] = JSON.stringify(packed);
  return out;
}

export interface ManagedCheck extends PolicyCheck {
  /** Nothing was set: no policy (Chrome gives `{}`, Firefox throws; both end here). */
  empty: boolean;
}

/** A syntax error in a JSON text, with its line and column when the parser says where. */
function jsonError(text: string, e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const at = syntaxPosition(text, msg);
  return at === null ? msg : `${syntaxDetail(msg)} (line ${at.line}, column ${at.column})`;
}

/** Reads what storage.managed holds back into a policy, with errors by path. */
export function fromManaged(raw: unknown): ManagedCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { policy: null, empty: false, warnings: [], errors: [{ path: '(root)', message: 'the managed policy is not an object' }] };
  }
  const values = raw as Record<string, unknown>;
  if (Object.keys(values).length === 0) return { policy: null, empty: true, errors: [], warnings: [] };
  // Own keys only, on an object without a prototype: a key named "__proto__" stays a key (and an unknown setting).
  const merged: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const errors: PolicyProblem[] = [];
  for (const [k, v] of Object.entries(values)) if (k !== MANAGED_JSON_KEY) merged[k] = v;
  const text = values[MANAGED_JSON_KEY];
  if (text !== undefined) {
    if (typeof text !== 'string') {
      errors.push({ path: MANAGED_JSON_KEY, message: 'must be a string holding JSON text' });
    } else {
      let packed: unknown;
      try {
        packed = JSON.parse(text);
      } catch (e) {
        errors.push({ path: MANAGED_JSON_KEY, message: `not valid JSON: ${jsonError(text, e)}` });
      }
      if (packed !== undefined) {
        if (typeof packed !== 'object' || packed === null || Array.isArray(packed)) {
          errors.push({ path: MANAGED_JSON_KEY, message: 'must hold a JSON object, e.g. {"rules": {...}}' });
        } else {
          for (const [k, v] of Object.entries(packed)) {
            if (Object.hasOwn(merged, k)) errors.push({ path: `${MANAGED_JSON_KEY}.${k}`, message: `"${k}" is set both as its own policy and inside ${MANAGED_JSON_KEY}: keep one` });
            else merged[k] = v;
          }
        }
      }
    }
  }
  if (errors.length > 0) return { policy: null, empty: false, errors, warnings: [] };
  return { ...checkPolicy(merged), empty: false };
}

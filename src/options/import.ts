/**
 * Checking a policy file imported by hand, before it is stored: it must be
 * JSON, pass the schema and have phrase rules whose own examples hold (the
 * same checks as `prudence policy validate`). Pure: no DOM, no browser API.
 */
import { checkExamples } from '../policy/examples';
import { syntaxDetail, syntaxPosition } from '../policy/json-error';
import { checkPolicy, type Policy, type PolicyProblem } from '../policy/schema';

export { lineColumn, syntaxPosition } from '../policy/json-error';

/** Beyond this a file is refused: storage.local is small, and no real policy comes near it. */
export const MAX_POLICY_CHARS = 2_000_000;

/** Why the text could not even be read as JSON. */
export type TextProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; max: number }
  /** line and column are 1-based, null when the parser does not say where. */
  | { kind: 'syntax'; line: number | null; column: number | null; detail: string };

export interface ImportCheck {
  ok: boolean;
  /** The valid policy, null unless ok. */
  policy: Policy | null;
  /** Every problem, by JSON path ("(root)" for the file as a whole); empty when ok. */
  errors: PolicyProblem[];
  /** Not fatal: unknown rule ids, duplicate phrase rules. */
  warnings: PolicyProblem[];
  /** Set when the text is not JSON at all: the page words it in its own language. */
  textProblem: TextProblem | null;
  /** The text to store: as given, without a byte-order mark. */
  text: string;
}

function refused(text: string, errors: PolicyProblem[], textProblem: TextProblem | null, warnings: PolicyProblem[] = []): ImportCheck {
  return { ok: false, policy: null, errors, warnings, textProblem, text };
}

/** Checks a policy file's text; `ok` means it may be stored as the imported policy. */
export function checkImport(input: string): ImportCheck {
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return refused(text, [{ path: '(root)', message: 'the policy is empty' }], { kind: 'empty' });
  if (text.length > MAX_POLICY_CHARS) {
    return refused(text, [{ path: '(root)', message: `the policy is larger than ${MAX_POLICY_CHARS} characters` }], { kind: 'too-large', max: MAX_POLICY_CHARS });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const where = syntaxPosition(text, message);
    const detail = syntaxDetail(message);
    const at = where === null ? '' : ` at line ${where.line}, column ${where.column}`;
    return refused(text, [{ path: '(root)', message: `not JSON${at}: ${detail}` }], { kind: 'syntax', line: where?.line ?? null, column: where?.column ?? null, detail });
  }
  const checked = checkPolicy(raw);
  if (checked.policy === null) return refused(text, checked.errors, null, checked.warnings);
  const examples = checkExamples(checked.policy);
  if (examples.length > 0) return refused(text, examples, null, checked.warnings);
  return { ok: true, policy: checked.policy, errors: [], warnings: checked.warnings, textProblem: null, text };
}

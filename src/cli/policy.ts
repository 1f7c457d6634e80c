/**
 * The admin kit: `prudence policy ...`.
 *
 *   validate FILE        every error with its JSON path and a hint; the phrase rules' examples are run
 *   schema [--managed]   the policy's JSON schema, or the managed-storage schema shipped in the extension
 *   render FILE --for T  the file an admin deploys for a browser and platform (src/policy/render.ts),
 *                        on stdout; where it goes, on stderr
 *   try FILE --jsonl D   what the policy changes on a set of drafts: findings added, removed,
 *                        or given another severity, per draft and per rule
 */
import { parseArgs } from 'node:util';
import { InputError, readDraftLines, type Draft, type NumberedDraft } from './corpus';
import type { Io } from './main';
import { analyze } from '../engine/analyze';
import { compilePolicy } from '../engine/policy';
import type { Finding, Severity } from '../engine/types';
import { checkExamples } from '../policy/examples';
import { managedSchema } from '../policy/managed';
import { defaultId, idProblem, isRenderTarget, RENDER_TARGETS, renderPolicy } from '../policy/render';
import { checkPolicy, policyJsonSchema, type Policy } from '../policy/schema';

export const POLICY_USAGE = `  prudence policy validate FILE    (every error with its JSON path; exit 1 on error)
  prudence policy schema [--managed]
                                   (the policy's JSON schema; --managed: Chrome's managed-storage schema)
  prudence policy render FILE --for ${RENDER_TARGETS.join('|')} [--id EXTENSION_ID]
                                   (the file to deploy, on stdout; where it goes, on stderr)
  prudence policy try FILE --jsonl DRAFTS [--json]
                                   (findings the policy adds, removes or changes on DRAFTS;
                                    exit 1 if the policy is invalid, 2 on bad input)`;

export function policyCommand(args: string[], io: Io): number {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'schema':
      return schema(rest, io);
    case 'validate':
      return validate(rest, io);
    case 'render':
      return render(rest, io);
    case 'try':
      return tryPolicy(rest, io);
    default:
      throw new InputError(`policy needs one of: validate FILE, schema, render FILE --for TARGET, try FILE --jsonl DRAFTS${sub === undefined ? '' : ` (not "${sub}")`}`);
  }
}

function schema(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { managed: { type: 'boolean' } }, allowPositionals: false });
  io.out(JSON.stringify(values.managed === true ? managedSchema() : policyJsonSchema(), null, 2));
  return 0;
}

/** Reads and parses a policy file; reports and returns null when it is not JSON. */
export function readPolicyFile(file: string, io: Io): { raw: unknown } | null {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    // Windows editors save UTF-8 with a byte-order mark, which JSON.parse refuses.
    return { raw: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    io.err(`${file}: not JSON: ${(e as Error).message}`);
    return null;
  }
}

/** A valid policy from a file (examples run), or null after reporting every error and warning with its path. */
export function loadPolicy(file: string, io: Io): { policy: Policy | null; warnings: number } {
  const read = readPolicyFile(file, io);
  if (read === null) return { policy: null, warnings: 0 };
  const { policy, errors, warnings } = checkPolicy(read.raw);
  for (const w of warnings) io.err(`${file}: warning at ${w.path}: ${w.message}`);
  for (const e of errors) io.err(`${file}: error at ${e.path}: ${e.message}`);
  if (policy === null) return { policy: null, warnings: warnings.length };
  const failing = checkExamples(policy);
  for (const e of failing) io.err(`${file}: error at ${e.path}: ${e.message}`);
  return { policy: failing.length > 0 ? null : policy, warnings: warnings.length };
}

function validate(args: string[], io: Io): number {
  const file = args[0];
  if (file === undefined) throw new InputError('policy validate needs a policy file');
  const { policy, warnings } = loadPolicy(file, io);
  if (policy === null) return 1;
  const examples = (policy.phraseRules ?? []).reduce((n, r) => n + (r.examples?.flag?.length ?? 0) + (r.examples?.pass?.length ?? 0), 0);
  const notes = [warnings > 0 ? `${warnings} warning${warnings > 1 ? 's' : ''}` : '', examples > 0 ? `${examples} example${examples > 1 ? 's' : ''} checked` : ''].filter((x) => x !== '');
  io.out(`${file}: valid policy${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`);
  return 0;
}

function render(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { for: { type: 'string' }, id: { type: 'string' } } });
  const [file, ...extra] = positionals;
  if (file === undefined) throw new InputError(`policy render needs a policy file: policy render FILE --for ${RENDER_TARGETS.join('|')}`);
  if (extra.length > 0) throw new InputError(`policy render takes one policy file (not also "${extra.join(' ')}")`);
  const target = values.for;
  if (target === undefined || !isRenderTarget(target)) throw new InputError(`policy render needs --for ${RENDER_TARGETS.join('|')}${target === undefined ? '' : ` (not "${target}")`}`);
  const id = values.id ?? defaultId(target);
  const problem = idProblem(target, id);
  if (problem !== null) throw new InputError(`--id ${problem}`);
  const { policy } = loadPolicy(file, io);
  if (policy === null) return 1;
  let artifact: ReturnType<typeof renderPolicy>;
  try {
    artifact = renderPolicy(policy, target, id);
  } catch (e) {
    // A valid policy the target's format cannot carry, e.g. a control character in a name for a property list.
    io.err(`${file}: cannot render for ${target}: ${(e as Error).message}`);
    return 1;
  }
  io.out(artifact.text);
  io.err(`${target}: ${artifact.destination}`);
  return 0;
}

export interface Flagged {
  ruleId: string;
  severity: Severity;
  range: readonly [number, number];
  /** The flagged words. */
  words: string;
}

export interface Regraded {
  ruleId: string;
  range: readonly [number, number];
  words: string;
  from: Severity;
  to: Severity;
}

export interface PolicyEffect {
  added: Flagged[];
  removed: Flagged[];
  /** Same rule, same words, another severity. */
  changed: Regraded[];
}

/** What the policy changed on one draft: findings are the same when their rule and range are. */
export function policyEffect(text: string, without: readonly Finding[], withPolicy: readonly Finding[]): PolicyEffect {
  const key = (f: Finding) => `${f.ruleId}|${f.range[0]}|${f.range[1]}`;
  const flagged = (f: Finding): Flagged => ({ ruleId: f.ruleId, severity: f.severity, range: f.range, words: text.slice(f.range[0], f.range[1]) });
  const before = new Map(without.map((f) => [key(f), f]));
  const after = new Map(withPolicy.map((f) => [key(f), f]));
  const changed: Regraded[] = [];
  for (const [k, f] of after) {
    const old = before.get(k);
    if (old !== undefined && old.severity !== f.severity) changed.push({ ruleId: f.ruleId, range: f.range, words: text.slice(f.range[0], f.range[1]), from: old.severity, to: f.severity });
  }
  return {
    added: withPolicy.filter((f) => !before.has(key(f))).map(flagged),
    removed: without.filter((f) => !after.has(key(f))).map(flagged),
    changed,
  };
}

const oneLine = (s: string, max: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function tryPolicy(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { jsonl: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const [file, ...extra] = positionals;
  if (file === undefined || values.jsonl === undefined) throw new InputError('policy try needs a policy file and drafts: policy try FILE --jsonl DRAFTS');
  if (extra.length > 0) throw new InputError(`policy try takes one policy file (not also "${extra.join(' ')}")`);
  const { policy } = loadPolicy(file, io);
  if (policy === null) return 1;
  const compiled = compilePolicy(policy);
  if (policy.enabled === false) io.err(`${file}: note: this policy switches Prudence off (enabled: false); below is what it changes once switched on`);
  // The organisation's profile wins in the extension: both runs use it, so the comparison shows what the rules change.
  if (policy.profile !== undefined) io.err(`${file}: note: the policy sets profile "${policy.profile}": every draft is read as ${policy.profile}`);

  const path = values.jsonl;
  const { drafts, bad } = readDraftLines(path, io);
  const perRule = new Map<string, { added: number; removed: number; changed: number }>();
  const tally = (ruleId: string, what: 'added' | 'removed' | 'changed') => {
    const t = perRule.get(ruleId) ?? { added: 0, removed: 0, changed: 0 };
    t[what]++;
    perRule.set(ruleId, t);
  };
  let changedDrafts = 0;
  for (const { draft, line } of drafts) {
    const context = policy.profile === undefined ? draft.context : { ...draft.context, profile: policy.profile };
    const effect = policyEffect(draft.text, analyze(draft.text, context), analyze(draft.text, context, { policy: compiled }));
    const changes = effect.added.length + effect.removed.length + effect.changed.length;
    if (changes > 0) changedDrafts++;
    for (const f of effect.added) tally(f.ruleId, 'added');
    for (const f of effect.removed) tally(f.ruleId, 'removed');
    for (const f of effect.changed) tally(f.ruleId, 'changed');
    if (values.json) {
      io.out(JSON.stringify({ id: draft.id, line, context, ...effect }));
      continue;
    }
    if (changes === 0) continue;
    const name = draft.id === `line-${line}` ? '' : `${draft.id}; `;
    io.out(`line ${line} (${name}${context.profile}, ${context.recipient}, ${context.channel}): ${oneLine(draft.text, 100)}`);
    const words = (w: string) => JSON.stringify(oneLine(w, 60));
    for (const f of effect.added) io.out(`  + ${f.severity.padEnd(5)} ${f.ruleId} ${words(f.words)}`);
    for (const f of effect.removed) io.out(`  - ${f.severity.padEnd(5)} ${f.ruleId} ${words(f.words)}`);
    for (const f of effect.changed) io.out(`  ~ ${f.to.padEnd(5)} ${f.ruleId} ${words(f.words)} (was ${f.from})`);
  }
  if (!values.json) {
    const skipped = bad > 0 ? ` (${bad} bad line${bad > 1 ? 's' : ''} skipped)` : '';
    if (changedDrafts > 0) io.out('');
    io.out(`${path}: ${drafts.length} draft${drafts.length === 1 ? '' : 's'}, ${changedDrafts} changed by the policy${skipped}`);
    if (perRule.size > 0) {
      const ids = [...perRule.keys()].sort();
      const width = Math.max(4, ...ids.map((id) => id.length));
      io.out(`  ${'rule'.padEnd(width)}  added  removed  changed`);
      for (const id of ids) {
        const t = perRule.get(id) ?? { added: 0, removed: 0, changed: 0 };
        io.out(`  ${id.padEnd(width)}  ${String(t.added).padStart(5)}  ${String(t.removed).padStart(7)}  ${String(t.changed).padStart(7)}`);
      }
    }
  }
  return bad > 0 ? 2 : 0;
}

/**
 * prudence: the command-line tool for admins and for measuring.
 *
 *   prudence check [--profile P] [--recipient R] [--channel C] [--json] "text"
 *   prudence check --jsonl FILE|-
 *   prudence eval FILE.jsonl
 *   prudence policy validate|schema|render|try ...   (see cli/policy.ts)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../engine/analyze';
import { InputError, parseContext, predict, readDraftLines, score, type Draft, type Report } from './corpus';
import type { Finding } from '../engine/types';
import { policyCommand, POLICY_USAGE } from './policy';

const USAGE = `usage:
  prudence check [--profile lawyer|social-care] [--recipient client|client-no-consent|prospect|customer|unknown]
                 [--channel public|private-unencrypted|private-encrypted] [--json] "text"
  prudence check --jsonl FILE      (FILE may be - for standard input)
  prudence eval FILE.jsonl
${POLICY_USAGE}`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (path: string) => string;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
};

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(rest, io);
      case 'eval':
        return evaluate(rest, io);
      case 'policy':
        return policyCommand(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`prudence: unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof InputError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`prudence: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}

function check(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string', default: 'lawyer' },
      recipient: { type: 'string', default: 'unknown' },
      channel: { type: 'string', default: 'private-unencrypted' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'string' },
    },
  });
  if (values.jsonl !== undefined) return checkJsonl(values.jsonl, io);
  const context = parseContext(values);
  if (positionals.length === 0) throw new InputError('check needs the text of a draft (or --jsonl FILE)');
  const text = positionals.join(' ');
  const findings = analyze(text, context);
  if (values.json) {
    io.out(JSON.stringify(findings, null, 2));
  } else {
    io.out(describe(text, findings));
  }
  return 0;
}

/** The draft with flagged words in [[double brackets]], then one line per finding. */
export function describe(text: string, findings: Finding[]): string {
  if (findings.length === 0) return `clean: ${text}`;
  const marks = mergeRanges(findings.map((f) => f.range));
  let marked = '';
  let at = 0;
  for (const [s, e] of marks) {
    marked += `${text.slice(at, s)}[[${text.slice(s, e)}]]`;
    at = e;
  }
  marked += text.slice(at);
  const lines = findings.map((f) => `  ${f.severity.padEnd(5)} ${f.ruleId} [${f.range[0]}, ${f.range[1]}): ${f.why}${f.suggestions.length ? `\n        replies: ${f.suggestions.join(', ')}` : ''}`);
  return [marked, ...lines].join('\n');
}

function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Reads a JSONL file (see readDraftLines); `onDraft` sees each good draft in order. */
function readDrafts(path: string, io: Io, onDraft?: (d: Draft) => void): { drafts: Draft[]; errors: number } {
  const { drafts, bad } = readDraftLines(path, io);
  for (const { draft } of drafts) onDraft?.(draft);
  return { drafts: drafts.map((d) => d.draft), errors: bad };
}

function checkJsonl(path: string, io: Io): number {
  const { errors } = readDrafts(path, io, (d) => {
    const { findings, predicted } = predict(d);
    io.out(JSON.stringify({ id: d.id, rules: predicted, findings }));
  });
  return errors > 0 ? 1 : 0;
}

function evaluate(args: string[], io: Io): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const path = positionals[0];
  if (path === undefined) throw new InputError('eval needs a JSONL file');
  const { drafts, errors } = readDrafts(path, io);
  const report = score(drafts.map(predict));
  io.out(formatReport(path, report));
  return errors > 0 ? 1 : 0;
}

const pct = (x: number | null) => (x === null ? '  n/a' : `${(x * 100).toFixed(1)}%`.padStart(6));
const num = (x: number | null) => (x === null ? ' n/a ' : x.toFixed(3));

export function formatReport(path: string, r: Report): string {
  const out: string[] = [];
  out.push(`${path}: ${r.drafts} drafts (${r.cleanDrafts} clean, ${r.flaggedDrafts} flagged)`);
  out.push('');
  out.push('rule                  precision  recall     f1    tp   fp   fn');
  for (const s of r.perRule) {
    out.push(`${s.rule.padEnd(20)}  ${num(s.precision).padStart(9)}  ${num(s.recall).padStart(6)}  ${num(s.f1).padStart(5)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  out.push('');
  out.push(`macro-F1: ${num(r.macroF1)}`);
  out.push(`false alarms on clean drafts: ${pct(r.falseAlarmRate).trim()} (${Math.round((r.falseAlarmRate ?? 0) * r.cleanDrafts)}/${r.cleanDrafts})`);
  out.push(`misses on flagged drafts: ${pct(r.missRate).trim()} (${Math.round((r.missRate ?? 0) * r.flaggedDrafts)}/${r.flaggedDrafts})`);
  out.push('');
  out.push(`misclassified: ${r.misclassified.length}`);
  for (const m of r.misclassified) {
    const exp = m.draft.expect ?? [];
    const missing = exp.filter((x) => !m.predicted.includes(x));
    const extra = m.predicted.filter((x) => !exp.includes(x));
    const text = m.draft.text.replace(/\s+/g, ' ');
    out.push(`  ${m.draft.id}  ${missing.length ? `missed ${missing.join(',')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `extra ${extra.join(',')}` : ''}`);
    out.push(`    ${text.length > 160 ? `${text.slice(0, 159)}…` : text}`);
  }
  return out.join('\n');
}

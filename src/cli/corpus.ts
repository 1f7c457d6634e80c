/** Reading corpus-format JSONL (shared/corpus/README.md) and scoring it. */
import { analyze } from '../engine/analyze';
import { BUILTIN_RULE_IDS, CHANNELS, PROFILES, RECIPIENTS, type Context, type Finding } from '../engine/types';

export interface Draft {
  id: string;
  text: string;
  context: Context;
  expect?: string[];
}

export class InputError extends Error {}

/** Parses one line; throws InputError with a plain reason. */
export function parseDraft(line: string, lineNo: number): Draft {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new InputError('not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError('expected a JSON object');
  const o = raw as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new InputError('"text" must be a string');
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : `line-${lineNo}`;
  const context = parseContext({
    profile: o.profile ?? 'lawyer',
    recipient: o.recipient ?? 'unknown',
    channel: o.channel ?? 'private-unencrypted',
  });
  let expect: string[] | undefined;
  if (o.expect !== undefined) {
    if (!Array.isArray(o.expect) || !o.expect.every((r) => typeof r === 'string')) throw new InputError('"expect" must be a list of rule ids');
    expect = o.expect as string[];
  }
  return { id, text: o.text, context, ...(expect ? { expect } : {}) };
}

export function parseContext(c: { profile: unknown; recipient: unknown; channel: unknown }): Context {
  if (!PROFILES.includes(c.profile as never)) throw new InputError(`unknown profile "${String(c.profile)}" (expected ${PROFILES.join(', ')})`);
  if (!RECIPIENTS.includes(c.recipient as never)) throw new InputError(`unknown recipient "${String(c.recipient)}" (expected ${RECIPIENTS.join(', ')})`);
  if (!CHANNELS.includes(c.channel as never)) throw new InputError(`unknown channel "${String(c.channel)}" (expected ${CHANNELS.join(', ')})`);
  return c as Context;
}

export interface Scored {
  draft: Draft;
  findings: Finding[];
  predicted: string[];
}

export function predict(d: Draft): Scored {
  const findings = analyze(d.text, d.context);
  const predicted = [...new Set(findings.map((f) => f.ruleId))].sort();
  return { draft: d, findings, predicted };
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Report {
  drafts: number;
  perRule: RuleScore[];
  macroF1: number | null;
  /** Share of `expect: []` drafts that raised anything. */
  falseAlarmRate: number | null;
  cleanDrafts: number;
  /** Share of flagged drafts that raised none of their expected rules. */
  missRate: number | null;
  flaggedDrafts: number;
  misclassified: Scored[];
}

/**
 * Scores predictions as the corpus README defines it: precision and recall per
 * rule over the file; macro-F1 is the mean F1 of the rules that have at least
 * one expected label in the file (a rule with none has no recall to speak of).
 */
export function score(rows: Scored[]): Report {
  const perRule: RuleScore[] = [];
  for (const rule of BUILTIN_RULE_IDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rows) {
      const exp = r.draft.expect ?? [];
      const want = exp.includes(rule);
      const got = r.predicted.includes(rule);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    const precision = tp + fp === 0 ? null : tp / (tp + fp);
    const recall = tp + fn === 0 ? null : tp / (tp + fn);
    const f1 = recall === null ? null : tp === 0 ? 0 : (2 * (precision ?? 0) * recall) / ((precision ?? 0) + recall);
    perRule.push({ rule, tp, fp, fn, precision, recall, f1 });
  }
  const f1s = perRule.map((r) => r.f1).filter((x): x is number => x !== null);
  const clean = rows.filter((r) => (r.draft.expect ?? []).length === 0);
  const flagged = rows.filter((r) => (r.draft.expect ?? []).length > 0);
  const misclassified = rows.filter((r) => {
    const exp = [...(r.draft.expect ?? [])].sort();
    return exp.join(',') !== r.predicted.join(',');
  });
  return {
    drafts: rows.length,
    perRule,
    macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null,
    cleanDrafts: clean.length,
    falseAlarmRate: clean.length ? clean.filter((r) => r.predicted.length > 0).length / clean.length : null,
    flaggedDrafts: flagged.length,
    missRate: flagged.length ? flagged.filter((r) => !r.predicted.some((p) => (r.draft.expect ?? []).includes(p))).length / flagged.length : null,
    misclassified,
  };
}

export interface NumberedDraft {
  draft: Draft;
  /** Line number in the file, from 1. */
  line: number;
}

/**
 * Reads a JSONL file of drafts: bad lines are reported on `err` as
 * `file:line: reason` and skipped; an unreadable file is an InputError.
 */
export function readDraftLines(path: string, io: { readFile(path: string): string; err(s: string): void }): { drafts: NumberedDraft[]; bad: number } {
  let content: string;
  try {
    content = io.readFile(path);
  } catch (e) {
    throw new InputError(`${path}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const drafts: NumberedDraft[] = [];
  let bad = 0;
  content.split(/\r?\n/).forEach((text, i) => {
    if (text.trim() === '') return;
    try {
      drafts.push({ draft: parseDraft(text, i + 1), line: i + 1 });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      bad++;
      io.err(`${path === '-' ? 'stdin' : path}:${i + 1}: ${e.message}`);
    }
  });
  return { drafts, bad };
}

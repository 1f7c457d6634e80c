/**
 * What became of each draft Prudence warned about, for the journal. Pure: the
 * guard feeds it every reading of the draft and every send it let through,
 * and it answers with what to record or count, once per draft.
 *
 * A draft starts when the compose box holds text and ends when it is sent or
 * emptied. It is "warned" once any reading of it had a `warn` or `block`
 * finding (ignored ones included: the user saw them). Then:
 * - sent through the site's own send while it still has such findings:
 *   recorded as `sent-after-warning`, with the highest severity and the rules
 *   it went out with;
 * - sent without them (the user rewrote it, or inserted a suggested reply):
 *   counted as `revised`, with every rule it had along the way;
 * - emptied without a send (deleted, cut): counted as `cancelled`. A draft
 *   left in a conversation the user moved away from is decided when the guard
 *   next reads that conversation: still there (the site kept it), it goes on;
 *   anything else there, even a new start, means it was dropped: `cancelled`.
 *   Reading it empty on the way back decides nothing yet (sites restore a
 *   draft a moment after the conversation opens). A draft still waiting in a
 *   conversation when the page goes away is never counted;
 * - sent from the confirm dialog ("Send anyway", "false alarm"): the guard
 *   records that itself and tells this machine, which then counts nothing more.
 * Once a draft is decided, the same text read again (a site that did not clear
 * it) is not a new draft: sending it again records nothing.
 */
import type { Finding } from '../engine/types';
import type { JournalSeverity } from '../journal/types';

/** What a reading of the draft says about it. */
export interface DraftReading {
  /** The conversation's key (Identity.key). */
  conversation: string;
  text: string;
  /** Its findings, all of them (the ignored ones too). */
  findings: readonly Pick<Finding, 'ruleId' | 'severity'>[];
}

/** What the guard should do about a draft that ended. */
export type Outcome =
  | { kind: 'record'; decision: 'sent-after-warning'; severity: JournalSeverity; rules: string[] }
  | { kind: 'tally'; decision: 'revised' | 'cancelled'; rules: string[] };

type Phase =
  | { kind: 'idle' }
  | { kind: 'warned'; rules: Set<string>; text: string }
  /** Back in a conversation where a warned draft was left: decided at the first non-empty reading. */
  | { kind: 'returning'; rules: Set<string>; text: string }
  | { kind: 'decided'; text: string };

/** The warned drafts left in other conversations, at most this many (the oldest are forgotten, uncounted). */
const PARKED_MAX = 50;

/** The highest severity among a reading's findings that the journal knows (`info` does not count), or null. */
export function journalSeverity(findings: DraftReading['findings']): JournalSeverity | null {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  return null;
}

/** The rules of a reading's `warn` and `block` findings, each once, in order. */
export function warnedRules(findings: DraftReading['findings']): string[] {
  return [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))];
}

const empty = (text: string) => text.trim() === '';

const tally = (decision: 'revised' | 'cancelled', rules: ReadonlySet<string>): Outcome => ({ kind: 'tally', decision, rules: [...rules] });

export class DraftOutcomes {
  private conversation: string | null = null;
  private phase: Phase = { kind: 'idle' };
  private readonly parked = new Map<string, { rules: Set<string>; text: string }>();

  /** A reading of the draft (after each analysis). Returns what ended, if anything. */
  read(r: DraftReading): Outcome[] {
    const out: Outcome[] = [];
    if (r.conversation !== this.conversation) this.switchTo(r.conversation);
    const p = this.phase;
    if (p.kind === 'returning') {
      if (empty(r.text)) return out;
      this.phase = { kind: 'idle' };
      if (r.text === p.text) this.phase = { kind: 'warned', rules: p.rules, text: p.text };
      else out.push(tally('cancelled', p.rules));
    } else if (p.kind === 'decided') {
      if (r.text === p.text) return out;
      this.phase = { kind: 'idle' };
    } else if (p.kind === 'warned' && empty(r.text)) {
      this.phase = { kind: 'idle' };
      out.push(tally('cancelled', p.rules));
      return out;
    }
    this.note(r);
    return out;
  }

  /** The draft goes out through the site's own send (a send the guard let through). */
  sent(r: DraftReading): Outcome[] {
    const out = this.read(r);
    const p = this.phase;
    if (empty(r.text) || p.kind === 'decided') return out;
    this.phase = { kind: 'decided', text: r.text };
    const severity = journalSeverity(r.findings);
    if (severity !== null) out.push({ kind: 'record', decision: 'sent-after-warning', severity, rules: warnedRules(r.findings) });
    else if (p.kind === 'warned') out.push(tally('revised', p.rules));
    return out;
  }

  /** The guard recorded this draft itself (sent from the confirm dialog): nothing more to count for it. */
  decided(r: DraftReading): Outcome[] {
    const out = this.read(r);
    if (!empty(r.text)) this.phase = { kind: 'decided', text: r.text };
    return out;
  }

  /** Folds a reading's findings into the current draft. */
  private note(r: DraftReading): void {
    const rules = warnedRules(r.findings);
    const p = this.phase;
    if (p.kind === 'warned') {
      for (const id of rules) p.rules.add(id);
      p.text = r.text;
    } else if (rules.length > 0 && !empty(r.text)) {
      this.phase = { kind: 'warned', rules: new Set(rules), text: r.text };
    }
  }

  /** Leaves the current conversation (its warned draft waits there) and picks up the next one's. */
  private switchTo(conversation: string): void {
    const p = this.phase;
    if (this.conversation !== null && (p.kind === 'warned' || p.kind === 'returning')) {
      this.parked.delete(this.conversation);
      this.parked.set(this.conversation, { rules: p.rules, text: p.text });
      if (this.parked.size > PARKED_MAX) this.parked.delete(this.parked.keys().next().value as string);
    }
    this.conversation = conversation;
    const back = this.parked.get(conversation);
    this.parked.delete(conversation);
    this.phase = back !== undefined ? { kind: 'returning', rules: back.rules, text: back.text } : { kind: 'idle' };
  }
}

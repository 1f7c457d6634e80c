import { describe, expect, it } from 'vitest';
import { DraftOutcomes, journalSeverity, warnedRules, type DraftReading } from '../../src/guard/outcome';

const ADVICE = { ruleId: 'legal-advice' as const, severity: 'warn' as const };
const MANDATE = { ruleId: 'no-mandate' as const, severity: 'block' as const };
const DATA = { ruleId: 'personal-data' as const, severity: 'info' as const };

const read = (text: string, findings: DraftReading['findings'] = [], conversation = 'a'): DraftReading => ({ conversation, text, findings });

describe('journalSeverity and warnedRules', () => {
  it('take the highest of warn and block, and their rules once each; info does not count', () => {
    expect(journalSeverity([DATA])).toBeNull();
    expect(journalSeverity([DATA, ADVICE])).toBe('warn');
    expect(journalSeverity([ADVICE, MANDATE])).toBe('block');
    expect(warnedRules([DATA, ADVICE, MANDATE, ADVICE])).toEqual(['legal-advice', 'no-mandate']);
  });
});

describe('DraftOutcomes', () => {
  it('a clean draft sent counts nothing', () => {
    const m = new DraftOutcomes();
    expect(m.read(read('Hi'))).toEqual([]);
    expect(m.sent(read('Hi there'))).toEqual([]);
    expect(m.read(read(''))).toEqual([]);
  });

  it('a draft with warnings sent as is is recorded as sent-after-warning, with its rules and highest severity', () => {
    const m = new DraftOutcomes();
    m.read(read('You can', [ADVICE]));
    expect(m.sent(read('You can sue', [ADVICE, DATA]))).toEqual([{ kind: 'record', decision: 'sent-after-warning', severity: 'warn', rules: ['legal-advice'] }]);
    // The site clears the box: nothing more.
    expect(m.read(read(''))).toEqual([]);
  });

  it('a draft whose block finding was ignored and sent normally is recorded with severity block', () => {
    const m = new DraftOutcomes();
    expect(m.sent(read('You should sue', [MANDATE, ADVICE]))).toEqual([{ kind: 'record', decision: 'sent-after-warning', severity: 'block', rules: ['no-mandate', 'legal-advice'] }]);
  });

  it('revised: warned, then changed so it no longer has the findings, then sent; the rules it had along the way', () => {
    const m = new DraftOutcomes();
    m.read(read('You can sue', [ADVICE]));
    m.read(read('You should sue', [MANDATE]));
    m.read(read('Let us talk by phone'));
    expect(m.sent(read('Let us talk by phone'))).toEqual([{ kind: 'tally', decision: 'revised', rules: ['legal-advice', 'no-mandate'] }]);
  });

  it('cancelled: warned, then emptied without a send, counted once', () => {
    const m = new DraftOutcomes();
    m.read(read('You can sue', [ADVICE]));
    m.read(read('You can', [ADVICE]));
    expect(m.read(read(''))).toEqual([{ kind: 'tally', decision: 'cancelled', rules: ['legal-advice'] }]);
    expect(m.read(read(''))).toEqual([]);
    expect(m.sent(read(''))).toEqual([]);
  });

  it('a draft that was revised and then emptied is cancelled, not revised', () => {
    const m = new DraftOutcomes();
    m.read(read('You can sue', [ADVICE]));
    m.read(read('Hello'));
    expect(m.read(read(' '))).toEqual([{ kind: 'tally', decision: 'cancelled', rules: ['legal-advice'] }]);
  });

  it('each draft once: the same text sent again (a site that did not clear it) records nothing more', () => {
    const m = new DraftOutcomes();
    expect(m.sent(read('You can sue', [ADVICE]))).toHaveLength(1);
    expect(m.read(read('You can sue', [ADVICE]))).toEqual([]);
    expect(m.sent(read('You can sue', [ADVICE]))).toEqual([]);
    // Changed, it is a new draft.
    expect(m.sent(read('You can sue them', [ADVICE]))).toHaveLength(1);
  });

  it('a draft decided in the dialog counts nothing more, emptied or sent again', () => {
    const m = new DraftOutcomes();
    m.read(read('You should sue', [MANDATE]));
    expect(m.decided(read('You should sue', [MANDATE]))).toEqual([]);
    expect(m.sent(read('You should sue', [MANDATE]))).toEqual([]);
    expect(m.read(read(''))).toEqual([]);
    // The next draft starts clean.
    expect(m.read(read('Hello'))).toEqual([]);
    expect(m.sent(read('Hello'))).toEqual([]);
  });

  it('a draft left in a conversation goes on when the site restores it there', () => {
    const m = new DraftOutcomes();
    m.read(read('You can sue', [ADVICE], 'a'));
    expect(m.read(read('', [], 'b'))).toEqual([]);
    expect(m.read(read('Hello', [], 'b'))).toEqual([]);
    // Back in a: empty for a moment while the site restores the draft, then the draft.
    expect(m.read(read('', [], 'a'))).toEqual([]);
    expect(m.read(read('You can sue', [ADVICE], 'a'))).toEqual([]);
    expect(m.sent(read('You can sue', [ADVICE], 'a'))).toEqual([{ kind: 'record', decision: 'sent-after-warning', severity: 'warn', rules: ['legal-advice'] }]);
  });

  it('a draft left in a conversation and gone when the user comes back is cancelled; what is there starts anew', () => {
    const m = new DraftOutcomes();
    m.read(read('You can sue', [ADVICE], 'a'));
    m.read(read('Hello', [], 'b'));
    expect(m.read(read('', [], 'a'))).toEqual([]);
    expect(m.read(read('T', [], 'a'))).toEqual([{ kind: 'tally', decision: 'cancelled', rules: ['legal-advice'] }]);
    expect(m.sent(read('Thanks', [], 'a'))).toEqual([]);
  });

  it('warned drafts in two conversations are followed each on its own', () => {
    const m = new DraftOutcomes();
    m.read(read('You can sue', [ADVICE], 'a'));
    m.read(read('You should sue', [MANDATE], 'b'));
    m.read(read('You can sue', [ADVICE], 'a'));
    expect(m.read(read('', [], 'a'))).toEqual([{ kind: 'tally', decision: 'cancelled', rules: ['legal-advice'] }]);
    m.read(read('You should sue', [MANDATE], 'b'));
    expect(m.sent(read('Call me', [], 'b'))).toEqual([{ kind: 'tally', decision: 'revised', rules: ['no-mandate'] }]);
  });

  it('info findings alone never make a draft warned', () => {
    const m = new DraftOutcomes();
    m.read(read('My number is 514-555-0199', [DATA]));
    expect(m.read(read(''))).toEqual([]);
    expect(m.sent(read('514-555-0199', [DATA]))).toEqual([]);
  });
});

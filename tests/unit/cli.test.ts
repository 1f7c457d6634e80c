import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const run = runCli;

const line = (o: object) => JSON.stringify(o);

describe('prudence check', () => {
  it('prints a clean draft as clean', async () => {
    const r = await run(['check', 'See you Thursday at 10.']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('clean: See you Thursday at 10.');
  });
  it('marks flagged words and lists findings, or prints JSON', async () => {
    const text = 'Call me at 514-555-0199.';
    const r = await run(['check', '--channel', 'public', text]);
    expect(r.out).toContain('[[514-555-0199]]');
    expect(r.out).toMatch(/block\s+personal-data \[11, 23\)/);
    const j = await run(['check', '--json', '--channel', 'public', text]);
    const findings = JSON.parse(j.out) as Array<{ ruleId: string; range: [number, number] }>;
    expect(findings.map((f) => [f.ruleId, f.range])).toEqual([['personal-data', [11, 23]]]);
  });
  it('refuses an unknown profile with a one-line error', async () => {
    const r = await run(['check', '--profile', 'judge', 'hello']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('prudence: unknown profile "judge" (expected lawyer, social-care)');
  });
});

describe('prudence check --jsonl', () => {
  it('answers one line per input line, in order, and names bad lines', async () => {
    const input = [
      line({ id: 'a', text: 'Hi there', profile: 'lawyer', recipient: 'client', channel: 'private-encrypted' }),
      'not json',
      line({ id: 'b', text: 'hello', profile: 'judge' }),
      '',
      line({ id: 'c', text: 'Reach me at 514-555-0199', profile: 'social-care', recipient: 'customer', channel: 'public' }),
    ].join('\n');
    const r = await run(['check', '--jsonl', 'in.jsonl'], { 'in.jsonl': input });
    expect(r.code).toBe(1);
    const rows = r.out.split('\n').map((l) => JSON.parse(l) as { id: string; rules: string[] });
    expect(rows.map((x) => [x.id, x.rules])).toEqual([
      ['a', []],
      ['c', ['personal-data']],
    ]);
    expect(r.err.split('\n')).toEqual(['in.jsonl:2: not valid JSON', 'in.jsonl:3: unknown profile "judge" (expected lawyer, social-care)']);
  });
  it('reports an unreadable file', async () => {
    const r = await run(['check', '--jsonl', 'nope.jsonl']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('prudence: nope.jsonl: cannot read: ENOENT');
  });
});

describe('prudence eval', () => {
  it('scores per rule, false alarms and misses as the corpus README defines them', async () => {
    const ctx = { profile: 'social-care', recipient: 'customer', channel: 'public' };
    const input = [
      line({ id: '1', text: 'Call us at 514-555-0199', expect: ['personal-data'], ...ctx }),
      line({ id: '2', text: 'Thanks for your patience.', expect: [], ...ctx }),
      line({ id: '3', text: 'Our number is 514-555-0188', expect: [], ...ctx }),
      line({ id: '4', text: 'Have a nice day', expect: ['personal-data'], ...ctx }),
    ].join('\n');
    const r = await run(['eval', 'c.jsonl'], { 'c.jsonl': input });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/personal-data\s+0\.500\s+0\.500\s+0\.500\s+1\s+1\s+1/);
    expect(r.out).toContain('false alarms on clean drafts: 50.0% (1/2)');
    expect(r.out).toContain('misses on flagged drafts: 50.0% (1/2)');
    expect(r.out).toContain('misclassified: 2');
    expect(r.out).toContain('  3  extra personal-data');
    expect(r.out).toContain('  4  missed personal-data');
  });
});

describe('prudence policy', () => {
  it('validates a good policy, printing its warnings', async () => {
    const r = await run(['policy', 'validate', 'p.json'], { 'p.json': JSON.stringify({ version: 1, rules: { 'legal-advise': { enabled: false } } }) });
    expect(r.code).toBe(0);
    expect(r.out).toBe('p.json: valid policy (1 warning)');
    expect(r.err).toMatch(/^p\.json: warning at rules\.legal-advise: unknown rule id "legal-advise"/);
  });

  it('lists every error with its JSON path, and exits 1', async () => {
    const r = await run(['policy', 'validate', 'p.json'], { 'p.json': JSON.stringify({ version: 1, profile: 'judge', rules: { 'legal-advice': { severity: 'loud' } } }) });
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([expect.stringMatching(/^p\.json: error at profile: /), expect.stringMatching(/^p\.json: error at rules\.legal-advice\.severity: /)]);
  });

  it('says when the file is not JSON or cannot be read', async () => {
    expect(await run(['policy', 'validate', 'p.json'], { 'p.json': '{ version: 1' })).toMatchObject({ code: 1, err: expect.stringMatching(/^p\.json: not JSON: /) });
    expect(await run(['policy', 'validate', 'gone.json'])).toMatchObject({ code: 2, err: 'prudence: gone.json: cannot read: ENOENT' });
  });

  it('prints the JSON schema', async () => {
    const r = await run(['policy', 'schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ type: 'object', required: ['version'] });
  });
});

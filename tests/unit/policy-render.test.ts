/**
 * `prudence policy render` and `prudence policy try`: each deployment file
 * carries the managed values in the form its browser reads (parsed back
 * here), ids are checked, an invalid policy prints nothing on stdout, and
 * `try` names what a policy adds, removes and regrades on a set of drafts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../src/policy/ids';
import { fromManaged, MANAGED_JSON_KEY, toManaged } from '../../src/policy/managed';
import { registryFile, renderPolicy, sha1, uuidV5 } from '../../src/policy/render';
import { checkPolicy, type Policy } from '../../src/policy/schema';

const POLICY = {
  version: 1,
  enabled: true,
  profile: 'lawyer',
  rules: {
    'legal-advice': { severity: { default: 'warn', public: 'block' }, reasonToSend: true },
    'hostile-tone': { enabled: false },
  },
  phraseRules: [
    {
      id: 'no-guarantee',
      message: { en: 'Never promise an outcome.', fr: 'Ne promettez jamais un résultat.' },
      severity: { default: 'warn', public: 'block' },
      match: { en: { anyOf: ['guarantee', 'guaranteed'], noneOf: ['cannot guarantee', 'no guarantee'] }, fr: { anyOf: ['garantis'], noneOf: ['aucune garantie'] } },
      examples: { flag: ['I guarantee we will win.'], pass: ['No lawyer can guarantee a result, there is no guarantee.'] },
    },
  ],
  exceptions: [{ rule: 'personal-data', unless: { en: ['our office number'] } }],
  allowList: { phones: ['+1 514 555 0100'], domains: ['roy-fils.example'] },
  sites: { whatsapp: true, gmail: false },
  extraSites: ['https://helpdesk.roy-fils.example/*', 'https://portal.roy-fils.example/*'],
  journal: { retentionDays: 400 },
  // A quote, a backslash and an ampersand to escape; accents outside ASCII.
  placeholders: { firm: 'Roy "&" Fils \\ Avocats', bookingLink: 'https://roy-fils.example/réserver' },
  locale: 'fr',
  locked: ['profile', 'rules'],
} as const;

const POLICY_TEXT = JSON.stringify(POLICY);

const run = runCli;

const renderFor = (target: string, extra: string[] = [], text = POLICY_TEXT) => run(['policy', 'render', 'p.json', '--for', target, ...extra], { 'p.json': text });

function valid(raw: unknown): Policy {
  const { policy, errors } = checkPolicy(raw);
  expect(errors).toEqual([]);
  if (policy === null) throw new Error('invalid test policy');
  return policy;
}

const managed = toManaged(valid(POLICY));

describe('policy render --for chrome-linux / firefox', () => {
  it('nests the managed values under 3rdparty.extensions.<id>, and they read back as the policy', async () => {
    const r = await renderFor('chrome-linux');
    expect(r.code).toBe(0);
    const file = JSON.parse(r.out) as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } };
    expect(Object.keys(file)).toEqual(['3rdparty']);
    const values = file['3rdparty'].extensions[CHROME_EXTENSION_ID];
    expect(values).toEqual(managed);
    expect(fromManaged(values).policy).toEqual(valid(POLICY));
    expect(r.err).toContain('/etc/opt/chrome/policies/managed/');
    expect(r.err.split('\n')).toHaveLength(1);
  });

  it('nests them under policies.3rdparty.Extensions.<gecko id> for Firefox', async () => {
    const r = await renderFor('firefox');
    expect(r.code).toBe(0);
    const file = JSON.parse(r.out) as { policies: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } } };
    expect(file.policies['3rdparty'].Extensions[GECKO_ID]).toEqual(managed);
    expect(r.err).toMatch(/policies\.json.*start/);
    const other = await renderFor('firefox', ['--id', 'prudence@firm.example']);
    expect(Object.keys((JSON.parse(other.out) as typeof file).policies['3rdparty'].Extensions)).toEqual(['prudence@firm.example']);
  });
});

interface Reg {
  deleted: string[];
  keys: Map<string, Map<string, string>>;
}

/** Reads the subset of the .reg format the renderer writes, checking each line has a known shape. */
function parseReg(text: string): Reg {
  const lines = text.split('\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  expect(lines[1]).toBe('');
  const reg: Reg = { deleted: [], keys: new Map() };
  let current: Map<string, string> | undefined;
  for (const line of lines.slice(2)) {
    if (line === '' || line.startsWith(';')) continue;
    const del = /^\[-(.+)\]$/.exec(line);
    const key = /^\[([^-].*)\]$/.exec(line);
    const value = /^"((?:[^"\\]|\\.)*)"=(dword:[0-9a-f]{8}|"(?:[^"\\]|\\.)*"|hex\(1\):(?:[0-9a-f]{2},)*00,00)$/.exec(line);
    if (del?.[1] !== undefined) reg.deleted.push(del[1]);
    else if (key?.[1] !== undefined) reg.keys.set(key[1], (current = new Map()));
    else if (value?.[1] !== undefined && value[2] !== undefined && current !== undefined) current.set(value[1].replace(/\\(.)/g, '$1'), value[2]);
    else throw new Error(`unexpected .reg line: ${line}`);
  }
  return reg;
}

/** The string a REG_SZ holds, from its quoted or hex(1) form. */
function regSz(data: string | undefined): string {
  if (data === undefined) throw new Error('no such value');
  if (data.startsWith('hex(1):')) {
    const bytes = data.slice('hex(1):'.length).split(',').map((b) => parseInt(b, 16));
    return Buffer.from(bytes.slice(0, -2)).toString('utf16le');
  }
  expect(data).toMatch(/^".*"$/);
  return data.slice(1, -1).replace(/\\(.)/g, '$1');
}

describe('policy render --for chrome-windows / edge-windows', () => {
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`;

  it('writes DWORDs, escaped strings, objects as sub-keys and lists as values named 1, 2, ...', async () => {
    const r = await renderFor('chrome-windows');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^[\x20-\x7e\n]*$/);
    const reg = parseReg(r.out);
    expect(reg.deleted).toEqual([root]);
    expect([...reg.keys.keys()]).toEqual([root, `${root}\\sites`, `${root}\\extraSites`, `${root}\\journal`, `${root}\\placeholders`, `${root}\\locked`]);
    const top = reg.keys.get(root);
    expect(top?.get('version')).toBe('dword:00000001');
    expect(top?.get('enabled')).toBe('dword:00000001');
    expect(top?.get('profile')).toBe('"lawyer"');
    expect(reg.keys.get(`${root}\\sites`)).toEqual(new Map([['whatsapp', 'dword:00000001'], ['gmail', 'dword:00000000']]));
    expect(reg.keys.get(`${root}\\journal`)?.get('retentionDays')).toBe('dword:00000190');
    expect(reg.keys.get(`${root}\\extraSites`)).toEqual(new Map([['1', '"https://helpdesk.roy-fils.example/*"'], ['2', '"https://portal.roy-fils.example/*"']]));
    expect(reg.keys.get(`${root}\\locked`)).toEqual(new Map([['1', '"profile"'], ['2', '"rules"']]));
    const placeholders = reg.keys.get(`${root}\\placeholders`);
    expect(r.out).toContain('"firm"="Roy \\"&\\" Fils \\\\ Avocats"');
    expect(regSz(placeholders?.get('firm'))).toBe(POLICY.placeholders.firm);
    // Outside ASCII: the REG_SZ as UTF-16LE bytes.
    expect(placeholders?.get('bookingLink')).toMatch(/^hex\(1\):/);
    expect(regSz(placeholders?.get('bookingLink'))).toBe(POLICY.placeholders.bookingLink);
  });

  it('keeps policyJson one REG_SZ whose JSON is the same once parsed', async () => {
    const reg = parseReg((await renderFor('chrome-windows')).out);
    const data = reg.keys.get(root)?.get(MANAGED_JSON_KEY);
    expect(data).toMatch(/^"/);
    const text = regSz(data);
    expect(text).toContain('r\\u00e9sultat');
    expect(JSON.parse(text)).toEqual(JSON.parse(String(managed[MANAGED_JSON_KEY])));
  });

  it('names list items 1, 2, ... as values, or as sub-keys when they are objects, and refuses what has no registry form', () => {
    const reg = parseReg(registryFile({ list: [{ a: 'x' }, { a: 'y' }], n: 0xffffffff }, 'HKEY_LOCAL_MACHINE\\K'));
    expect([...reg.keys.keys()]).toEqual(['HKEY_LOCAL_MACHINE\\K', 'HKEY_LOCAL_MACHINE\\K\\list', 'HKEY_LOCAL_MACHINE\\K\\list\\1', 'HKEY_LOCAL_MACHINE\\K\\list\\2']);
    expect(reg.keys.get('HKEY_LOCAL_MACHINE\\K\\list\\2')?.get('a')).toBe('"y"');
    expect(reg.keys.get('HKEY_LOCAL_MACHINE\\K')?.get('n')).toBe('dword:ffffffff');
    expect(() => registryFile({ n: -1 }, 'K')).toThrow(/n = -1 has no REG_DWORD form/);
    expect(() => registryFile({ o: { x: null } }, 'K')).toThrow(/o\.x has no registry form/);
  });

  it('uses the Edge policy key for edge-windows, with the store id given', async () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const r = await renderFor('edge-windows', ['--id', id]);
    expect(r.code).toBe(0);
    const reg = parseReg(r.out);
    expect(reg.deleted).toEqual([`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy`]);
    expect(r.err).toContain('edge://policy');
  });
});

/** Checks that every element opens and closes in order; returns the element names in document order. */
function balancedTags(xml: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_]+)\b[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = m;
    if (closing === '/') expect(stack.pop(), `closing </${name}>`).toBe(name);
    else {
      names.push(name);
      if (selfClosing !== '/') stack.push(name);
    }
  }
  expect(stack).toEqual([]);
  return names;
}

describe('policy render --for chrome-macos', () => {
  it('is a balanced plist that forces the values in the extension preference domain', async () => {
    const r = await renderFor('chrome-macos');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist')).toBe(true);
    const names = balancedTags(r.out);
    expect(names[0]).toBe('plist');
    expect(names.every((n) => ['plist', 'dict', 'array', 'key', 'string', 'integer', 'real', 'true', 'false'].includes(n))).toBe(true);
    const flat = r.out.replace(/\n\t*/g, '');
    expect(flat).toContain(`<key>com.google.Chrome.extensions.${CHROME_EXTENSION_ID}</key><dict><key>Forced</key><array><dict><key>mcx_preference_settings</key><dict>`);
    expect(flat).toContain('<key>PayloadType</key><string>com.apple.ManagedClient.preferences</string>');
    expect(flat).toContain('<key>PayloadType</key><string>Configuration</string>');
    expect(flat).toContain('<key>enabled</key><true/>');
    expect(flat).toContain('<key>gmail</key><false/>');
    expect(flat).toContain('<key>retentionDays</key><integer>400</integer>');
    expect(flat).toContain('<key>locked</key><array><string>profile</string><string>rules</string></array>');
    expect(flat).toContain('<key>firm</key><string>Roy "&amp;" Fils \\ Avocats</string>');
    expect(flat).toContain('<key>PayloadOrganization</key><string>Roy "&amp;" Fils \\ Avocats</string>');
    expect(flat).toContain('<key>bookingLink</key><string>https://roy-fils.example/réserver</string>');
    expect(r.err).toContain('MDM');
  });

  it('is reproducible: UUIDs come from the id and the policy, identifiers from the id', async () => {
    const uuids = (xml: string) => [...xml.matchAll(/<key>PayloadUUID<\/key>\s*<string>([^<]*)<\/string>/g)].map((m) => m[1]);
    const identifiers = (xml: string) => [...xml.matchAll(/<key>PayloadIdentifier<\/key>\s*<string>([^<]*)<\/string>/g)].map((m) => m[1]);
    const a = (await renderFor('chrome-macos')).out;
    expect((await renderFor('chrome-macos')).out).toBe(a);
    const ids = uuids(a);
    expect(ids).toHaveLength(2);
    for (const u of ids) expect(u).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(new Set(ids).size).toBe(2);
    const changed = (await renderFor('chrome-macos', [], JSON.stringify({ ...POLICY, enabled: false }))).out;
    expect(uuids(changed).some((u) => ids.includes(u))).toBe(false);
    expect(identifiers(changed)).toEqual(identifiers(a));
    const otherId = (await renderFor('chrome-macos', ['--id', 'abcdefghijklmnopabcdefghijklmnop'])).out;
    expect(uuids(otherId).some((u) => ids.includes(u))).toBe(false);
  });

  it('derives name-based UUIDs and SHA-1 digests as the standards define them', () => {
    // RFC 4122's DNS namespace; the same pair as Python's uuid.uuid5 documentation.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313E1-3B8A-5372-9B90-0C9AEE199E5D');
    for (const s of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'é'.repeat(300)]) {
      expect(Buffer.from(sha1(new TextEncoder().encode(s))).toString('hex')).toBe(createHash('sha1').update(s).digest('hex'));
    }
  });
});

describe('policy render: ids, targets and invalid policies', () => {
  it('refuses an id that is not a Chrome or Edge extension id, with a hint', async () => {
    const r = await renderFor('chrome-linux', ['--id', 'not-an-id']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('prudence: --id "not-an-id" is not a Chrome or Edge extension id: it is 32 letters from a to p, as chrome://extensions shows it');
    const upper = await renderFor('edge-windows', ['--id', CHROME_EXTENSION_ID.toUpperCase()]);
    expect(upper.code).toBe(2);
    expect(upper.err).toContain('write it in lower case');
    expect((await renderFor('firefox', ['--id', 'no at sign'])).code).toBe(2);
    expect(() => renderPolicy(valid(POLICY), 'chrome-macos', 'zzz')).toThrow(/not a Chrome or Edge extension id/);
  });

  it('uses an explicit id in place of the built-in one', async () => {
    const id = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    const r = await renderFor('chrome-linux', ['--id', id]);
    expect(Object.keys((JSON.parse(r.out) as { '3rdparty': { extensions: object } })['3rdparty'].extensions)).toEqual([id]);
  });

  it('asks for a known --for target', async () => {
    const missing = await run(['policy', 'render', 'p.json'], { 'p.json': POLICY_TEXT });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--for chrome-linux|chrome-windows|chrome-macos|edge-windows|firefox');
    const unknown = await renderFor('safari');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('(not "safari")');
  });

  it('prints nothing on stdout for an invalid policy, and every error with its path on stderr', async () => {
    const bad = JSON.stringify({ ...POLICY, profile: 'judge', journal: { retentionDays: 0 } });
    for (const target of ['chrome-linux', 'chrome-windows', 'chrome-macos', 'edge-windows', 'firefox']) {
      const r = await renderFor(target, [], bad);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toContain('p.json: error at profile:');
      expect(r.err).toContain('p.json: error at journal.retentionDays:');
    }
    const failingExample = JSON.stringify({ ...POLICY, phraseRules: [{ ...POLICY.phraseRules[0], examples: { flag: ['Nothing to see here.'] } }] });
    const r = await renderFor('chrome-linux', [], failingExample);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('error at phraseRules[0].examples.flag[0]');
    const control = await renderFor('chrome-macos', [], JSON.stringify({ version: 1, placeholders: { firm: 'Roy\u0001Fils' } }));
    expect(control.code).toBe(1);
    expect(control.out).toBe('');
    expect(control.err).toBe('p.json: cannot render for chrome-macos: plist: placeholders.firm holds a control character a property list cannot carry');
    const notJson = await renderFor('firefox', [], '{ version: 1 }');
    expect(notJson.code).toBe(1);
    expect(notJson.out).toBe('');
  });
});

const line = (o: object) => JSON.stringify(o);

describe('policy try', () => {
  const drafts = [
    line({ id: 'promise', text: 'Relax, I guarantee we will win.', recipient: 'client', channel: 'private-encrypted' }),
    line({ id: 'angry', text: 'For the last time: stop calling the other side without asking me first.', recipient: 'client', channel: 'private-encrypted' }),
    line({ id: 'office', text: 'Call our office at +1 514 555 0100.', recipient: 'customer', channel: 'public' }),
    line({ id: 'advice', text: 'You can withhold rent until the landlord fixes the heating.', recipient: 'client', channel: 'public' }),
    line({ id: 'calm', text: 'See you Thursday at 10.', recipient: 'client', channel: 'private-encrypted' }),
  ].join('\n');

  it('lists findings added by a phrase rule and removed by a switched-off rule or the allow-list', async () => {
    const r = await run(['policy', 'try', 'p.json', '--jsonl', 'd.jsonl'], { 'p.json': POLICY_TEXT, 'd.jsonl': drafts });
    expect(r.code).toBe(0);
    const out = r.out.split('\n');
    expect(out).toContain('line 1 (promise; lawyer, client, private-encrypted): Relax, I guarantee we will win.');
    expect(out).toContain('  + warn  policy:no-guarantee "guarantee"');
    expect(out).toContain('  - warn  hostile-tone "For the last time"');
    expect(out).toContain('  - block personal-data "+1 514 555 0100"');
    expect(r.out).not.toContain('(calm;');
    expect(out).toContain('d.jsonl: 5 drafts, 3 changed by the policy');
    const row = (id: string) => out.find((l) => l.trimStart().startsWith(`${id} `))?.trim().split(/\s+/);
    expect(row('policy:no-guarantee')).toEqual(['policy:no-guarantee', '1', '0', '0']);
    expect(row('hostile-tone')).toEqual(['hostile-tone', '0', '1', '0']);
    expect(row('personal-data')).toEqual(['personal-data', '0', '1', '0']);
    expect(row('legal-advice')).toBeUndefined();
    expect(r.err).toContain('every draft is read as lawyer');
  });

  it('shows a severity the policy changes', async () => {
    const policy = JSON.stringify({ version: 1, rules: { 'legal-advice': { severity: { public: 'info' } } } });
    const r = await run(['policy', 'try', 'p.json', '--jsonl', 'd.jsonl'], { 'p.json': policy, 'd.jsonl': drafts });
    expect(r.code).toBe(0);
    expect(r.out).toContain('  ~ info  legal-advice "You can withhold rent" (was block)');
    expect(r.out).toMatch(/legal-advice\s+0\s+0\s+1/);
  });

  it('prints one JSON object per draft with --json', async () => {
    const r = await run(['policy', 'try', 'p.json', '--jsonl', 'd.jsonl', '--json'], { 'p.json': POLICY_TEXT, 'd.jsonl': drafts });
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').map((l) => JSON.parse(l) as { id: string; line: number; added: Array<{ ruleId: string; words: string; severity: string; range: number[] }>; removed: Array<{ ruleId: string }>; changed: unknown[] });
    expect(rows.map((x) => x.id)).toEqual(['promise', 'angry', 'office', 'advice', 'calm']);
    expect(rows[0]?.added).toEqual([{ ruleId: 'policy:no-guarantee', severity: 'warn', range: [9, 18], words: 'guarantee' }]);
    expect(rows[1]?.removed.map((f) => f.ruleId)).toEqual(['hostile-tone']);
    expect(rows[4]).toMatchObject({ line: 5, added: [], removed: [], changed: [] });
  });

  it('reports bad lines with their number, skips them and exits 2', async () => {
    const input = [line({ id: 'a', text: 'I guarantee it.' }), 'not json', line({ id: 'b', text: 'hello', channel: 'fax' }), '', line({ id: 'c', text: 'Fine.' })].join('\n');
    const r = await run(['policy', 'try', 'p.json', '--jsonl', 'd.jsonl'], { 'p.json': POLICY_TEXT, 'd.jsonl': input });
    expect(r.code).toBe(2);
    expect(r.err).toContain('d.jsonl:2: not valid JSON');
    expect(r.err).toContain('d.jsonl:3: unknown channel "fax"');
    expect(r.out).toContain('d.jsonl: 2 drafts, 1 changed by the policy (2 bad lines skipped)');
  });

  it('exits 1 on an invalid policy before reading drafts, and 2 without drafts', async () => {
    const r = await run(['policy', 'try', 'p.json', '--jsonl', 'd.jsonl'], { 'p.json': '{"version": 2}', 'd.jsonl': drafts });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('p.json: error at version:');
    expect((await run(['policy', 'try', 'p.json'], { 'p.json': POLICY_TEXT })).code).toBe(2);
    const unreadable = await run(['policy', 'try', 'p.json', '--jsonl', 'nope.jsonl'], { 'p.json': POLICY_TEXT });
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain('prudence: nope.jsonl: cannot read: ENOENT');
  });
});

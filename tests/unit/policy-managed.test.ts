/**
 * The policy through the browsers' managed storage: the shipped schema is the
 * one generated from zod (and Chrome's dialect), values round-trip, and what
 * comes back from storage.managed gets errors by path instead of vanishing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, CHROME_MANIFEST_KEY } from '../../src/policy/ids';
import { fromManaged, JSON_KEYS, managedSchema, MANAGED_JSON_KEY, NATIVE_KEYS, REGENERATE, toManaged } from '../../src/policy/managed';
import { policySchema, type Policy } from '../../src/policy/schema';

const root = join(__dirname, '..', '..');

const FULL: Policy = {
  version: 1,
  enabled: true,
  profile: 'lawyer',
  locale: 'fr',
  onGuardError: 'fail-closed',
  sites: { whatsapp: true, gmail: false },
  extraSites: ['https://helpdesk.example.com/*'],
  placeholders: { firm: 'Tremblay Avocats', phone: '514 555 0100' },
  journal: { retentionDays: 90 },
  locked: ['profile', 'rules'],
  rules: { 'legal-advice': { severity: { public: 'block', default: 'warn' }, reasonToSend: true } },
  phraseRules: [{ id: 'no-guarantee', message: { en: 'Never promise an outcome.' }, severity: 'warn', match: { en: { anyOf: ['guarantee'] } } }],
  exceptions: [{ rule: 'personal-data', unless: { en: ['our office line'] } }],
  allowList: { phones: ['514 555 0100'] },
};

describe('managed-storage schema', () => {
  it('the committed public/managed_schema.json is the generated one', () => {
    const committed = JSON.parse(readFileSync(join(root, 'public', 'managed_schema.json'), 'utf8'));
    expect(committed, `public/managed_schema.json is out of date: run \`${REGENERATE}\` and commit the result`).toEqual(managedSchema());
  });

  it('is in the dialect Chrome accepts: an object at the top, one type per node, no unsupported keywords', () => {
    const schema = managedSchema() as { type: string; properties: Record<string, unknown>; additionalProperties?: unknown };
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    const allowed = new Set(['type', 'properties', 'items', 'additionalProperties', 'description', 'title']);
    const walk = (node: Record<string, unknown>, at: string) => {
      expect(typeof node.type, `${at} needs a type`).toBe('string');
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean']).toContain(node.type);
      for (const k of Object.keys(node)) expect(allowed.has(k), `${at}: "${k}" is not part of Chrome's schema dialect`).toBe(true);
      for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(v, `${at}.${k}`);
      if (node.items !== undefined) walk(node.items as Record<string, unknown>, `${at}[]`);
      if (typeof node.additionalProperties === 'object') walk(node.additionalProperties as Record<string, unknown>, `${at}.*`);
    };
    for (const [k, v] of Object.entries(schema.properties)) walk(v as Record<string, unknown>, k);
  });

  it('declares every top-level policy setting either natively or inside policyJson', () => {
    const declared = new Set([...NATIVE_KEYS, ...JSON_KEYS, '$schema']);
    expect(Object.keys(policySchema.shape).filter((k) => !declared.has(k as never))).toEqual([]);
    expect(Object.keys((managedSchema() as { properties: object }).properties).sort()).toEqual([...NATIVE_KEYS, MANAGED_JSON_KEY].sort());
  });
});

describe('toManaged / fromManaged', () => {
  it('round-trips a full policy, complex parts as one JSON text', () => {
    const managed = toManaged(FULL);
    expect(typeof managed[MANAGED_JSON_KEY]).toBe('string');
    expect(managed.rules).toBeUndefined();
    expect(managed.profile).toBe('lawyer');
    const back = fromManaged(managed);
    expect(back.errors).toEqual([]);
    expect(back.policy).toEqual(FULL);
  });

  it('reads an empty area as no policy', () => {
    expect(fromManaged({})).toMatchObject({ policy: null, empty: true, errors: [] });
  });

  it('reports invalid JSON in policyJson with its line and column', () => {
    const r = fromManaged({ version: 1, policyJson: '{\n  "rules": {,}\n}' });
    expect(r.policy).toBeNull();
    expect(r.errors[0]?.path).toBe(MANAGED_JSON_KEY);
    expect(r.errors[0]?.message).toMatch(/not valid JSON/);
    expect(r.errors[0]?.message).toMatch(/line 2/);
  });

  it('refuses a setting given twice, natively and inside policyJson', () => {
    const r = fromManaged({ version: 1, profile: 'lawyer', policyJson: JSON.stringify({ profile: 'social-care' }) });
    expect(r.errors).toEqual([{ path: 'policyJson.profile', message: expect.stringMatching(/both/) }]);
  });

  it('gives zod errors by path for values Chrome would have let through loosely typed', () => {
    const r = fromManaged({ version: 1, profile: 'intern', policyJson: JSON.stringify({ rules: { 'legal-advice': { severity: 'loud' } } }) });
    expect(r.errors.map((e) => e.path).sort()).toEqual(['profile', 'rules.legal-advice.severity']);
  });

  it('refuses policyJson that is not a string or not an object', () => {
    expect(fromManaged({ version: 1, policyJson: 12 }).errors[0]).toMatchObject({ path: 'policyJson' });
    expect(fromManaged({ version: 1, policyJson: '[1,2]' }).errors[0]).toMatchObject({ path: 'policyJson' });
    expect(fromManaged('nope').errors[0]).toMatchObject({ path: '(root)' });
  });
});

describe('extension ids', () => {
  it('the Chrome id is the one the manifest key gives', () => {
    const der = Buffer.from(CHROME_MANIFEST_KEY, 'base64');
    const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(id).toBe(CHROME_EXTENSION_ID);
  });
});

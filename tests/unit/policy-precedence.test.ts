/** Precedence (src/policy/precedence.ts): organisation > user (unless locked) > default. */
import { describe, expect, it } from 'vitest';
import { effectiveSettings, pick } from '../../src/policy/precedence';
import { checkPolicy, type Policy } from '../../src/policy/schema';

function policy(p: object): Policy {
  const r = checkPolicy({ version: 1, ...p });
  if (r.policy === null) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

describe('pick', () => {
  it('takes the organisation, then the user, then the default', () => {
    expect(pick('a', 'u', 'd', false)).toEqual({ value: 'a', source: 'organisation', locked: false });
    expect(pick(undefined, 'u', 'd', false)).toEqual({ value: 'u', source: 'user', locked: false });
    expect(pick(undefined, undefined, 'd', false)).toEqual({ value: 'd', source: 'default', locked: false });
  });

  it('ignores the user on a locked setting', () => {
    expect(pick(undefined, 'u', 'd', true)).toEqual({ value: 'd', source: 'default', locked: true });
  });
});

describe('effectiveSettings', () => {
  it('gives the defaults with no policy and nothing stored', () => {
    const e = effectiveSettings(null, undefined);
    expect(e.settings.profile).toBe('lawyer');
    expect(e.sources.profile.source).toBe('default');
  });

  it("uses the user's choices where the organisation says nothing", () => {
    const e = effectiveSettings(policy({}), { profile: 'social-care', sites: { gmail: false } });
    expect(e.settings.profile).toBe('social-care');
    expect(e.sources.profile.source).toBe('user');
    expect(e.settings.sites.gmail).toBe(false);
  });

  it("puts the organisation's values first, and locks what it locks", () => {
    const e = effectiveSettings(policy({ profile: 'lawyer', placeholders: { phone: '+1 514 555 0100' }, locked: ['sites'] }), {
      profile: 'social-care',
      placeholders: { phone: '555', firm: 'Mine' },
      sites: { gmail: false },
    });
    expect(e.settings.profile).toBe('lawyer');
    expect(e.sources.profile).toMatchObject({ source: 'organisation', locked: false });
    expect(e.settings.placeholders).toEqual({ phone: '+1 514 555 0100', firm: 'Mine' });
    // Sites are locked: the user's "Gmail off" no longer counts.
    expect(e.settings.sites.gmail).toBe(true);
    expect(e.sources.sites.gmail).toMatchObject({ source: 'default', locked: true });
  });

  it('merges rules one by one; a policy severity by channel is left for the context to settle', () => {
    const e = effectiveSettings(policy({ rules: { 'hostile-tone': { enabled: false }, 'legal-advice': { severity: { public: 'block' } }, 'case-strategy': { severity: 'info' } } }), {
      rules: { 'hostile-tone': { enabled: true }, 'personal-data': { severity: 'block' }, 'legal-advice': { severity: 'info' } },
    });
    expect(e.settings.rules['hostile-tone']).toEqual({ enabled: false });
    expect(e.settings.rules['personal-data']).toEqual({ severity: 'block' });
    expect(e.settings.rules['case-strategy']).toEqual({ severity: 'info' });
    // The organisation set this rule's severity (by channel): the user's plain value does not override it.
    expect(e.settings.rules['legal-advice']).toEqual({});
    expect(e.sources.rules['hostile-tone']?.source).toBe('organisation');
  });

  it('reads an invalid stored value as not set', () => {
    const e = effectiveSettings(null, { profile: 'judge', enabled: 'yes' });
    expect(e.sources.profile.source).toBe('default');
    expect(e.settings.profile).toBe('lawyer');
    expect(e.sources.enabled.source).toBe('default');
    expect(e.settings.enabled).toBe(true);
  });
});

/**
 * The background's policy reader against a fake browser: the policy in force
 * is published at once, a bad policy never replaces a good one (and says why),
 * Chrome's empty answer at start-up is not taken for a removal, Firefox's
 * "no manifest" error means no policy, and an imported file applies only
 * without a managed policy.
 */
import { describe, expect, it } from 'vitest';
import { toManaged } from '../../src/policy/managed';
import { MANAGED_WAIT_MS, PolicyReader, STARTUP_RETRIES_MS, type ReaderDeps } from '../../src/policy/reader';
import type { Policy } from '../../src/policy/schema';
import { IMPORTED_POLICY_KEY, NO_POLICY, POLICY_STATE_KEY, type PolicyState } from '../../src/policy/state';

const GOOD: Policy = { version: 1, profile: 'social-care', rules: { 'hostile-tone': { enabled: false } } };
const OTHER: Policy = { version: 1, profile: 'lawyer' };

function fakeBrowser(managed: () => unknown) {
  const local: Record<string, unknown> = {};
  const timers: Array<{ fn: () => void; ms: number }> = [];
  let clock = 1_000;
  let writes = 0;
  const deps: ReaderDeps = {
    readManaged: async () => {
      const v = managed();
      if (v instanceof Error) throw v;
      return v instanceof Promise ? await v : v;
    },
    getLocal: async (keys) => Object.fromEntries(keys.filter((k) => k in local).map((k) => [k, structuredClone(local[k])])),
    setLocal: async (items) => {
      writes++;
      Object.assign(local, structuredClone(items));
    },
    now: () => clock,
    later: (fn, ms) => void timers.push({ fn, ms }),
  };
  return {
    deps,
    local,
    timers,
    /** The re-reads the reader scheduled (not the time limits it puts on each read). */
    retries: () => timers.filter((t) => t.ms !== MANAGED_WAIT_MS),
    tick: (ms: number) => (clock += ms),
    writes: () => writes,
    state: () => local[POLICY_STATE_KEY] as PolicyState | undefined,
  };
}

describe('PolicyReader', () => {
  it('publishes a valid managed policy with its source, time and warnings', async () => {
    const b = fakeBrowser(() => toManaged({ ...GOOD, rules: { ...GOOD.rules, 'made-up': { enabled: false } } }));
    await new PolicyReader(b.deps).refresh('startup');
    expect(b.state()).toMatchObject({ source: 'managed', appliedAt: 1_000, error: null, policy: { profile: 'social-care' } });
    expect(b.state()?.warnings.map((w) => w.path)).toEqual(['rules.made-up']);
  });

  it('keeps the last good policy when a new one is invalid, and records why', async () => {
    let managed: unknown = toManaged(GOOD);
    const b = fakeBrowser(() => managed);
    const reader = new PolicyReader(b.deps);
    await reader.refresh('startup');
    managed = { version: 1, profile: 'intern' };
    b.tick(5_000);
    await reader.refresh('managed-changed');
    expect(b.state()?.policy).toEqual(GOOD);
    expect(b.state()?.appliedAt).toBe(1_000);
    expect(b.state()?.error).toEqual({ at: 6_000, source: 'managed', problems: [{ path: 'profile', message: expect.any(String) }] });
    // Fixed: the new policy applies and the error goes.
    managed = toManaged(OTHER);
    b.tick(1_000);
    await reader.refresh('managed-changed');
    expect(b.state()).toMatchObject({ policy: OTHER, error: null, appliedAt: 7_000 });
  });

  it('keeps the last good policy when the managed area cannot be read', async () => {
    let fail = false;
    const b = fakeBrowser(() => (fail ? new Error('IO error') : toManaged(GOOD)));
    const reader = new PolicyReader(b.deps);
    await reader.refresh('startup');
    fail = true;
    await reader.refresh('request');
    expect(b.state()?.policy).toEqual(GOOD);
    expect(b.state()?.error?.problems[0]?.message).toMatch(/could not read the managed policy: IO error/);
  });

  it('takes Firefox\'s "manifest not found" for no policy', async () => {
    const b = fakeBrowser(() => new Error('Managed storage manifest not found'));
    const state = await new PolicyReader(b.deps).refresh('startup');
    expect(state).toEqual(NO_POLICY);
    // Nothing was ever in force: nothing to publish (no stored state reads as no policy).
    expect(b.state()).toBeUndefined();
  });

  it('does not take an empty answer at start-up for a removal: it asks again, then lets go', async () => {
    let managed: unknown = toManaged(GOOD);
    const b = fakeBrowser(() => managed);
    await new PolicyReader(b.deps).refresh('startup');
    // A new service worker starts with the published state but Chrome answers {} for now.
    managed = {};
    const reader = new PolicyReader(b.deps);
    await reader.refresh('startup');
    expect(b.state()?.policy).toEqual(GOOD);
    expect(b.retries().map((t) => t.ms)).toEqual([STARTUP_RETRIES_MS[0]]);
    // Still empty at each retry: after the last one the policy is taken as removed.
    for (let i = 0; i < STARTUP_RETRIES_MS.length; i++) {
      const next = b.retries()[0];
      b.timers.splice(b.timers.indexOf(next as never), 1);
      next?.fn();
      await reader.refresh('request').catch(() => undefined);
    }
    expect(b.state()).toMatchObject({ policy: null, source: null });
  });

  it('a policy that comes back during the retries stays in force without a new time', async () => {
    let managed: unknown = toManaged(GOOD);
    const b = fakeBrowser(() => managed);
    await new PolicyReader(b.deps).refresh('startup');
    managed = {};
    const reader = new PolicyReader(b.deps);
    await reader.refresh('startup');
    managed = toManaged(GOOD);
    b.tick(2_000);
    b.retries()[0]?.fn();
    await reader.refresh('request');
    expect(b.state()).toMatchObject({ policy: GOOD, source: 'managed', appliedAt: 1_000 });
  });

  it('applies an imported file without a managed policy, and not over one', async () => {
    let managed: unknown = {};
    const b = fakeBrowser(() => managed);
    b.local[IMPORTED_POLICY_KEY] = JSON.stringify(OTHER);
    const reader = new PolicyReader(b.deps);
    await reader.refresh('startup');
    expect(b.state()).toMatchObject({ policy: OTHER, source: 'imported' });
    managed = toManaged(GOOD);
    await reader.refresh('managed-changed');
    expect(b.state()).toMatchObject({ policy: GOOD, source: 'managed' });
  });

  it('an invalid imported file keeps what was in force and says why', async () => {
    const b = fakeBrowser(() => ({}));
    b.local[IMPORTED_POLICY_KEY] = JSON.stringify(OTHER);
    const reader = new PolicyReader(b.deps);
    await reader.refresh('startup');
    b.local[IMPORTED_POLICY_KEY] = '{"version": 1, "profile": ';
    await reader.refresh('imported-changed');
    expect(b.state()?.policy).toEqual(OTHER);
    expect(b.state()?.error).toMatchObject({ source: 'imported', problems: [{ path: '(root)', message: expect.stringMatching(/not valid JSON/) }] });
  });

  it('does not rewrite storage when nothing changed', async () => {
    const b = fakeBrowser(() => toManaged(GOOD));
    const reader = new PolicyReader(b.deps);
    await reader.refresh('startup');
    const n = b.writes();
    b.tick(60_000);
    await reader.refresh('request');
    await reader.refresh('managed-changed');
    expect(b.writes()).toBe(n);
  });

  it('serialises refreshes: the last change read wins', async () => {
    let managed: unknown = toManaged(GOOD);
    const b = fakeBrowser(() => managed);
    const reader = new PolicyReader(b.deps);
    const first = reader.refresh('startup');
    managed = toManaged(OTHER);
    const second = reader.refresh('managed-changed');
    await Promise.all([first, second]);
    expect(b.state()?.policy).toEqual(OTHER);
  });

  it('does not wait for a managed area that takes too long: an imported file applies now, the managed one when it answers', async () => {
    let answer: (v: unknown) => void = () => undefined;
    let managed: unknown = new Promise((r) => (answer = r));
    const b = fakeBrowser(() => managed);
    b.local[IMPORTED_POLICY_KEY] = JSON.stringify(OTHER);
    const reader = new PolicyReader(b.deps);
    const first = reader.refresh('startup');
    // The browser has not answered: the time limit passes (once the reader has got as far as asking).
    for (let i = 0; i < 20 && !b.timers.some((t) => t.ms === MANAGED_WAIT_MS); i++) await Promise.resolve();
    b.timers.find((t) => t.ms === MANAGED_WAIT_MS)?.fn();
    await first;
    expect(b.state()).toMatchObject({ policy: OTHER, source: 'imported' });
    // It answers at last; the scheduled re-read picks the managed policy up.
    answer(toManaged(GOOD));
    managed = toManaged(GOOD);
    b.retries()[0]?.fn();
    await reader.refresh('request');
    expect(b.state()).toMatchObject({ policy: GOOD, source: 'managed' });
  });
});

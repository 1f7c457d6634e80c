import { describe, expect, it } from 'vitest';
import { analyze, analyzeDraft } from '../../src/engine';
import { fillPlaceholders } from '../../src/engine/templates';
import { CHANNELS, LANGS, RECIPIENTS, type Context } from '../../src/engine/types';
import {
  NOTICE_KINDS,
  NOTICE_MARKS_MAX,
  consentRequest,
  markOf,
  noticesFor,
  noticesToShow,
  parseMarks,
  withMark,
  type NoticeKind,
  type NoticeMark,
  type NoticeState,
} from '../../src/guard/notices';
import { t } from '../../src/ui/strings';

const ctx = (over: Partial<Context> = {}): Context => ({ profile: 'lawyer', recipient: 'client', channel: 'private-encrypted', ...over });
const DATA = [{ ruleId: 'personal-data' as const }];

describe('noticesFor', () => {
  it('says nothing while the draft is empty', () => {
    expect(noticesFor(ctx({ recipient: 'client-no-consent', channel: 'private-unencrypted' }), '  \n', [])).toEqual([]);
    expect(noticesFor(ctx({ profile: 'social-care', channel: 'public' }), '', DATA)).toEqual([]);
  });

  it('consent: a lawyer writing to a client without consent on file, and no one else', () => {
    expect(noticesFor(ctx({ recipient: 'client-no-consent' }), 'Hello', [])).toEqual(['consent']);
    for (const recipient of RECIPIENTS.filter((r) => r !== 'client-no-consent')) expect(noticesFor(ctx({ recipient }), 'Hello', []), recipient).toEqual([]);
    expect(noticesFor(ctx({ profile: 'social-care', recipient: 'client-no-consent' }), 'Hello', [])).toEqual([]);
  });

  it('unencrypted: a lawyer on a private channel without end-to-end encryption only', () => {
    expect(noticesFor(ctx({ channel: 'private-unencrypted' }), 'Hello', [])).toEqual(['unencrypted']);
    expect(noticesFor(ctx({ channel: 'private-encrypted' }), 'Hello', [])).toEqual([]);
    expect(noticesFor(ctx({ channel: 'public' }), 'Hello', [])).toEqual([]);
    expect(noticesFor(ctx({ profile: 'social-care', channel: 'private-unencrypted' }), 'Hello', [])).toEqual([]);
  });

  it('public-data: social care, a public channel, and personal data in the draft', () => {
    const care = ctx({ profile: 'social-care', recipient: 'customer', channel: 'public' });
    expect(noticesFor(care, 'Call me at 514-555-0199', DATA)).toEqual(['public-data']);
    expect(noticesFor(care, 'Thanks for reaching out', [{ ruleId: 'hostile-tone' as const }])).toEqual([]);
    expect(noticesFor({ ...care, channel: 'private-unencrypted' }, 'Call me at 514-555-0199', DATA)).toEqual([]);
    expect(noticesFor({ ...care, profile: 'lawyer' }, 'Call me at 514-555-0199', DATA)).toEqual([]);
  });

  it('several at once, in a fixed order', () => {
    expect(noticesFor(ctx({ recipient: 'client-no-consent', channel: 'private-unencrypted' }), 'Hello', DATA)).toEqual(['consent', 'unencrypted']);
  });
});

describe('noticesToShow', () => {
  const stored =
    (states: Partial<Record<NoticeKind, NoticeState>>) =>
    (k: NoticeKind): NoticeState | undefined =>
      states[k];

  it('shows a notice never shown, keeps one shown during its visit, and never shows a dismissed one', () => {
    const all = [...NOTICE_KINDS];
    expect(noticesToShow(all, stored({}), new Set())).toEqual(all);
    expect(noticesToShow(all, stored({ consent: 'shown' }), new Set())).toEqual(['unencrypted', 'public-data']);
    expect(noticesToShow(all, stored({ consent: 'shown' }), new Set(['consent']))).toEqual(all);
    expect(noticesToShow(all, stored({ consent: 'dismissed' }), new Set(['consent']))).toEqual(['unencrypted', 'public-data']);
  });

  it('shows only what applies', () => {
    expect(noticesToShow(['unencrypted'], stored({}), new Set(['consent']))).toEqual(['unencrypted']);
  });
});

describe('the marks', () => {
  const mark = (i: number, over: Partial<NoticeMark> = {}): NoticeMark => ({ site: 'whatsapp', conversation: `c${i}`, kind: 'consent', state: 'shown', at: 1000 + i, ...over });

  it('reads what is valid and leaves the rest out', () => {
    expect(parseMarks(undefined)).toEqual([]);
    expect(parseMarks({ a: 1 })).toEqual([]);
    const good = mark(1);
    expect(parseMarks([good, { ...good, kind: 'other' }, { ...good, conversation: '' }, null, 'x'])).toEqual([good]);
  });

  it('one mark per notice and conversation; a dismissal is never turned back into "shown"', () => {
    let marks = withMark([], mark(1));
    marks = withMark(marks, mark(1, { kind: 'unencrypted' }));
    marks = withMark(marks, mark(1, { state: 'dismissed', at: 2000 }));
    expect(marks).toHaveLength(2);
    expect(markOf(marks, { site: 'whatsapp', conversation: 'c1', kind: 'consent' })).toBe('dismissed');
    marks = withMark(marks, mark(1, { at: 3000 }));
    expect(markOf(marks, { site: 'whatsapp', conversation: 'c1', kind: 'consent' })).toBe('dismissed');
    expect(markOf(marks, { site: 'x-chat', conversation: 'c1', kind: 'consent' })).toBeUndefined();
  });

  it('keeps at most the newest marks, dropping the oldest', () => {
    let marks: NoticeMark[] = [];
    for (let i = 0; i < NOTICE_MARKS_MAX + 5; i++) marks = withMark(marks, mark(i));
    expect(marks).toHaveLength(NOTICE_MARKS_MAX);
    expect(markOf(marks, { site: 'whatsapp', conversation: 'c0', kind: 'consent' })).toBeUndefined();
    expect(markOf(marks, { site: 'whatsapp', conversation: `c${NOTICE_MARKS_MAX + 4}`, kind: 'consent' })).toBe('shown');
    expect(withMark(marks, mark(9999), 3)).toHaveLength(3);
  });
});

describe('the consent request', () => {
  const contexts: Context[] = RECIPIENTS.flatMap((recipient) => CHANNELS.map((channel) => ({ profile: 'lawyer' as const, recipient, channel })));

  for (const lang of LANGS) {
    it(`${lang}: reads as ${lang}, fits a text message, and passes the engine clean for a lawyer in every context`, () => {
      const text = fillPlaceholders(consentRequest(lang), { name: 'Camille' });
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeLessThanOrEqual(250);
      expect(analyzeDraft(text, contexts[0] as Context).lang).toBe(lang);
      for (const c of contexts) expect(analyze(text, c), `${c.recipient}/${c.channel}`).toEqual([]);
    });
  }

  it('French does without ? ! ; (their spacing differs between Quebec, France and Switzerland)', () => {
    expect(consentRequest('fr')).not.toMatch(/[?!;]/);
  });
});

describe('the notices in the UI languages', () => {
  it('every notice has its text in English and French, and French puts a no-break space before : ; ? !', () => {
    for (const lang of LANGS) {
      for (const kind of NOTICE_KINDS) expect(t(lang).contextNotice[kind].trim().length, `${lang} ${kind}`).toBeGreaterThan(20);
    }
    for (const kind of NOTICE_KINDS) expect(t('fr').contextNotice[kind]).not.toMatch(/[^\u00a0\u202f][:;?!]/);
    expect(t('fr').contextNotice.consent).not.toBe(t('en').contextNotice.consent);
  });
});

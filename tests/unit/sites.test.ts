/**
 * The site adapters' URL claims and static data, without a DOM: every URL of
 * a site (real and playground) is claimed by its adapter and by no other
 * (github-url-detection style), unsupported URLs by none. Selectors are proved
 * on the playground pages by tests/e2e/sites.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, generic, whyNot } from '../../src/sites';
import { SITE_MATCHES } from '../../src/sites/matches';
import { GENERIC_SITE_ID, SITE_IDS, type SiteId } from '../../src/sites/types';

const URLS: Record<SiteId, string[]> = {
  whatsapp: [
    'https://web.whatsapp.com/',
    'https://web.whatsapp.com/send?phone=15145550100',
    'http://127.0.0.1:4173/whatsapp/',
    'http://127.0.0.1/whatsapp',
    'http://localhost:5173/whatsapp/?history=2000',
  ],
  messenger: [
    'https://www.messenger.com/',
    'https://www.messenger.com/t/100023456789012/',
    'https://www.messenger.com/e2ee/t/7654321098765432/',
    'https://www.facebook.com/messages/t/100023456789012/',
    'https://www.facebook.com/messages/e2ee/t/100023456789012',
    // Chat popups dock on every facebook.com page.
    'https://www.facebook.com/',
    'https://www.facebook.com/groups/123456789/',
    'http://127.0.0.1:4173/messenger/',
    'http://localhost:4173/messenger/t/100012345678901/',
  ],
  'x-post': [
    'https://x.com/',
    'https://x.com/home',
    'https://twitter.com/home',
    'https://x.com/maitre_dubois/status/1851234567890123456',
    'https://x.com/i/web/status/1851234567890123456',
    'https://x.com/compose/post',
    'https://x.com/messages',
    // Not X Chat: only /i/chat and below are.
    'https://x.com/i/chatter',
    'http://127.0.0.1:4173/x-post/',
    'http://localhost:4173/x-post/maitre_dubois/status/1851234567890123456',
  ],
  'x-chat': [
    'https://x.com/i/chat',
    'https://x.com/i/chat/1590312648-1848392019',
    'https://twitter.com/i/chat/1590312648-1712345678',
    'http://127.0.0.1:4173/x-chat/',
    'http://127.0.0.1:4173/x-chat/i/chat/1590312648-1712345678',
  ],
  linkedin: [
    'https://www.linkedin.com/messaging/',
    'https://www.linkedin.com/messaging/thread/2-YmE3NjE4ZDgtNDU2Zi00ZGIxLWE0NGMtNmJmZTAyZjg5YzQ1XzEwMA==/',
    // Docked message bubbles on any page.
    'https://www.linkedin.com/feed/',
    'http://127.0.0.1:4173/linkedin/messaging/thread/2-abc/',
  ],
  instagram: [
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/direct/t/340282366841710300949128137443944319108/',
    'https://www.instagram.com/',
    'http://localhost:4173/instagram/direct/t/340282366841710300949128155678901234567/',
  ],
  'telegram-k': [
    'https://web.telegram.org/k/',
    'https://web.telegram.org/k/#5123456789',
    'https://web.telegram.org/k/#@durov',
    'http://127.0.0.1:4173/telegram-k/',
    'http://127.0.0.1:4173/telegram-k/#-1001987654321',
  ],
  'telegram-a': [
    'https://web.telegram.org/a/',
    'https://web.telegram.org/a/#7012345678',
    'http://127.0.0.1:4173/telegram-a/#-1002233445566',
  ],
  gmail: [
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/1/#inbox?compose=new',
    'http://127.0.0.1:4173/gmail/',
  ],
};

const UNSUPPORTED = [
  'https://example.com/',
  'http://127.0.0.1:4173/',
  'http://127.0.0.1:4173/unknown/',
  'http://localhost:4173/whatsappx/',
  'http://127.0.0.1:4173/assets/whatsapp/',
  'http://192.168.1.20:4173/whatsapp/',
  'https://evil.example/whatsapp/',
  'http://web.whatsapp.com/',
  'https://whatsapp.com/',
  'https://mail.google.com.evil.example/',
  'https://web.telegram.org/',
  'https://web.telegram.org/kz/',
  'https://www.linkedin.com.example.org/messaging/',
  'https://m.facebook.com/messages/',
];

describe('adapterFor', () => {
  for (const id of SITE_IDS) {
    for (const href of URLS[id]) {
      it(`${href} belongs to ${id} and to no other adapter`, () => {
        const url = new URL(href);
        const claimed = ADAPTERS.filter((a) => a.matches(url)).map((a) => a.id);
        expect(claimed).toEqual([id]);
        expect(adapterFor(url)?.id).toBe(id);
      });
    }
  }

  for (const href of UNSUPPORTED) {
    it(`${href} is not supported`, () => {
      const url = new URL(href);
      expect(ADAPTERS.filter((a) => a.matches(url)).map((a) => a.id)).toEqual([]);
      expect(adapterFor(url)).toBeNull();
    });
  }

  it('every site has URLs in this table, including its playground page', () => {
    for (const id of SITE_IDS) {
      expect(URLS[id].some((u) => new URL(u).hostname !== '127.0.0.1' && new URL(u).hostname !== 'localhost')).toBe(true);
      expect(URLS[id].some((u) => new URL(u).pathname.startsWith(`/${id}`))).toBe(true);
    }
  });
});

describe('whyNot', () => {
  it('reports an unsupported site with its origin and path only (the hash may name a conversation)', () => {
    // No adapter: the document is never read.
    const doc = {} as Document;
    expect(whyNot(doc, new URL('https://example.com/inbox?user=marie#chat-12'))).toEqual({ reason: 'unsupported-site', url: 'https://example.com/inbox' });
    expect(whyNot(doc, new URL('http://127.0.0.1:4173/'))).toEqual({ reason: 'unsupported-site', url: 'http://127.0.0.1:4173/' });
  });
});

describe('adapters', () => {
  it('are the nine sites, once each, in SITE_IDS order', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual([...SITE_IDS]);
  });

  it('declare hosts the content script is injected into', () => {
    const patternHosts = SITE_MATCHES.map((p) => new URL(p.replace('/*', '/')).hostname);
    for (const a of ADAPTERS) {
      expect(a.hosts.length, a.id).toBeGreaterThan(0);
      for (const host of a.hosts) expect(patternHosts, `${a.id}: ${host}`).toContain(host);
    }
  });

  it('inject the content script into the local playground on any port', () => {
    expect(SITE_MATCHES).toContain('http://127.0.0.1/*');
    expect(SITE_MATCHES).toContain('http://localhost/*');
  });

  it('send, resend and editor family per site', () => {
    const table = Object.fromEntries(ADAPTERS.map((a) => [a.id, [a.editor, a.sendKey, a.resend]]));
    expect(table).toEqual({
      whatsapp: ['lexical', 'enter', 'key'],
      messenger: ['lexical', 'enter', 'click'],
      'x-post': ['draft', 'mod-enter', 'click'],
      'x-chat': ['textarea', 'enter', 'click'],
      linkedin: ['contenteditable', 'enter', 'click'],
      instagram: ['lexical', 'enter', 'click'],
      'telegram-k': ['contenteditable', 'enter', 'click'],
      'telegram-a': ['contenteditable', 'enter', 'click'],
      gmail: ['contenteditable', 'mod-enter', 'mouse-sequence'],
    });
  });

  it('have a label', () => {
    for (const a of ADAPTERS) expect(a.label.trim(), a.id).not.toBe('');
  });
});

/**
 * A light syntax check without a DOM: brackets and parentheses balance,
 * quotes close, no empty selector or selector list. The e2e spec parses every
 * selector in Chromium.
 */
function selectorProblem(selector: string): string | null {
  if (selector.trim() === '') return 'empty';
  const stack: string[] = [];
  let quote: string | null = null;
  for (const ch of selector) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') stack.push(ch);
    else if (ch === ']' && stack.pop() !== '[') return 'unbalanced ]';
    else if (ch === ')' && stack.pop() !== '(') return 'unbalanced )';
  }
  if (quote !== null) return 'unclosed quote';
  if (stack.length > 0) return `unclosed ${stack.join('')}`;
  const trimmed = selector.trim();
  if (trimmed.startsWith(',') || trimmed.endsWith(',') || trimmed.includes(',,')) return 'empty selector in list';
  return null;
}

describe('selectors', () => {
  it('the syntax check itself catches broken selectors', () => {
    expect(selectorProblem('div[role="textbox"')).toBe('unclosed [');
    expect(selectorProblem('div[aria-label="Send]')).toBe('unclosed quote');
    expect(selectorProblem('a:not(.b')).toBe('unclosed (');
    expect(selectorProblem('a, ')).toBe('empty selector in list');
    expect(selectorProblem('#main footer div[contenteditable="true"]')).toBeNull();
  });

  for (const a of ADAPTERS) {
    it(`${a.id}: compose and send candidate lists are non-empty and well formed`, () => {
      expect(a.selectors.compose.length).toBeGreaterThan(0);
      expect(a.selectors.send.length).toBeGreaterThan(0);
      for (const s of [...a.selectors.compose, ...a.selectors.send]) expect(selectorProblem(s), s).toBeNull();
    });
  }
});

describe('the generic guard', () => {
  const PLAYGROUND = ['http://127.0.0.1:4173/generic/', 'http://127.0.0.1/generic', 'http://localhost:5173/generic/tickets/4512?editor=contenteditable'];
  const NOT_PLAYGROUND = ['http://127.0.0.1:4173/genericx/', 'http://127.0.0.1:4173/assets/generic/', 'http://192.168.1.20:4173/generic/', 'https://helpdesk.example.com/generic/'];
  const HELPDESK = ['https://helpdesk.example.com/*'];

  for (const href of PLAYGROUND) {
    it(`${href} is the generic guard's playground page, and no site's own`, () => {
      const url = new URL(href);
      expect(ADAPTERS.filter((a) => a.matches(url))).toEqual([]);
      expect(adapterFor(url)).toBe(generic);
    });
  }

  for (const href of NOT_PLAYGROUND) {
    it(`${href} is not the generic guard's without an extra site`, () => {
      expect(generic.matches(new URL(href))).toBe(false);
      expect(adapterFor(new URL(href))).toBeNull();
    });
  }

  it("claims no URL of a site's own", () => {
    for (const id of SITE_IDS) for (const href of URLS[id]) expect(generic.matches(new URL(href)), href).toBe(false);
  });

  it('runs on the pages the extra-site patterns match, and only there', () => {
    expect(adapterFor(new URL('https://helpdesk.example.com/agent/tickets/4512'), HELPDESK)).toBe(generic);
    expect(adapterFor(new URL('https://helpdesk.example.com/agent/tickets/4512'))).toBeNull();
    expect(adapterFor(new URL('https://other.example.com/'), HELPDESK)).toBeNull();
    expect(adapterFor(new URL('http://helpdesk.example.com/'), HELPDESK)).toBeNull();
    expect(adapterFor(new URL('https://desk.social.example/inbox'), ['https://*.social.example/*'])).toBe(generic);
    for (const href of UNSUPPORTED) expect(adapterFor(new URL(href), HELPDESK), href).toBeNull();
  });

  it("leaves a site with its own adapter to it, even when an extra-site pattern covers it", () => {
    const everything = SITE_MATCHES.filter((p) => p.startsWith('https://'));
    for (const id of SITE_IDS) for (const href of URLS[id]) expect(adapterFor(new URL(href), everything)?.id, href).toBe(id);
    expect(adapterFor(new URL('https://web.whatsapp.com/'), ['https://*.whatsapp.com/*'])?.id).toBe('whatsapp');
  });

  it('is not a site users switch on or off', () => {
    expect(generic.id).toBe(GENERIC_SITE_ID);
    expect(GENERIC_SITE_ID).toBe('generic');
    expect(SITE_IDS as readonly string[]).not.toContain('generic');
    expect(ADAPTERS).not.toContain(generic);
  });

  it('sends with Ctrl/Cmd+Enter and resends with a click, on a private unencrypted channel', () => {
    expect([generic.sendKey, generic.resend]).toEqual(['mod-enter', 'click']);
    const url = new URL('https://helpdesk.example.com/agent/tickets/4512?tab=reply#latest');
    const compose = {} as HTMLElement;
    expect(generic.channel(compose, url)).toBe('private-unencrypted');
    expect(generic.identity(compose, url)).toEqual({ name: null, handle: null, key: 'generic:helpdesk.example.com/agent/tickets/4512' });
    expect(generic.hosts).toEqual([]);
    expect(generic.label.trim()).not.toBe('');
  });

  it('has well-formed candidate selectors', () => {
    for (const s of [...generic.selectors.compose, ...generic.selectors.send]) expect(selectorProblem(s), s).toBeNull();
  });

  it('whyNot: a page no extra site matches is unsupported', () => {
    expect(whyNot({} as Document, new URL('https://helpdesk.example.com/agent?x=1'), ['https://desk.example.org/*'])).toEqual({
      reason: 'unsupported-site',
      url: 'https://helpdesk.example.com/agent',
    });
  });
});

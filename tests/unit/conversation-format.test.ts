/**
 * The saved conversation's formats: the text file's header and message
 * blocks, the HTML page's escaping of everything that came from the page,
 * the labels in English and French (with French spacing), and file names.
 */
import { describe, expect, it } from 'vitest';
import { fileName, labels, MIME, toHtml, toText } from '../../src/conversation/format';
import type { SavedConversation, VisibleMessage } from '../../src/conversation/types';

const AT = new Date(Date.UTC(2026, 10, 23, 15, 4, 9));
const UTC = { locale: 'en-GB', timeZone: 'UTC' };

function conv(messages: VisibleMessage[], extra: Partial<SavedConversation> = {}): SavedConversation {
  return {
    site: { id: 'whatsapp', label: 'WhatsApp Web' },
    conversation: { label: 'Sophie Tremblay', key: 'whatsapp:Sophie Tremblay' },
    exportedAt: AT,
    messages,
    ...extra,
  };
}

const PLAIN: VisibleMessage[] = [
  { sender: 'Sophie Tremblay', time: '[09:12, 23/11/2026]', text: 'Bonjour Maître, j’ai reçu la lettre.', outgoing: false },
  { sender: null, time: '09:40', text: 'Ne signez rien pour l’instant.\nJe vous appelle demain.', outgoing: true },
  { sender: null, time: null, text: 'Merci 🙏', outgoing: false },
  { sender: null, time: null, text: 'Sans direction', outgoing: null },
];

/** Every tag name in an HTML text, in order. */
function tags(html: string): string[] {
  return Array.from(html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g), (m) => m[1]!.toLowerCase());
}

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'dl', 'dt', 'dd', 'p', 'strong', 'main', 'ol', 'li', 'span', 'bdi']);

describe('toText', () => {
  it('starts with a header: site, conversation, the date in the given locale and as ISO 8601, the count, the "as shown on screen" caveat', () => {
    const text = toText(conv(PLAIN), 'en', UTC);
    const head = text.split('\n').slice(0, 6);
    expect(head[0]).toBe('Conversation saved by Prudence');
    expect(head[1]).toBe('Site: WhatsApp Web');
    expect(head[2]).toBe('Conversation: Sophie Tremblay');
    // ICU versions differ on the comma after the weekday.
    expect(head[3]).toMatch(/^Saved on: Monday,? 23 November 2026 at 15:04:09 UTC \(2026-11-23T15:04:09\.000Z\)$/);
    expect(head[4]).toBe('Messages: 4');
    expect(head[5]).toMatch(/^As shown on screen: This is the text of the messages the page showed/);
  });

  it('writes one block per message, "time — sender: text", in the order given, continuation lines indented', () => {
    const blocks = toText(conv(PLAIN), 'en', UTC).split('\n\n').slice(1);
    expect(blocks).toEqual([
      '[09:12, 23/11/2026] — Sophie Tremblay: Bonjour Maître, j’ai reçu la lettre.',
      '09:40 — You: Ne signez rien pour l’instant.\n    Je vous appelle demain.',
      'Other party: Merci 🙏',
      'Sender not shown: Sans direction\n',
    ]);
  });

  it('says when the oldest messages were left out, and when there was nothing to save', () => {
    expect(toText(conv(PLAIN, { truncated: 'messages' }), 'en', UTC)).toContain('Only the 5,000 most recent messages are included');
    expect(toText(conv(PLAIN, { truncated: 'text' }), 'en', UTC)).toContain('the text passed 2 MB');
    expect(toText(conv(PLAIN), 'en', UTC)).not.toContain('Only the');
    expect(toText(conv([]), 'en', UTC)).toContain('No message with text was on screen.');
  });

  it('keeps markup-like text as it is, and isolates a field that could reorder its line', () => {
    const text = toText(
      conv([
        { sender: 'Eve\u202E', time: '10:00', text: '<b>not bold</b> & co "quoted"', outgoing: false },
        { sender: 'محمد', time: '10:01', text: 'שלום\u2069 world', outgoing: false },
      ]),
      'en',
      UTC,
    );
    expect(text).toContain('10:00 — \u2068Eve\u202E\u2069: <b>not bold</b> & co "quoted"');
    // The stray PDI in the text would close the isolate early: it is dropped inside the isolate.
    expect(text).toContain('10:01 — \u2068محمد\u2069: \u2068שלום world\u2069');
  });

  it('replaces lone surrogates and control characters, and never lets a name break its line', () => {
    const text = toText(conv([{ sender: 'A\nB', time: '1\u001b[2J', text: 'x\uD800y\uDC00z\u0000', outgoing: false }]), 'en', UTC);
    expect(text).toContain('1\uFFFD[2J — A B: x\uFFFDy\uFFFDz\uFFFD');
    expect(text).not.toMatch(/[\uD800-\uDFFF]/);
  });
});

describe('toHtml', () => {
  const hostile: VisibleMessage[] = [
    { sender: '<script>alert(1)</script>', time: '"><img src=x onerror=alert(2)>', text: '<b>not bold</b> & co\n\'single\' "double"', outgoing: false },
    { sender: 'Eve\u202E', time: '10:00', text: 'lone \uD800 surrogate and \u202Ereversed', outgoing: true },
  ];

  it('is a standalone page: doctype, lang, utf-8, a CSP allowing no script, a print stylesheet', () => {
    const html = toHtml(conv(PLAIN), 'fr', UTC);
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(html).toContain('@media print');
    expect(toHtml(conv(PLAIN), 'en', UTC)).toContain('<html lang="en">');
  });

  it('escapes every piece of page text: no tag, attribute or entity from the page survives as markup', () => {
    const html = toHtml(conv(hostile, { conversation: { label: '<i>Sophie</i> & "Co"', key: 'k' } }), 'en', UTC);
    expect(tags(html).filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;b&gt;not bold&lt;/b&gt; &amp; co\n&#39;single&#39; &quot;double&quot;');
    expect(html).toContain('<title>WhatsApp Web — &lt;i&gt;Sophie&lt;/i&gt; &amp; &quot;Co&quot;</title>');
    expect(html).toContain('<bdi>&lt;i&gt;Sophie&lt;/i&gt; &amp; &quot;Co&quot;</bdi>');
  });

  it('isolates page text in <bdi>, writes bidi controls as references, replaces lone surrogates', () => {
    const html = toHtml(conv(hostile), 'en', UTC);
    expect(html).toContain('<bdi class="sender">Eve&#x202E;</bdi>');
    expect(html).toContain('<p class="text"><bdi>lone \uFFFD surrogate and &#x202E;reversed</bdi></p>');
    expect(html).not.toMatch(/[\uD800-\uDFFF\u202E]/);
  });

  it('lists the messages in order, sent ones marked, with their labels', () => {
    const html = toHtml(conv(PLAIN), 'en', UTC);
    const items = Array.from(html.matchAll(/<li class="(\w+)">([\s\S]*?)<\/li>/g), (m) => [m[1], m[2]]);
    expect(items.map(([cls]) => cls)).toEqual(['in', 'out', 'in', 'unknown']);
    expect(items[0]![1]).toBe('<p class="meta"><span class="time"><bdi>[09:12, 23/11/2026]</bdi></span> — <bdi class="sender">Sophie Tremblay</bdi></p><p class="text"><bdi>Bonjour Maître, j’ai reçu la lettre.</bdi></p>');
    expect(items[1]![1]).toContain('<bdi class="sender">You</bdi>');
    expect(items[2]![1]).toBe('<p class="meta"><bdi class="sender">Other party</bdi></p><p class="text"><bdi>Merci 🙏</bdi></p>');
  });
});

describe('labels in English and French', () => {
  it('French labels everywhere with French spacing: a no-break space before ":", a narrow one before ";", "?" and "!"', () => {
    const text = toText(conv(PLAIN, { truncated: 'messages' }), 'fr', { locale: 'fr-CA', timeZone: 'UTC' });
    const head = text.split('\n');
    expect(head[0]).toBe('Conversation enregistrée par Prudence');
    expect(head[1]).toBe('Site\u00a0: WhatsApp Web');
    expect(head[3]).toMatch(/^Enregistrée le\u00a0: lundi 23 novembre 2026 .*\(2026-11-23T15:04:09\.000Z\)$/);
    expect(head[5]).toMatch(/^Tel qu’affiché à l’écran\u00a0: Voici le texte/);
    expect(text).toContain('09:40 — Vous\u00a0: Ne signez rien');
    expect(text).toContain('Interlocuteur\u00a0: Merci 🙏');
    expect(text).toContain('Seuls les 5\u202f000 messages les plus récents figurent ici\u202f;');
    // Our own French wording never has an ordinary space before : ; ? ! (page text is left as it is).
    for (const l of Object.values(labels('fr'))) {
      const strings = typeof l === 'function' ? [l('messages'), l('text')] : [l];
      for (const s of strings) expect(s).not.toMatch(/ [:;?!]/);
    }
  });

  it('English and French label sets have the same keys and no empty label', () => {
    expect(Object.keys(labels('fr')).sort()).toEqual(Object.keys(labels('en')).sort());
    for (const lang of ['en', 'fr'] as const) for (const v of Object.values(labels(lang))) if (typeof v === 'string') expect(v.trim()).not.toBe('');
  });
});

describe('fileName', () => {
  it('is prudence-<site>-<conversation>-<YYYYMMDD-HHmm>.<ext>, in the given time zone', () => {
    expect(fileName(conv(PLAIN), 'txt', { timeZone: 'UTC' })).toBe('prudence-whatsapp-sophie-tremblay-20261123-1504.txt');
    expect(fileName(conv(PLAIN), 'html', { timeZone: 'America/Montreal' })).toBe('prudence-whatsapp-sophie-tremblay-20261123-1004.html');
    expect(fileName({ ...conv(PLAIN), exportedAt: new Date(Date.UTC(2026, 0, 2, 0, 5)) }, 'txt', { timeZone: 'UTC' })).toBe('prudence-whatsapp-sophie-tremblay-20260102-0005.txt');
  });

  it('drops accents and every unsafe character, falls back on the key, and stays short', () => {
    const name = (label: string | null, key = 'telegram-k:-1001987654321'): string =>
      fileName({ ...conv(PLAIN), site: { id: 'telegram-k', label: 'Telegram Web K' }, conversation: { label, key } }, 'txt', { timeZone: 'UTC' });
    expect(name('Émilie Bouchard / ../../etc\\passwd:*?"<>|')).toBe('prudence-telegram-k-emilie-bouchard-etc-passwd-20261123-1504.txt');
    expect(name('<script>')).toBe('prudence-telegram-k-script-20261123-1504.txt');
    expect(name(null)).toBe('prudence-telegram-k-1001987654321-20261123-1504.txt');
    expect(name('محمد', 'x:')).toBe('prudence-telegram-k-conversation-20261123-1504.txt');
    const long = name('a'.repeat(500));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^prudence-telegram-k-a{40}-20261123-1504\.txt$/);
    for (const n of [name('Cabinet Lefebvre – équipe'), name('\u202Eevil\u0000')]) expect(n).toMatch(/^[a-z0-9-]+\.txt$/);
  });

  it('has a MIME type with a charset for each format', () => {
    expect(MIME).toEqual({ txt: 'text/plain;charset=utf-8', html: 'text/html;charset=utf-8' });
  });
});

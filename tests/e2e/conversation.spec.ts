/**
 * Saving the open conversation, in Chromium without the extension: the
 * reader (src/conversation/extract.ts) is bundled into each playground page
 * and must return the messages the page shows, in order, with their senders,
 * times and directions, never the draft in the compose box; sites without a
 * reader return nothing and a reason. Then saveFile must produce a download,
 * from a closed shadow root, whose text and HTML hold the messages in order,
 * the HTML escaped.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Capture, CaptureReasonCode, SavedConversation, VisibleMessage } from '../../src/conversation/types';
import { expect, injectModule, openPlayground, test, type Playground } from './fixtures';

type Api = typeof import('./entries/conversation-entry');

const DRAFT = 'DRAFT-7431 brouillon jamais enregistré';

interface Case {
  page: string;
  path?: string;
  /** The compose box, to type a draft that must never come out. */
  compose: string;
  /** The messages the page shows, or the reason it gives none. */
  expected: VisibleMessage[] | { reason: CaptureReasonCode };
  /** Another conversation to switch to, and what it shows. */
  other?: { id: string; expected: VisibleMessage[] };
}

const m = (sender: string | null, time: string | null, outgoing: boolean | null, text: string): VisibleMessage => ({ sender, time, text, outgoing });

const MARKUP = '<b>not bold</b> & co';

const CASES: Case[] = [
  {
    page: 'whatsapp',
    compose: '#main footer div[contenteditable="true"][role="textbox"]',
    expected: [
      m('Sophie Tremblay', '[09:12, 10/28/2026]', false, "Bonjour Maître, j'ai reçu la lettre de l'avocat de mon ex-mari ce matin."),
      m('Sophie Tremblay', '[09:13, 10/28/2026]', false, 'Il dit que je dois répondre avant vendredi. Est-ce que je dois signer quelque chose ?'),
      m('You', '[09:40, 10/28/2026]', true, "Bonjour Sophie, merci de me l'avoir transmise. Ne signez rien pour l'instant."),
      m('You', '[09:41, 10/28/2026]', true, 'Je la lis ce soir et je vous appelle demain matin.'),
      m('Sophie Tremblay', '[09:45, 10/28/2026]', false, "D'accord, merci beaucoup 🙏"),
      m('Sophie Tremblay', '[09:47, 10/28/2026]', false, `Son courriel affichait ${MARKUP} en bas, je vous le transfère.`),
    ],
    other: {
      id: '120363025550199@g.us',
      expected: [
        m('Marc', '[08:31, 10/28/2026]', false, "Audience Dupuis reportée au 14, la greffe vient d'appeler."),
        m('Julie', '[08:33, 10/28/2026]', false, "Je mets à jour l'agenda et je préviens l'expert."),
        m('You', '[08:50, 10/28/2026]', true, 'Merci à vous deux. Je préviens le client.'),
      ],
    },
  },
  {
    page: 'x-post',
    path: 'maitre_dubois/status/1851234567890123456',
    compose: '[data-testid="tweetTextarea_0"][contenteditable="true"]',
    expected: [
      m('Me Claire Dubois @maitre_dubois', '2h', null, 'Rappel : les consultations gratuites du barreau reprennent lundi. Prenez rendez-vous en ligne, pas par message privé.'),
      m('Mathieu Bernard @mathieu_b', '1h', null, 'Merci ! Est-ce que ça couvre aussi le droit du logement ?'),
      m('Me Claire Dubois @maitre_dubois', '58m', null, '@mathieu_b Oui, logement et famille.'),
      m('Alex Martin @prudence_demo', '45m', null, 'Merci pour le rappel 🙏'),
      m('Mathieu Bernard @mathieu_b', '30m', null, `Le formulaire en ligne affiche ${MARKUP} au lieu du calendrier.`),
    ],
  },
  { page: 'x-post', compose: '[data-testid="tweetTextarea_0"][contenteditable="true"]', expected: { reason: 'not-a-conversation' } },
  {
    page: 'x-chat',
    compose: 'textarea[data-testid="dm-composer-textarea"]',
    expected: [
      m(null, '9:02 AM', false, 'Hi! Saw your thread about tenant rights. Can I ask you something privately?'),
      m(null, '9:15 AM', true, 'Of course. I can give general information, not advice on your file.'),
      m(null, '9:16 AM', false, 'Understood. My landlord wants me out by the end of the month, is that even legal?'),
      m(null, '9:20 AM', true, 'The legal aid clinic can review your lease 👍 I can send you their address.'),
      m(null, '9:21 AM', false, `Thanks. The notice says ${MARKUP} in its subject line, weird.`),
    ],
  },
  {
    page: 'linkedin',
    compose: '.msg-form__contenteditable[contenteditable="true"]',
    expected: [
      m('Isabelle Gagnon', '10:12 AM', false, 'Hello, thank you for your note. We would like to discuss the dismissal file of one of our employees with you.'),
      m('Isabelle Gagnon', '10:12 AM', false, 'Would you be available for a call this week?'),
      m('Alex Martin', '11:40 AM', true, 'Hello Isabelle, happy to help. Thursday 2 pm works for me.'),
      m('Alex Martin', '11:40 AM', true, 'Please have the termination letter at hand 📄'),
      m('Isabelle Gagnon', '11:52 AM', false, `Will do. Our template says ${MARKUP} at the bottom, is that a problem?`),
    ],
  },
  {
    page: 'telegram-k',
    compose: '.chat-input .input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
    expected: [
      m(null, '14:02', false, 'Salut, tu as pu parler à la DPJ pour le dossier des jumeaux ?'),
      m(null, '14:20', true, 'Oui, ils font une évaluation la semaine prochaine.'),
      m(null, '14:21', false, 'Ok. Tu me dis si je peux aider.'),
      m(null, '14:23', false, `Leur courriel finit par ${MARKUP}, tu as vu ?`),
      m(null, '14:30', true, 'Oui, une erreur de gabarit 😅'),
    ],
    other: {
      id: '-1001987654321',
      expected: [
        m('Claire', '09:05', false, 'Qui prend la permanence de vendredi après-midi ?'),
        m('Claire', '09:06', false, 'Sinon je la prends.'),
        m(null, '09:12', true, 'Je peux la prendre.'),
        m('Hugo', '09:13', false, 'Merci 🙌'),
      ],
    },
  },
  {
    page: 'telegram-a',
    compose: '#editable-message-text',
    expected: [
      m(null, '16:40', false, 'Bonsoir, le juge a demandé une copie du bail signé. Je vous l’envoie ici ?'),
      m(null, '16:52', true, 'Plutôt par courriel, c’est plus sûr pour les pièces du dossier.'),
      m(null, '16:53', false, 'D’accord, je fais ça ce soir.'),
      m(null, '16:55', true, 'Merci 🙏 je transmets au greffe dès réception.'),
      m(null, '17:02', false, `Le formulaire du greffe affiche ${MARKUP}, c’est normal ?`),
    ],
    other: {
      id: '-1002233445566',
      expected: [
        m('Grace', '10:01', false, 'The Leblanc file is reassigned to Sam from Monday.'),
        m('Grace', '10:02', false, 'Handover meeting on Monday at 9.'),
        m('Sam', '10:04', false, 'Noted, I’ll read the notes this afternoon.'),
      ],
    },
  },
  {
    page: 'gmail',
    compose: '.M9 [g_editable="true"][contenteditable="true"]',
    expected: [
      m('Client Name', 'Oct 27, 2026, 4:10 PM', null, 'Hello Maître Martin,\nThe other side sent a settlement offer today. What should I do?'),
      m('Alex Martin', 'Oct 27, 2026, 5:02 PM', null, 'Hello,\nPlease do not answer them yet. I will read the offer tonight.'),
      m('Client Name', 'Oct 28, 2026, 9:30 AM', null, `Thank you 🙏 Their letter ends with ${MARKUP}, is that normal?`),
      m('Client Name', '10:42 AM (2 hours ago)', null, 'Thank you for the update. Can you confirm whether I need to sign the offer before the meeting on Friday?'),
    ],
  },
  { page: 'messenger', compose: '[role=main] div[contenteditable="true"][role="textbox"]', expected: { reason: 'no-reader' } },
  { page: 'instagram', compose: 'div[contenteditable="true"][role="textbox"][aria-label="Message"]', expected: { reason: 'no-reader' } },
  { page: 'generic', compose: 'textarea.hd-editor', expected: { reason: 'no-reader' } },
];

async function open(page: Page, playground: Playground, name: string, path = ''): Promise<void> {
  await openPlayground(page, playground, name, path);
  await injectModule(page, 'tests/e2e/entries/conversation-entry.ts', 'PrudenceConversation');
}

/** Runs the reader of the page's adapter on the compose box the adapter finds. */
async function capture(page: Page): Promise<Capture & { adapter: string | null }> {
  return page.evaluate(() => {
    const C = (window as unknown as { PrudenceConversation: Api }).PrudenceConversation;
    const adapter = C.adapterFor(new URL(location.href));
    if (adapter === null) return { adapter: null, messages: [], truncated: false as const };
    return { adapter: adapter.id, ...C.captureConversation(adapter.id, document, adapter.findCompose(document)) };
  });
}

async function typeDraft(page: Page, compose: string): Promise<void> {
  await page.locator(compose).first().click();
  await page.keyboard.type(DRAFT);
}

for (const c of CASES) {
  const label = `${c.page}${c.path === undefined ? '' : ` (${c.path})`}`;
  test.describe(`conversation reader: ${label}`, () => {
    test.beforeEach(async ({ barePage, playground }) => {
      await open(barePage, playground, c.page, c.path);
      await typeDraft(barePage, c.compose);
    });

    if (Array.isArray(c.expected)) {
      const expected = c.expected;
      test('reads the messages shown, in order, with senders, times and directions; never the draft', async ({ barePage }) => {
        const got = await capture(barePage);
        expect(got.adapter).toBe(c.page);
        expect(got.messages).toEqual(expected);
        expect(got.truncated).toBe(false);
        expect(got.reason).toBeUndefined();
        expect(JSON.stringify(got)).not.toContain('DRAFT-7431');
      });
    } else {
      const code = c.expected.reason;
      test(`reads nothing and says why (${code})`, async ({ barePage }) => {
        const got = await capture(barePage);
        expect(got.adapter).toBe(c.page);
        expect(got.messages).toEqual([]);
        expect(got.reason?.code).toBe(code);
        expect(got.reason?.detail).toBeTruthy();
      });
    }

    if (c.other !== undefined) {
      const other = c.other;
      test('follows a switch to another conversation', async ({ barePage }) => {
        await barePage.evaluate((id) => (window as unknown as { __playground: { switchTo(id: string): void } }).__playground.switchTo(id), other.id);
        await expect.poll(async () => (await capture(barePage)).messages).toEqual(other.expected);
      });
    }
  });
}

test.describe('conversation reader: particular cases', () => {
  test('a message sent from the page comes out last, as sent; the next draft does not', async ({ barePage, playground }) => {
    await open(barePage, playground, 'telegram-a');
    await barePage.locator('#editable-message-text').click();
    await barePage.keyboard.type('Je vous rappelle à 18 h.');
    await barePage.keyboard.press('Enter');
    await typeDraft(barePage, '#editable-message-text');
    const got = await capture(barePage);
    expect(got.messages).toHaveLength(6);
    expect(got.messages.at(-1)).toMatchObject({ sender: null, outgoing: true, text: 'Je vous rappelle à 18 h.' });
    expect(JSON.stringify(got)).not.toContain('DRAFT-7431');
  });

  test('hidden text in a message is not read; a message with no text is left out', async ({ barePage, playground }) => {
    await open(barePage, playground, 'telegram-k');
    await barePage.evaluate(() => {
      const bubbles = document.querySelectorAll('.bubbles-inner .bubble[data-mid]');
      const hidden = document.createElement('span');
      hidden.style.display = 'none';
      hidden.textContent = 'SECRET-HIDDEN';
      bubbles[0]!.querySelector('.message')!.append(hidden);
      // A photo without a caption: a bubble with no text.
      bubbles[1]!.querySelector('.message')!.firstChild!.remove();
    });
    const got = await capture(barePage);
    expect(JSON.stringify(got)).not.toContain('SECRET-HIDDEN');
    expect(got.messages.map((x) => x.time)).toEqual(['14:02', '14:21', '14:23', '14:30']);
  });

  test('past 5 000 messages the most recent are kept, and the cut is said', async ({ barePage, playground }) => {
    // The WhatsApp page's benchmark history: 5 003 generated messages, "(#n)" at the end of each.
    await open(barePage, playground, 'whatsapp', '?history=5003');
    const got = await capture(barePage);
    expect(got.truncated).toBe('messages');
    expect(got.messages).toHaveLength(5_000);
    expect(got.messages[0]!.text).toMatch(/\(#4\)$/);
    expect(got.messages.at(-1)!.text).toMatch(/\(#5003\)$/);
  });

  test('past 2 MB of text the most recent messages are kept, the one where the bound falls cut, and the cut is said', async ({ barePage, playground }) => {
    await open(barePage, playground, 'telegram-a');
    const got = await barePage.evaluate(() => {
      const bodies = document.querySelectorAll('#MiddleColumn .Message .text-content');
      bodies[1]!.firstChild!.textContent = 'y'.repeat(1_500_000);
      bodies[3]!.firstChild!.textContent = 'z'.repeat(600_000);
      const C = (window as unknown as { PrudenceConversation: Api }).PrudenceConversation;
      const adapter = C.adapterFor(new URL(location.href))!;
      const r = C.captureConversation(adapter.id, document, adapter.findCompose(document));
      return { truncated: r.truncated, times: r.messages.map((x) => x.time), lengths: r.messages.map((x) => x.text.length) };
    });
    expect(got.truncated).toBe('text');
    expect(got.times).toEqual(['16:52', '16:53', '16:55', '17:02']);
    expect(got.lengths.reduce((a, b) => a + b, 0)).toBe(2 * 1024 * 1024);
    expect(got.lengths[2]).toBe(600_000);
  });
});

/** The saved conversation the page's capture makes, built in the page. */
interface Saved {
  name: string;
  url: string;
  /** Links left in the container after saveFile, and clicks on links the page's own listeners saw. */
  leftovers: number;
  pageSawLinks: number;
}

async function save(page: Page, format: 'txt' | 'html', lang: 'en' | 'fr'): Promise<{ saved: Saved; content: string; suggested: string }> {
  const [download, saved] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(
      ({ format, lang }) => {
        const C = (window as unknown as { PrudenceConversation: Api }).PrudenceConversation;
        const adapter = C.adapterFor(new URL(location.href))!;
        const compose = adapter.findCompose(document);
        const { messages, truncated } = C.captureConversation(adapter.id, document, compose);
        const identity = adapter.identity(compose!, new URL(location.href));
        const conv: SavedConversation = {
          site: { id: adapter.id, label: adapter.label },
          conversation: { label: identity.name, key: identity.key },
          exportedAt: new Date(Date.UTC(2026, 9, 28, 14, 5)),
          messages,
          truncated,
        };
        // The page's own listeners, as a hostile page would install them.
        let pageSawLinks = 0;
        document.addEventListener('click', (e) => {
          if (e.composedPath().some((t) => t instanceof HTMLAnchorElement)) pageSawLinks++;
        });
        // Prudence's UI: a host with a closed shadow root.
        const host = document.createElement('prudence-guard');
        document.documentElement.append(host);
        const root = host.attachShadow({ mode: 'closed' });
        const content = format === 'txt' ? C.toText(conv, lang, { timeZone: 'UTC' }) : C.toHtml(conv, lang, { timeZone: 'UTC' });
        const name = C.fileName(conv, format, { timeZone: 'UTC' });
        const url = C.saveFile(root, name, C.MIME[format], content, { revokeAfterMs: 0 });
        return { name, url, leftovers: root.querySelectorAll('a').length, pageSawLinks };
      },
      { format, lang },
    ),
  ]);
  const path = await download.path();
  return { saved, content: await readFile(path, 'utf8'), suggested: download.suggestedFilename() };
}

/** Whether each text appears in `content`, each after the one before. */
function inOrder(content: string, texts: string[]): boolean {
  let at = 0;
  for (const t of texts) {
    const i = content.indexOf(t, at);
    if (i < 0) return false;
    at = i + t.length;
  }
  return true;
}

test.describe('saving the conversation to a file', () => {
  const whatsapp = CASES[0]!;
  const expected = whatsapp.expected as VisibleMessage[];

  test.beforeEach(async ({ barePage, playground }) => {
    await open(barePage, playground, 'whatsapp');
    await typeDraft(barePage, whatsapp.compose);
  });

  test('as text: a download named after the site, the contact and the time, holding the messages in order', async ({ barePage }) => {
    const { saved, content, suggested } = await save(barePage, 'txt', 'en');
    expect(suggested).toBe('prudence-whatsapp-sophie-tremblay-20261028-1405.txt');
    expect(saved.name).toBe(suggested);
    expect(content.startsWith('Conversation saved by Prudence\nSite: WhatsApp Web\nConversation: Sophie Tremblay\n')).toBe(true);
    expect(inOrder(content, expected.map((x) => `${x.time} — ${x.sender}: ${x.text}`))).toBe(true);
    expect(content).toContain(MARKUP);
    expect(content).not.toContain('DRAFT-7431');
    // The link never stayed in the container, and the page's listeners never saw it.
    expect(saved.leftovers).toBe(0);
    expect(saved.pageSawLinks).toBe(0);
    // The object URL is revoked afterwards.
    await expect
      .poll(() => barePage.evaluate((url) => fetch(url).then(() => 'live', () => 'revoked'), saved.url))
      .toBe('revoked');
  });

  test('as HTML, in French: the messages in order, every page text escaped, no script', async ({ barePage, bareContext }) => {
    const { content, suggested } = await save(barePage, 'html', 'fr');
    expect(suggested).toBe('prudence-whatsapp-sophie-tremblay-20261028-1405.html');
    expect(content).toContain('<html lang="fr">');
    expect(content).toContain('&lt;b&gt;not bold&lt;/b&gt; &amp; co');
    expect(content).not.toContain(MARKUP);
    expect(content).not.toContain('DRAFT-7431');
    // Opened as a page: the same texts, in order, and nothing the page's text could have made markup.
    const viewer = await bareContext.newPage();
    try {
      await viewer.setContent(content);
      const shown = await viewer.evaluate(() => ({
        items: Array.from(document.querySelectorAll('li'), (li) => ({
          meta: li.querySelector('.meta')?.textContent ?? '',
          text: li.querySelector('.text')?.textContent ?? '',
          out: li.classList.contains('out'),
        })),
        bold: document.querySelectorAll('main b').length,
        scripts: document.querySelectorAll('script').length,
        title: document.title,
      }));
      expect(shown.items).toEqual(expected.map((x) => ({ meta: `${x.time} — ${x.sender}`, text: x.text, out: x.outgoing === true })));
      expect(shown.bold).toBe(0);
      expect(shown.scripts).toBe(0);
      expect(shown.title).toBe('WhatsApp Web — Sophie Tremblay');
    } finally {
      await viewer.close();
    }
  });
});

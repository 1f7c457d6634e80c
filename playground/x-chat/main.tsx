// X Chat look-alike (the DM replacement). Composer: a React-controlled
// `<textarea data-testid="dm-composer-textarea">` inside
// `form[data-testid="dm-composer-form"]`, sent by Enter (Shift+Enter is a new
// line) or `[data-testid="dm-composer-send-button"]`. Conversations live at
// /x-chat/i/chat/<id> (pushState); the header is
// `[data-testid="dm-conversation-header"]`, list items
// `[data-testid^="dm-conversation-item-"]`. Each conversation keeps its draft.
import '../shared/base.css';
import './style.css';
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { installHook, markReady } from '../shared/hook';

interface Message {
  dir: 'in' | 'out';
  text: string;
  time: string;
}

interface Conversation {
  id: string;
  name: string;
  handle: string;
  messages: Message[];
  draft: string;
}

const CONVERSATIONS: Conversation[] = [
  {
    id: '1590312648-1848392019',
    name: 'Nadia Benali',
    handle: 'nadia_b',
    messages: [
      { dir: 'in', time: '9:02 AM', text: 'Hi! Saw your thread about tenant rights. Can I ask you something privately?' },
      { dir: 'out', time: '9:15 AM', text: 'Of course. I can give general information, not advice on your file.' },
      { dir: 'in', time: '9:16 AM', text: 'Understood. My landlord wants me out by the end of the month, is that even legal?' },
      { dir: 'out', time: '9:20 AM', text: 'The legal aid clinic can review your lease 👍 I can send you their address.' },
      { dir: 'in', time: '9:21 AM', text: 'Thanks. The notice says <b>not bold</b> & co in its subject line, weird.' },
    ],
    draft: '',
  },
  {
    id: '1590312648-1712345678',
    name: 'Tom Reyes',
    handle: 'tomreyes',
    messages: [
      { dir: 'in', time: 'Yesterday', text: 'Are we still on for the panel on Thursday?' },
      { dir: 'out', time: 'Yesterday', text: "Yes! I'll bring the slides." },
    ],
    draft: '',
  },
  {
    id: '1590312648-1699887766',
    name: 'Aide juridique Québec',
    handle: 'legalaid_qc',
    messages: [{ dir: 'in', time: 'Oct 21', text: 'Merci pour le partage de notre campagne !' }],
    draft: '',
  },
];

const byId = (id: string | undefined): Conversation | undefined => CONVERSATIONS.find((c) => c.id === id);

/** A stable UUID-shaped id per message, as X Chat gives each row. */
function messageId(c: Conversation, index: number): string {
  const n = (CONVERSATIONS.indexOf(c) * 1000 + index).toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${n}`;
}
const fromUrl = (): Conversation | undefined => {
  const parts = location.pathname.split('/').filter(Boolean);
  return parts[1] === 'i' && parts[2] === 'chat' ? byId(parts[3]) : undefined;
};

if (!fromUrl()) history.replaceState(null, '', `/x-chat/i/chat/${CONVERSATIONS[0]!.id}`);

const live = {
  current: fromUrl() ?? CONVERSATIONS[0]!,
  value: '',
  open: (_id: string, _push: boolean): void => undefined,
};

const recordSent = installHook('x-chat', { ready: false }, {
  draft: () => live.value,
  conversation: () => ({ id: live.current.id, name: live.current.name }),
  switchTo: (id) => {
    if (!byId(id)) throw new Error(`No conversation ${id}`);
    live.open(id, true);
  },
});

function Avatar({ name, size = 40 }: { name: string; size?: number }) {
  const initials = name
    .replace(/[^\p{L}\s]/gu, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0])
    .join('');
  return <span className="pg-avatar" data-initials={initials} style={{ width: size, height: size, fontSize: size * 0.4, background: '#1d9bf0' }} aria-hidden="true" />;
}

const isImeEnter = (e: KeyboardEvent): boolean => e.nativeEvent.isComposing || e.keyCode === 229;

function App() {
  const [current, setCurrent] = useState<Conversation>(live.current);
  const [value, setValue] = useState(current.draft);
  const [, setVersion] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  live.current = current;
  live.value = value;

  const open = (id: string, push: boolean): void => {
    const next = byId(id);
    if (!next) return;
    if (push) history.pushState(null, '', `/x-chat/i/chat/${id}`);
    if (next === live.current) return;
    live.current.draft = live.value;
    live.current = next;
    live.value = next.draft;
    setCurrent(next);
    setValue(next.draft);
    textareaRef.current?.focus();
  };
  live.open = open;

  useEffect(() => {
    markReady();
    const onPop = () => {
      const c = fromUrl();
      if (c) open(c.id, false);
    };
    window.addEventListener('popstate', onPop);
    textareaRef.current?.focus();
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useLayoutEffect(() => {
    listRef.current?.scrollTo(0, listRef.current.scrollHeight);
    document.title = `${current.name} / Chat / X`;
  });

  const send = (): void => {
    const text = live.value;
    if (text.trim() === '') return;
    recordSent(text);
    current.messages.push({ dir: 'out', text, time: 'Now' });
    live.value = '';
    setValue('');
    setVersion((v) => v + 1);
  };

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    send();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key !== 'Enter' || e.shiftKey || isImeEnter(e)) return;
    e.preventDefault();
    send();
  };

  return (
    <div className="xc-app">
      <nav className="xc-rail" aria-label="Primary">
        <a href="/x-post/" aria-label="Home">𝕏</a>
        <a href="/x-post/" aria-label="Home">🏠</a>
        <a href="/x-chat/" aria-label="Chat" aria-current="page">✉️</a>
      </nav>
      <section className="xc-inbox" aria-label="Chat inbox" data-testid="dm-inbox-panel">
        <div className="xc-inbox-head">
          <h2>Chat</h2>
        </div>
        <div className="xc-search"><input type="search" placeholder="Search" aria-label="Search" /></div>
        <div role="list" data-testid="dm-conversation-list">
          {CONVERSATIONS.map((c) => {
            const last = c.messages[c.messages.length - 1];
            return (
              <a
                key={c.id}
                role="listitem"
                href={`/x-chat/i/chat/${c.id}`}
                data-testid={`dm-conversation-item-${c.id}`}
                className={`xc-item${c === current ? ' xc-item-on' : ''}`}
                aria-selected={c === current}
                onClick={(e) => {
                  e.preventDefault();
                  open(c.id, true);
                }}
              >
                <Avatar name={c.name} />
                <span className="xc-item-text">
                  <span className="xc-item-top">
                    <b>{c.name}</b> <span className="xc-muted">@{c.handle}</span>
                  </span>
                  <span className="xc-muted xc-ellipsis">{c !== current && c.draft ? `Draft: ${c.draft}` : (last?.text ?? '')}</span>
                </span>
              </a>
            );
          })}
        </div>
      </section>
      <section className="xc-panel" data-testid="dm-conversation-panel" aria-label="Conversation">
        <div data-testid="dm-conversation-header" className="xc-header">
          <Avatar name={current.name} size={32} />
          <div className="xc-header-text">
            <span className="xc-header-name">{current.name}</span>
            <span className="xc-muted">@{current.handle}</span>
          </div>
        </div>
        <div className="xc-messages" data-testid="dm-message-list" ref={listRef}>
          {current.messages.map((m, i) => {
            // X Chat's rows: [data-dm-message-row=<uuid>] under [data-dm-item-key=<uuid>], the text in
            // [data-dm-message-focus-target] [data-testid=message-text-<uuid>], its authored part a
            // span[dir=auto].whitespace-pre-wrap beside an aria-hidden time spacer.
            const id = messageId(current, i);
            return (
              <div key={id} data-dm-item-key={id}>
                <div className={`xc-msg xc-${m.dir}`} data-dm-message-row={id} data-testid={`message-${id}`} data-direction={m.dir === 'out' ? 'outgoing' : 'incoming'}>
                  <div data-dm-message-focus-target="">
                    <div className="xc-bubble" data-testid={`message-text-${id}`}>
                      <span dir="auto" className="whitespace-pre-wrap">{m.text}</span>
                      <span aria-hidden="true" className="user-select-none xc-spacer">{m.time}</span>
                    </div>
                  </div>
                  <time className="xc-time">{m.time}</time>
                </div>
              </div>
            );
          })}
        </div>
        <form data-testid="dm-composer-form" className="xc-form" onSubmit={onSubmit}>
          <textarea
            ref={textareaRef}
            data-testid="dm-composer-textarea"
            className="xc-textarea"
            placeholder="Start a new message"
            aria-label="Start a new message"
            rows={1}
            value={value}
            onChange={(e) => {
              live.value = e.target.value;
              setValue(e.target.value);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="submit" data-testid="dm-composer-send-button" className="xc-send" aria-label="Send" disabled={value.trim() === ''}>
            ➤
          </button>
        </form>
      </section>
    </div>
  );
}

createRoot(document.getElementById('react-root')!).render(<App />);

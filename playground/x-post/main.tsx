// X (Twitter) post/reply look-alike. Composer: Draft.js, the editable is
// `.DraftEditor-root .public-DraftEditor-content[data-testid="tweetTextarea_0"]`
// (Draft's `webDriverTestID`), posted with `[data-testid="tweetButtonInline"]`
// or Ctrl/Cmd+Enter; plain Enter is a new line. Routes (pushState):
// /x-post/ is the home timeline (a public post), /x-post/<handle>/status/<id>
// a reply page whose first `article[data-testid="tweet"]` is the post being
// replied to. Typing "@ma" opens a mention typeahead; Enter/Tab pick a handle.
// While it is open the editable gets aria-controls / aria-activedescendant but,
// as on X, no aria-expanded: Draft.js only renders that for role="combobox".
import '../shared/base.css';
import 'draft-js/dist/Draft.css';
import './style.css';
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState, Modifier, type DraftHandleValue } from 'draft-js';
import { installHook, markReady } from '../shared/hook';

interface Tweet {
  id: string;
  handle: string;
  name: string;
  time: string;
  text: string;
  lang: string;
  replies: Tweet[];
}

interface User {
  handle: string;
  name: string;
}

const ME: User = { handle: 'prudence_demo', name: 'Alex Martin' };
const USERS: User[] = [
  { handle: 'maitre_dubois', name: 'Me Claire Dubois' },
  { handle: 'marie_lawyer', name: 'Marie Lambert' },
  { handle: 'mathieu_b', name: 'Mathieu Bernard' },
  { handle: 'cityhousingmtl', name: 'City Housing Montréal' },
  { handle: 'socialworknews', name: 'Social Work Today' },
  { handle: 'legalaid_qc', name: 'Aide juridique Québec' },
];

const TWEETS: Tweet[] = [
  {
    id: '1851234567890123456',
    handle: 'maitre_dubois',
    name: 'Me Claire Dubois',
    time: '2h',
    lang: 'fr',
    text: 'Rappel : les consultations gratuites du barreau reprennent lundi. Prenez rendez-vous en ligne, pas par message privé.',
    replies: [
      { id: '1851234567890123460', handle: 'mathieu_b', name: 'Mathieu Bernard', time: '1h', lang: 'fr', text: 'Merci ! Est-ce que ça couvre aussi le droit du logement ?', replies: [] },
      { id: '1851234567890123461', handle: 'maitre_dubois', name: 'Me Claire Dubois', time: '58m', lang: 'fr', text: '@mathieu_b Oui, logement et famille.', replies: [] },
      { id: '1851234567890123463', handle: 'prudence_demo', name: 'Alex Martin', time: '45m', lang: 'fr', text: 'Merci pour le rappel 🙏', replies: [] },
      { id: '1851234567890123464', handle: 'mathieu_b', name: 'Mathieu Bernard', time: '30m', lang: 'fr', text: 'Le formulaire en ligne affiche <b>not bold</b> & co au lieu du calendrier.', replies: [] },
    ],
  },
  {
    id: '1851234567890123457',
    handle: 'cityhousingmtl',
    name: 'City Housing Montréal',
    time: '5h',
    lang: 'en',
    text: 'New rules for lease renewals take effect on January 1. Tenants: your landlord must give written notice at least three months in advance.',
    replies: [{ id: '1851234567890123462', handle: 'marie_lawyer', name: 'Marie Lambert', time: '4h', lang: 'en', text: 'Worth saving this thread.', replies: [] }],
  },
  {
    id: '1851234567890123458',
    handle: 'socialworknews',
    name: 'Social Work Today',
    time: '8h',
    lang: 'en',
    text: 'Caseloads are up 18% this year. How is your team coping? Tell us below.',
    replies: [],
  },
];

type Route = { kind: 'home' } | { kind: 'status'; tweet: Tweet };

function parseRoute(): Route {
  const parts = location.pathname.split('/').filter(Boolean);
  if (parts[0] === 'x-post' && parts[2] === 'status') {
    const tweet = TWEETS.find((t) => t.id === parts[3]);
    if (tweet) return { kind: 'status', tweet };
  }
  return { kind: 'home' };
}

const path = (r: Route): string => (r.kind === 'home' ? '/x-post/' : `/x-post/${r.tweet.handle}/status/${r.tweet.id}`);

// The hook reads the live composer through these module-level refs.
const live: { editorState: EditorState; route: Route; navigate: (r: Route) => void } = {
  editorState: EditorState.createEmpty(),
  route: parseRoute(),
  navigate: () => undefined,
};

const recordSent = installHook('x-post', { ready: false }, {
  draft: () => live.editorState.getCurrentContent().getPlainText(),
  conversation: () =>
    live.route.kind === 'home' ? { id: 'home', name: 'Home' } : { id: live.route.tweet.id, name: `@${live.route.tweet.handle}` },
  switchTo: (id) => {
    const tweet = TWEETS.find((t) => t.id === id);
    if (id !== 'home' && !tweet) throw new Error(`No post ${id}`);
    live.navigate(tweet ? { kind: 'status', tweet } : { kind: 'home' });
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
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const background = ['#1d9bf0', '#7856ff', '#f91880', '#00ba7c', '#ff7a00'][hash % 5];
  return <span className="pg-avatar x-avatar" data-initials={initials} style={{ width: size, height: size, fontSize: size * 0.4, background }} aria-hidden="true" />;
}

function TweetArticle({ tweet, onOpen }: { tweet: Tweet; onOpen?: () => void }) {
  return (
    <article data-testid="tweet" role="article" tabIndex={0} className="x-tweet" onClick={onOpen} aria-labelledby={`t-${tweet.id}`}>
      <div data-testid="Tweet-User-Avatar">
        <Avatar name={tweet.name} />
      </div>
      <div className="x-tweet-body" id={`t-${tweet.id}`}>
        <div data-testid="User-Name" className="x-user-name">
          <a href={`/x-post/${tweet.handle}`} role="link" className="x-name" onClick={(e) => e.preventDefault()}>
            <span>{tweet.name}</span>
          </a>
          <a href={`/x-post/${tweet.handle}`} role="link" tabIndex={-1} className="x-handle" onClick={(e) => e.preventDefault()}>
            <span>@{tweet.handle}</span>
          </a>
          <span className="x-dot">·</span>
          <a href={`/x-post/${tweet.handle}/status/${tweet.id}`} role="link" className="x-time" onClick={(e) => e.preventDefault()}>
            <time dateTime="2026-10-28T10:00:00.000Z">{tweet.time}</time>
          </a>
        </div>
        <div data-testid="tweetText" lang={tweet.lang} dir="auto" className="x-text">
          <span>{tweet.text}</span>
        </div>
        <div role="group" className="x-actions" aria-label={`${tweet.replies.length} replies`}>
          <button type="button" data-testid="reply" aria-label={`${tweet.replies.length} Replies. Reply`}>
            💬 {tweet.replies.length || ''}
          </button>
          <button type="button" data-testid="retweet" aria-label="Repost">
            🔁
          </button>
          <button type="button" data-testid="like" aria-label="Like">
            ♡
          </button>
        </div>
      </div>
    </article>
  );
}

const MENTION = /(?:^|\s)(@(\w{1,15}))$/;

interface MentionMatch {
  blockKey: string;
  start: number;
  end: number;
  query: string;
  before: string;
}

function findMention(es: EditorState): MentionMatch | null {
  const sel = es.getSelection();
  if (!sel.isCollapsed() || !sel.getHasFocus()) return null;
  const block = es.getCurrentContent().getBlockForKey(sel.getAnchorKey());
  if (!block) return null;
  const before = block.getText().slice(0, sel.getAnchorOffset());
  const m = MENTION.exec(before);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { blockKey: block.getKey(), start: sel.getAnchorOffset() - m[1].length, end: sel.getAnchorOffset(), query: m[2].toLowerCase(), before };
}

function searchUsers(q: string): User[] {
  return USERS.filter((u) => u.handle.startsWith(q) || u.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(q))).slice(0, 5);
}

const isImeEnter = (e: ReactKeyboardEvent): boolean => e.nativeEvent.isComposing || e.keyCode === 229;

function Composer({ replyTo, onPost }: { replyTo: Tweet | null; onPost: (text: string) => void }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const editorRef = useRef<Editor>(null);
  live.editorState = editorState;

  const mention = findMention(editorState);
  const users = mention && mention.before !== dismissed ? searchUsers(mention.query) : [];
  const open = mention !== null && users.length > 0;
  const text = editorState.getCurrentContent().getPlainText();
  const canPost = text.trim() !== '' && text.length <= 280;

  const onChange = (next: EditorState): void => {
    live.editorState = next;
    const before = findMention(next)?.before;
    if (before !== findMention(editorState)?.before) setActive(0);
    setEditorState(next);
  };

  const pick = (user: User): void => {
    if (!mention) return;
    const content = editorState.getCurrentContent();
    const range = editorState.getSelection().merge({ anchorKey: mention.blockKey, focusKey: mention.blockKey, anchorOffset: mention.start, focusOffset: mention.end, isBackward: false });
    const replaced = Modifier.replaceText(content, range, `@${user.handle} `);
    const next = EditorState.push(editorState, replaced, 'insert-characters');
    onChange(EditorState.forceSelection(next, replaced.getSelectionAfter()));
  };

  const post = (): void => {
    const value = editorState.getCurrentContent().getPlainText();
    if (value.trim() === '' || value.length > 280) return;
    onPost(value);
    // Posting resets the composer to a fresh, empty editor state.
    onChange(EditorState.moveFocusToEnd(EditorState.push(EditorState.createEmpty(), ContentState.createFromText(''), 'remove-range')));
  };

  const handleReturn = (e: ReactKeyboardEvent): DraftHandleValue => {
    if (isImeEnter(e)) return 'handled';
    if (open) {
      const user = users[active];
      if (user) pick(user);
      return 'handled';
    }
    if (e.ctrlKey || e.metaKey) {
      post();
      return 'handled';
    }
    return 'not-handled';
  };

  const move = (delta: number) => (e: ReactKeyboardEvent) => {
    if (!open) return;
    e.preventDefault();
    setActive((i) => (i + delta + users.length) % users.length);
  };

  const listboxId = 'typeaheadDropdown-1';
  return (
    <div className={`x-composer${replyTo ? ' x-composer-reply' : ''}`}>
      <Avatar name={ME.name} />
      <div className="x-composer-main">
        {replyTo ? (
          <div className="x-replying">
            Replying to <a href={`/x-post/${replyTo.handle}`} onClick={(e) => e.preventDefault()}>@{replyTo.handle}</a>
          </div>
        ) : null}
        <label data-testid="tweetTextarea_0_label" className="x-label">
          <div data-testid="tweetTextarea_0RichTextInputContainer" className="x-input-container" onClick={() => editorRef.current?.focus()}>
            <Editor
              ref={editorRef}
              editorState={editorState}
              onChange={onChange}
              handleReturn={handleReturn}
              onUpArrow={move(-1)}
              onDownArrow={move(1)}
              onTab={(e) => {
                const user = users[active];
                if (!open || !user) return;
                e.preventDefault();
                pick(user);
              }}
              onEscape={() => {
                if (open && mention) setDismissed(mention.before);
              }}
              placeholder={replyTo ? 'Post your reply' : 'What is happening?!'}
              webDriverTestID="tweetTextarea_0"
              ariaLabel="Post text"
              ariaMultiline
              role="textbox"
              ariaAutoComplete="list"
              ariaControls={open ? listboxId : undefined}
              ariaActiveDescendantID={open ? `${listboxId}-option-${active}` : undefined}
              spellCheck
              stripPastedStyles
            />
          </div>
        </label>
        {open ? (
          <div id={listboxId} role="listbox" className="x-typeahead" data-testid="typeaheadDropdown">
            {users.map((u, i) => (
              <div
                key={u.handle}
                id={`${listboxId}-option-${i}`}
                role="option"
                aria-selected={i === active}
                data-testid="typeaheadResult"
                className="x-typeahead-item"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(u)}
              >
                <Avatar name={u.name} size={36} />
                <div>
                  <div className="x-name">{u.name}</div>
                  <div className="x-handle">@{u.handle}</div>
                </div>
              </div>
            ))}
          </div>
        ) : null}
        <div className="x-toolbar">
          <div className="x-tools" aria-hidden="true">
            🖼️ GIF 📊 🙂 📅 📍
          </div>
          <div className="x-toolbar-right">
            {text.length > 0 ? <span className={`x-count${text.length > 280 ? ' x-over' : ''}`}>{280 - text.length}</span> : null}
            <button type="button" role="button" data-testid="tweetButtonInline" className="x-post-button" disabled={!canPost} aria-disabled={!canPost} onClick={post}>
              {replyTo ? 'Reply' : 'Post'}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function App() {
  const [route, setRoute] = useState<Route>(live.route);
  const [, setVersion] = useState(0);
  live.route = route;

  useEffect(() => {
    markReady();
    live.navigate = (r) => {
      history.pushState(null, '', path(r));
      live.route = r;
      setRoute(r);
      window.scrollTo(0, 0);
    };
    const onPop = () => setRoute(parseRoute());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.title = route.kind === 'home' ? 'Home / X' : `${route.tweet.name} on X: "${route.tweet.text.slice(0, 40)}…" / X`;
  }, [route]);

  const onPost = (text: string): void => {
    recordSent(text);
    const mine: Tweet = { id: String(Date.now()), handle: ME.handle, name: ME.name, time: 'now', lang: 'en', text, replies: [] };
    if (route.kind === 'home') TWEETS.unshift(mine);
    else route.tweet.replies.unshift(mine);
    setVersion((v) => v + 1);
  };

  return (
    <div className="x-app">
      <header role="banner" className="x-nav">
        <div className="x-logo" aria-label="X">𝕏</div>
        <nav aria-label="Primary">
          <a href="/x-post/" onClick={(e) => { e.preventDefault(); live.navigate({ kind: 'home' }); }} data-testid="AppTabBar_Home_Link">🏠 Home</a>
          <a href="#explore" onClick={(e) => e.preventDefault()}>🔍 Explore</a>
          <a href="#notifications" onClick={(e) => e.preventDefault()}>🔔 Notifications</a>
          <a href="/x-chat/">✉️ Chat</a>
          <a href="#profile" onClick={(e) => e.preventDefault()}>👤 Profile</a>
        </nav>
        <button type="button" className="x-post-button x-nav-post" data-testid="SideNav_NewTweet_Button">Post</button>
      </header>
      <main role="main" className="x-main">
        <div className="x-column" data-testid="primaryColumn">
          {route.kind === 'home' ? (
            <>
              <div className="x-column-head"><h2>Home</h2><div className="x-tabs"><span className="x-tab-on">For you</span><span>Following</span></div></div>
              <Composer key="home" replyTo={null} onPost={onPost} />
              <section aria-label="Timeline: Your Home Timeline" className="x-timeline">
                {TWEETS.map((t) => (
                  <div data-testid="cellInnerDiv" key={t.id}>
                    <TweetArticle tweet={t} onOpen={() => live.navigate({ kind: 'status', tweet: t })} />
                  </div>
                ))}
              </section>
            </>
          ) : (
            <>
              <div className="x-column-head">
                <button type="button" aria-label="Back" data-testid="app-bar-back" className="x-back" onClick={() => history.back()}>←</button>
                <h2>Post</h2>
              </div>
              <section aria-label="Timeline: Conversation" className="x-timeline">
                <div data-testid="cellInnerDiv" className="x-focal">
                  <TweetArticle tweet={route.tweet} />
                </div>
                <Composer key={route.tweet.id} replyTo={route.tweet} onPost={onPost} />
                {route.tweet.replies.map((t) => (
                  <div data-testid="cellInnerDiv" key={t.id}>
                    <TweetArticle tweet={t} />
                  </div>
                ))}
              </section>
            </>
          )}
        </div>
        <aside className="x-aside" aria-label="Trending">
          <div className="x-box">
            <h3>What’s happening</h3>
            <p><small>Trending in Canada</small><br /><b>#LegalAidWeek</b></p>
            <p><small>Politics · Trending</small><br /><b>Housing tribunal</b></p>
            <p><small>Trending</small><br /><b>Lundi</b></p>
          </div>
        </aside>
      </main>
    </div>
  );
}

createRoot(document.getElementById('react-root')!).render(<App />);

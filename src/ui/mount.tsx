/**
 * Mounts the UI: one `<prudence-guard>` host on the root element, outside any
 * editor, with a closed shadow root holding our styles and the Preact tree.
 */
import { createRef, render as renderInto, type RefObject } from 'preact';
import { Badge } from './Badge';
import { Confirm } from './Confirm';
import { ContextNotices, NoticeStack } from './Notices';
import { Panel, type Viewport } from './Panel';
import { CSS } from './styles';
import { saveFile } from '../conversation/save';
import { t } from './strings';
import type { NoticeKind } from '../guard/notices';
import type { GuardUi, UiCallbacks, UiState } from './types';

interface Refs {
  badge: RefObject<HTMLButtonElement | null>;
  heading: RefObject<HTMLHeadingElement | null>;
  edit: RefObject<HTMLButtonElement | null>;
}

interface AppProps {
  state: UiState;
  callbacks: UiCallbacks;
  viewport: Viewport;
  refs: Refs;
}

function App({ state, callbacks, viewport, refs }: AppProps) {
  const lang = state.locale;
  const notices = state.notices ?? [];
  const dismissContext = (kind: NoticeKind) => callbacks.dismissContextNotice?.(kind);
  // Names only, in order and once each: the text changes (and is read out) when the risks do, not at every keystroke.
  const names = [...new Set(state.findings.map((f) => f.ruleName))];
  return (
    <div class="root" lang={lang}>
      <div class="sr-only" role="status" aria-live="polite" data-testid="announce">
        {state.anchor !== null ? t(lang).announce(state.badge, names) : ''}
      </div>
      {state.anchor !== null && (
        <Badge anchor={state.anchor} state={state.badge} count={state.findings.length} expanded={state.panelOpen} lang={lang} onToggle={callbacks.togglePanel} buttonRef={refs.badge} />
      )}
      {/* Right after the badge, so Tab goes from it to the notices; empty while the panel, which shows them, is open. */}
      <NoticeStack
        anchor={state.anchor}
        viewport={viewport}
        failure={state.panelOpen ? null : state.notice}
        onDismissFailure={callbacks.dismissNotice}
        notices={state.panelOpen ? [] : notices}
        lang={lang}
        onInsert={callbacks.insert}
        onDismiss={dismissContext}
      />
      {state.panelOpen && (
        <Panel
          lang={lang}
          anchor={state.anchor}
          viewport={viewport}
          badge={state.badge}
          findings={state.findings}
          recipient={state.recipient}
          contact={state.contact ?? null}
          onSetContact={callbacks.setContact}
          notice={state.notice}
          headingRef={refs.heading}
          onClose={callbacks.closePanel}
          onIgnore={callbacks.ignore}
          onInsert={callbacks.insert}
          onDismissNotice={callbacks.dismissNotice}
          {...(callbacks.saveConversation !== undefined ? { onSaveConversation: callbacks.saveConversation } : {})}
        >
          <ContextNotices notices={notices} lang={lang} idPrefix="prudence-panel-notice" onInsert={callbacks.insert} onDismiss={dismissContext} />
        </Panel>
      )}
      {state.confirm !== null && (
        <Confirm
          confirm={state.confirm}
          lang={lang}
          editRef={refs.edit}
          onInsert={callbacks.insert}
          onEdit={callbacks.edit}
          onSendAnyway={callbacks.sendAnyway}
          onFalseAlarm={callbacks.falseAlarm}
        />
      )}
    </div>
  );
}

/**
 * The UI's tree in an open shadow root of `host`, for the accessibility audit
 * (tests/e2e/a11y.spec.ts): axe cannot look into the closed root the guard
 * uses. Same markup and styles; not used by the extension.
 */
export function renderForAudit(host: HTMLElement, state: UiState, callbacks: UiCallbacks): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (root.childNodes.length === 0) {
    const style = host.ownerDocument.createElement('style');
    style.textContent = CSS;
    root.append(style, host.ownerDocument.createElement('div'));
  }
  const view = host.ownerDocument.defaultView;
  const viewport: Viewport = { width: view?.innerWidth ?? 1280, height: view?.innerHeight ?? 720 };
  const refs: Refs = { badge: createRef(), heading: createRef(), edit: createRef() };
  renderInto(<App state={state} callbacks={callbacks} viewport={viewport} refs={refs} />, root.lastChild as HTMLElement);
}

/**
 * Creates the UI in `doc`. `testHook` is for tests only: it receives the
 * closed shadow root, which nothing else can reach. Production code never
 * passes it.
 */
export function createGuardUi(callbacks: UiCallbacks, doc: Document = document, testHook?: (root: ShadowRoot) => void): GuardUi {
  const host = doc.createElement('prudence-guard');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const container = doc.createElement('div');
  root.append(style, container);
  doc.documentElement.append(host);

  const win = doc.defaultView;
  const refs: Refs = { badge: createRef(), heading: createRef(), edit: createRef() };
  let last: UiState | null = null;
  let alive = true;

  const viewport = (): Viewport => {
    // The box fixed elements are laid out in: the viewport without scrollbars.
    const el = doc.compatMode === 'BackCompat' ? doc.body : doc.documentElement;
    return { width: el?.clientWidth || win?.innerWidth || 0, height: el?.clientHeight || win?.innerHeight || 0 };
  };

  /**
   * Runs an action that may remove the focused control (closing the panel,
   * ignoring a card). Focus would fall to the page's body; it goes to the
   * panel's heading, or the badge, instead. Focus the guard moved to the
   * draft is left alone.
   */
  const keepingFocus =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A): void => {
      const hadFocus = doc.activeElement === host;
      action(...args);
      if (!hadFocus || !alive) return;
      const now = doc.activeElement;
      const lost = now === null || now === doc.body || (now === host && root.activeElement === null);
      if (lost) (refs.heading.current ?? refs.badge.current)?.focus();
    };

  const wrapped: UiCallbacks = {
    ...callbacks,
    closePanel: keepingFocus(() => callbacks.closePanel()),
    ignore: keepingFocus((id: string) => callbacks.ignore(id)),
    dismissNotice: keepingFocus(() => callbacks.dismissNotice()),
    dismissContextNotice: keepingFocus((kind: NoticeKind) => callbacks.dismissContextNotice?.(kind)),
  };

  const draw = () => {
    if (alive && last !== null) renderInto(<App state={last} callbacks={wrapped} viewport={viewport()} refs={refs} />, container);
  };
  win?.addEventListener('resize', draw);

  testHook?.(root);

  return {
    host,
    render(state) {
      last = state;
      draw();
    },
    handleKey(e) {
      if (e.key !== 'Escape' || e.isComposing || !alive) return;
      if (last?.confirm) callbacks.edit();
      else wrapped.closePanel();
    },
    saveFile(name, mime, content) {
      if (alive) saveFile(root, name, mime, content);
    },
    focusDialog() {
      refs.edit.current?.focus();
    },
    destroy() {
      if (!alive) return;
      alive = false;
      win?.removeEventListener('resize', draw);
      renderInto(null, container);
      host.remove();
    },
  };
}

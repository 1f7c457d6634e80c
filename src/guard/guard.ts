/**
 * The guard on one page: finds the compose box through the site adapter,
 * analyses the draft as it is typed, marks the flagged words, shows the badge
 * and the findings panel, and holds a send while a `block` finding stands.
 *
 * Send interception listens on the window in the capture phase, registered
 * when the content script starts (document_start), so it runs before the
 * page's own key and click handlers. The decision is taken on the draft as it
 * is at that instant: a stale debounced result is never trusted.
 */
import { analyzeDraft, renderTemplate, warmUpStep } from '../engine';
import { fillPlaceholders } from '../engine/templates';
import type { Context, Finding, Lang } from '../engine/types';
import { editorFor } from '../editors';
import type { EditorAccess } from '../editors/types';
import { GENERIC_SITE_ID, type Identity, type SiteAdapter, type WhyNot } from '../sites/types';
import type { ConfirmState, FindingView, GuardUi, NoticeView, ReplyView, UiState, UiCallbacks, BadgeState } from '../ui/types';
import { findingName, t } from '../ui/strings';
import { Highlighter, highlightApiAvailable, type Mark } from './highlights';
import { engineSettings, recipientFor, type GuardConfig, type GuardSettings } from './settings';
import { contactKey, recipientOf, type ContactChange } from '../contacts/registry';
import { LIMITS, REASON_MAX, type Justification, type NewRecord, type Tally } from '../journal/types';
import { CONSENT_REPLY_ID, NOTICE_CONVERSATION_MAX, consentRequest, markOf, noticesFor, noticesToShow, type NoticeKind, type NoticeMemory } from './notices';
import { captureConversation } from '../conversation/extract';
import { MIME, fileName, toHtml, toText } from '../conversation/format';
import type { SavedConversation } from '../conversation/types';
import { DraftOutcomes, journalSeverity, warnedRules, type DraftReading, type Outcome } from './outcome';

/** What the guard reports about itself (the popup, the tests). */
export interface GuardStatus {
  site: string;
  active: boolean;
  identity: Identity | null;
  context: Context | null;
  badge: BadgeState;
  findings: Array<{ ruleId: string; severity: string; words: string }>;
  whyNot: WhyNot | null;
  highlightMode: 'api' | 'overlay';
  /** The notices about the conversation's setting shown last. */
  notices: NoticeKind[];
}

/**
 * One journal record as the guard gives it (src/journal/types.ts): a draft
 * that went out after a warning, or a false-alarm report. It holds the draft
 * only when the policy's `journal.keep` is `hash` or `text`.
 */
export type JournalEntry = NewRecord & { decision: 'sent-anyway' | 'false-alarm' | 'sent-after-warning' };

export interface GuardHost {
  createUi(callbacks: UiCallbacks): GuardUi;
  /** Appends to the local journal. */
  record(entry: JournalEntry): void;
  /** Counts a warned draft that was revised or cancelled (never recorded). */
  tally?(tally: Tally): void;
  /** The notices' marks (shown, dismissed); without it no context notice shows. */
  notices?: NoticeMemory;
  /** Why the guard is not active, from the adapter registry. */
  whyNot(): WhyNot | null;
  /** Records who a conversation is with (the contacts registry); the new settings come back through updateSettings. */
  saveContact(at: { site: string; key: string; label?: string }, change: ContactChange): void;
}

interface Attachment {
  compose: HTMLElement;
  editor: EditorAccess;
  identity: Identity;
  abort: AbortController;
}

interface Analysis {
  text: string;
  contextKey: string;
  lang: Lang;
  findings: Finding[];
}

/** A typed reason for "Send anyway", where the organisation asks for one: at least a few characters (the journal keeps REASON_MAX). */
export const REASON_MIN = 3;

export class Guard {
  private settings: GuardSettings;
  private config: GuardConfig;
  private attached: Attachment | null = null;
  private ui: GuardUi | null = null;
  private readonly highlighter: Highlighter;
  private analysis: Analysis | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ignored = new Set<string>();
  private panelOpen = false;
  private confirm: ConfirmState | null = null;
  private notice: string | null = null;
  private lastHref = '';
  /** When the conversation's identity was last read. */
  private identityAt = 0;
  private identityTimer: ReturnType<typeof setTimeout> | undefined;
  private repositionFrame = 0;
  /** Events we dispatch ourselves (the resend): our own listeners let them through. */
  private readonly bypass = new WeakSet<Event>();
  /** The Enter we held: its keypress and keyup are swallowed too. */
  private heldKey = false;
  /** Until this time, pointer events on the send button belong to a held click. */
  private heldGestureUntil = 0;
  /** A draft the user chose to send although the automatic resend did not go through: the next send passes. */
  private approved: string | null = null;
  private stopped = false;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** What became of each warned draft, for the journal. */
  private readonly outcomes = new DraftOutcomes();
  /** A reply is being written into the draft: the editor's passing states are not the user's draft. */
  private inserting = false;
  /** The analysis the last send check read, or null when it could not read the draft. */
  private checked: Analysis | null = null;
  /** The notices shown in the conversation the user is in, since they came into it. */
  private visit: { key: string; kinds: Set<NoticeKind> } = { key: '', kinds: new Set() };
  private shownNotices: NoticeKind[] = [];

  constructor(
    private readonly adapter: SiteAdapter,
    config: GuardConfig,
    private readonly host: GuardHost,
    private readonly win: Window = window,
  ) {
    this.config = config;
    this.settings = config.settings;
    this.highlighter = new Highlighter(win.document, this.highlightMode());
  }

  /** Starts looking for the compose box (call once the DOM exists). */
  start(): void {
    this.check();
    this.warmUp();
  }

  /** The page changed somewhere: look for the compose box again (the supervisor calls it at most once per frame). */
  poke(): void {
    this.check();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.pauseTimer);
    clearTimeout(this.identityTimer);
    if (this.repositionFrame !== 0) this.win.cancelAnimationFrame(this.repositionFrame);
    this.detach();
    this.highlighter.destroy();
    this.ui?.destroy();
    this.ui = null;
  }

  updateSettings(config: GuardConfig): void {
    this.config = config;
    this.settings = config.settings;
    this.highlighter.mode = this.highlightMode();
    // A pause ends by itself: look again when it does.
    clearTimeout(this.pauseTimer);
    const until = this.settings.pausedUntil;
    if (until !== null && until > Date.now()) this.pauseTimer = setTimeout(() => this.updateSettings(this.config), Math.min(until - Date.now() + 50, 2 ** 31 - 1));
    if (!this.enabled()) {
      this.detach();
      this.render();
      return;
    }
    this.analysis = null;
    this.check();
    this.analyzeNow();
  }

  private enabled(): boolean {
    return this.settings.enabled && !this.paused() && !this.siteOff();
  }

  /** Paused from the popup, until a time still to come. */
  private paused(): boolean {
    const until = this.settings.pausedUntil;
    return until !== null && until > Date.now();
  }

  status(): GuardStatus {
    this.refreshIdentity();
    const a = this.attached;
    return {
      site: this.adapter.id,
      active: a !== null,
      identity: a?.identity ?? null,
      context: a !== null ? this.context(a) : null,
      badge: this.badgeState(),
      findings: this.visibleFindings().map((f) => ({ ruleId: f.ruleId, severity: f.severity, words: this.words(f) })),
      whyNot: a === null ? this.whyNot() : null,
      highlightMode: this.highlighter.mode,
      notices: [...this.shownNotices],
    };
  }

  private whyNot(): WhyNot | null {
    if (!this.settings.enabled) return { reason: 'guard-off' };
    if (this.paused()) return { reason: 'paused', until: this.settings.pausedUntil ?? 0 };
    if (this.siteOff()) return { reason: 'site-disabled', site: this.adapter.id };
    return this.host.whyNot();
  }

  // ------------------------------------------------------------ discovery

  /** The user or the organisation switched this site off (the generic guard has no switch: the policy's extra sites decide). */
  private siteOff(): boolean {
    const id = this.adapter.id;
    return id !== GENERIC_SITE_ID && this.settings.sites[id] === false;
  }

  private highlightMode(): 'api' | 'overlay' {
    return this.settings.highlights === 'auto' && highlightApiAvailable() ? 'api' : 'overlay';
  }

  /** Compiles the engine's patterns in idle moments, one chunk at a time, so no keystroke pays for it. */
  private warmUp(): void {
    const idle = (cb: () => void) => (typeof this.win.requestIdleCallback === 'function' ? this.win.requestIdleCallback(cb, { timeout: 500 }) : this.win.setTimeout(cb, 16));
    const step = () => {
      if (this.stopped) return;
      if (warmUpStep()) idle(step);
    };
    idle(step);
  }

  private check(): void {
    if (this.stopped) return;
    if (!this.enabled()) return;
    const compose = this.adapter.findCompose(this.win.document);
    const a = this.attached;
    if (compose !== a?.compose) {
      this.detach();
      if (compose !== null) this.attach(compose);
      this.render();
      return;
    }
    if (a === null) return;
    const now = performance.now();
    // Same element, another conversation: Messenger, Telegram, LinkedIn and X Chat swap the draft in
    // place and change the URL; Gmail readdresses a compose window without either. Re-read on a URL
    // change at once, otherwise at most twice a second (it reads header text, which costs a layout).
    if (this.win.location.href !== this.lastHref || now - this.identityAt > 500) {
      this.lastHref = this.win.location.href;
      this.refreshIdentity();
    } else if (this.identityTimer === undefined) {
      // A change within the half second still gets read, once, at its end.
      this.identityTimer = setTimeout(() => {
        this.identityTimer = undefined;
        this.check();
      }, 500 - (now - this.identityAt));
    }
  }

  private attach(compose: HTMLElement): void {
    const abort = new AbortController();
    const editor = editorFor(this.adapter.editor);
    this.lastHref = this.win.location.href;
    this.attached = { compose, editor, identity: this.adapter.identity(compose, new URL(this.win.location.href)), abort };
    this.identityAt = performance.now();
    const opts = { signal: abort.signal, passive: true };
    const onEdit = () => this.scheduleAnalysis();
    compose.addEventListener('input', onEdit, opts);
    compose.addEventListener('compositionend', onEdit, opts);
    compose.addEventListener('paste', onEdit, opts);
    compose.addEventListener('cut', onEdit, opts);
    // Editors that change their text without input events (a chat switch restoring a draft, a programmatic clear).
    const mo = new MutationObserver(onEdit);
    mo.observe(compose, { childList: true, subtree: true, characterData: true });
    abort.signal.addEventListener('abort', () => mo.disconnect());
    const ro = new ResizeObserver(() => this.reposition());
    ro.observe(compose);
    abort.signal.addEventListener('abort', () => ro.disconnect());
    this.win.addEventListener('scroll', () => this.reposition(), { capture: true, passive: true, signal: abort.signal });
    this.win.addEventListener('resize', () => this.reposition(), { passive: true, signal: abort.signal });
    this.ensureUi();
    const idle = this.win.requestIdleCallback?.bind(this.win) ?? ((cb: () => void) => this.win.setTimeout(cb, 50));
    idle(() => this.highlighter.prepare());
    this.analyzeNow();
  }

  private detach(): void {
    const a = this.attached;
    if (a === null) return;
    a.abort.abort();
    this.attached = null;
    clearTimeout(this.timer);
    this.analysis = null;
    this.ignored.clear();
    this.confirm = null;
    this.panelOpen = false;
    this.highlighter.clear();
  }

  private refreshIdentity(): void {
    const a = this.attached;
    if (a === null) return;
    this.identityAt = performance.now();
    const next = this.adapter.identity(a.compose, new URL(this.win.location.href));
    const same = next.key === a.identity.key && next.name === a.identity.name && next.handle === a.identity.handle;
    if (same) return;
    if (next.key !== a.identity.key) {
      this.ignored.clear();
      this.confirm = null;
    }
    a.identity = next;
    this.analysis = null;
    this.analyzeNow();
  }

  // ------------------------------------------------------------ analysis

  private context(a: Attachment): Context {
    const url = new URL(this.win.location.href);
    return {
      profile: this.settings.profile,
      recipient: this.recipient(a),
      channel: this.adapter.channel(a.compose, url),
    };
  }

  /** This conversation's entry in the contacts registry (the firm's list on top), if any. */
  private contactOf(a: Attachment) {
    return this.config.contacts[contactKey(this.adapter.id, a.identity.key)];
  }

  /** The contacts registry's answer for this conversation, else the settings' (see recipientFor). */
  private recipient(a: Attachment): Context['recipient'] {
    const contact = this.contactOf(a);
    return contact !== undefined ? recipientOf(contact) : recipientFor(this.settings, a.identity.key);
  }

  /** What the panel shows of the registry for this conversation (lawyers: who is a client decides no-mandate). */
  private contactView(a: Attachment | null): UiState['contact'] {
    if (a === null || this.settings.profile !== 'lawyer') return null;
    const contact = this.contactOf(a);
    return { status: contact?.status ?? null, consent: contact?.consent ?? false, ...(contact?.source === 'organisation' ? { firm: true } : {}) };
  }

  private locale(): Lang {
    if (this.settings.locale !== null) return this.settings.locale;
    return (this.win.navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }

  private scheduleAnalysis(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.analyzeNow(), this.settings.debounceMs);
  }

  /** Reads the draft and analyses it now, unless the last analysis is of this very draft. */
  private analyzeNow(): Analysis | null {
    clearTimeout(this.timer);
    const a = this.attached;
    if (a === null || !this.enabled()) return null;
    const text = a.editor.read(a.compose);
    const ctx = this.context(a);
    const contextKey = JSON.stringify(ctx);
    const prev = this.analysis;
    if (prev !== null && prev.text === text && prev.contextKey === contextKey) return prev;
    if (text.trim() === '') this.ignored.clear();
    const result = analyzeDraft(text, ctx, engineSettings(this.config, this.locale()));
    this.analysis = { text, contextKey, lang: result.lang, findings: result.findings };
    if (!this.inserting) this.follow(a, this.analysis, (r) => this.outcomes.read(r));
    this.paintMarks();
    this.render();
    return this.analysis;
  }

  private words(f: Finding): string {
    return this.analysis?.text.slice(f.range[0], f.range[1]) ?? '';
  }

  private findingKey(f: Finding): string {
    return `${f.ruleId}|${this.words(f)}`;
  }

  private visibleFindings(): Finding[] {
    return (this.analysis?.findings ?? []).filter((f) => !this.ignored.has(this.findingKey(f)));
  }

  private badgeState(): BadgeState {
    if (this.attached === null || this.analysis === null) return 'idle';
    if (this.analysis.text.trim() === '') return 'idle';
    const fs = this.visibleFindings();
    if (fs.some((f) => f.severity === 'block')) return 'block';
    if (fs.length > 0) return 'warn';
    return 'clean';
  }

  private paintMarks(): void {
    const a = this.attached;
    if (a === null) {
      this.highlighter.clear();
      return;
    }
    const marks: Mark[] = this.visibleFindings().map((f) => {
      const [start, end] = f.range;
      return {
        severity: f.severity,
        range: a.editor.range(a.compose, start, end),
        rects: () => a.editor.rects(a.compose, start, end),
      };
    });
    this.highlighter.set(marks);
  }

  /** After a scroll, a resize or a re-layout: marks and UI follow the compose box, once per frame. */
  private reposition(): void {
    if (this.repositionFrame !== 0) return;
    this.repositionFrame = this.win.requestAnimationFrame(() => {
      this.repositionFrame = 0;
      this.highlighter.redraw();
      this.render();
    });
  }

  // ------------------------------------------------------------ UI

  private ensureUi(): GuardUi {
    if (this.ui !== null) return this.ui;
    this.ui = this.host.createUi({
      togglePanel: () => {
        this.panelOpen = !this.panelOpen;
        this.render();
      },
      closePanel: () => {
        this.panelOpen = false;
        this.render();
      },
      ignore: (id) => {
        const f = this.visibleFindings().find((x) => this.viewId(x) === id);
        if (f !== undefined) this.ignored.add(this.findingKey(f));
        this.paintMarks();
        this.render();
      },
      insert: (reply) => void this.insert(reply),
      edit: () => this.editDraft(),
      sendAnyway: (reason, justification) => this.sendAnyway('sent-anyway', reason, justification),
      falseAlarm: (reason, justification) => this.sendAnyway('false-alarm', reason, justification),
      dismissNotice: () => {
        this.notice = null;
        this.render();
      },
      dismissContextNotice: (kind) => {
        this.dismissContextNotice(kind);
        this.render();
      },
      saveConversation: (format) => this.saveConversation(format),
      setContact: (change) => {
        const a = this.attached;
        if (a === null) return;
        const label = a.identity.name ?? a.identity.handle ?? undefined;
        this.host.saveContact({ site: this.adapter.id, key: a.identity.key, ...(label !== undefined ? { label } : {}) }, change);
      },
    });
    return this.ui;
  }

  /**
   * Saves the messages the open conversation shows to a file, as the user
   * asked from the panel: read from the page as text, never sent anywhere.
   */
  private saveConversation(format: 'txt' | 'html'): void {
    const a = this.attached;
    const lang = this.locale();
    const s = t(lang);
    const capture = captureConversation(this.adapter.id, this.win.document, a?.compose ?? null);
    if (capture.messages.length === 0) {
      this.notice = s.saveNothing(capture.reason?.code ?? 'none-visible');
      this.render();
      return;
    }
    const conv: SavedConversation = {
      site: { id: this.adapter.id, label: this.adapter.label },
      conversation: { label: a?.identity.name ?? a?.identity.handle ?? null, key: a?.identity.key ?? this.adapter.id },
      exportedAt: new Date(),
      messages: capture.messages,
      truncated: capture.truncated,
    };
    const content = format === 'txt' ? toText(conv, lang) : toHtml(conv, lang);
    this.ensureUi().saveFile(fileName(conv, format), MIME[format], content);
    this.notice = capture.truncated === false ? null : s.saveCut(capture.messages.length);
    this.render();
  }

  private viewId(f: Finding): string {
    return `${f.ruleId}:${f.range[0]}-${f.range[1]}`;
  }

  /** A reply's placeholders filled: the recipient's first name, the firm's details. */
  private fillReply(text: string): string {
    const first = this.attached?.identity.name?.trim().split(/\s+/)[0];
    const filled = fillPlaceholders(text, { ...(first ? { name: first } : {}), ...this.settings.placeholders });
    // No name known: "Hi {name}," reads better as "Hi,".
    return first ? filled : filled.replace(/ ?\{name\}/g, '');
  }

  private replies(f: Finding): ReplyView[] {
    const lang = this.analysis?.lang ?? this.locale();
    const out: ReplyView[] = [];
    for (const id of f.suggestions) {
      const text = renderTemplate(id, lang, {}, this.config.policy);
      if (text !== undefined) out.push({ templateId: id, text: this.fillReply(text) });
    }
    return out;
  }

  private view(f: Finding): FindingView {
    const locale = this.locale();
    return {
      id: this.viewId(f),
      ruleId: f.ruleId,
      ruleName: findingName(f.ruleId, f.message, locale),
      severity: f.severity,
      words: this.words(f),
      message: f.message,
      why: f.why,
      replies: this.replies(f),
    };
  }

  private render(): void {
    const ui = this.ui;
    if (ui === null) return;
    const a = this.attached;
    const rect = a?.compose.isConnected ? a.compose.getBoundingClientRect() : null;
    const state: UiState = {
      locale: this.locale(),
      anchor: rect !== null && rect.width > 0 ? { top: rect.top, left: rect.left, width: rect.width, height: rect.height } : null,
      badge: this.badgeState(),
      findings: this.visibleFindings().map((f) => this.view(f)),
      panelOpen: this.panelOpen && a !== null,
      confirm: this.confirm,
      recipient: a?.identity.name ?? a?.identity.handle ?? null,
      contact: this.contactView(a),
      notice: this.notice,
      notices: this.noticeViews(a),
    };
    ui.render(state);
  }

  // ------------------------------------------------------------ context notices

  /** The conversation's key as the notices' marks hold it (the marks' bound). */
  private static noticeKey(a: Attachment): string {
    return a.identity.key.slice(0, NOTICE_CONVERSATION_MAX);
  }

  /** The notices to show now; those shown for the first time are marked so. */
  private noticeViews(a: Attachment | null): NoticeView[] {
    const memory = this.host.notices;
    const marks = memory?.marks() ?? null;
    const analysis = this.analysis;
    if (a === null || memory === undefined || marks === null || analysis === null) {
      this.shownNotices = [];
      return [];
    }
    const site = this.adapter.id;
    const conversation = Guard.noticeKey(a);
    if (this.visit.key !== conversation) this.visit = { key: conversation, kinds: new Set() };
    const applicable = noticesFor(this.context(a), analysis.text, analysis.findings);
    const shown = noticesToShow(applicable, (kind) => markOf(marks, { site, conversation, kind }), this.visit.kinds);
    for (const kind of shown) {
      if (this.visit.kinds.has(kind)) continue;
      this.visit.kinds.add(kind);
      memory.mark({ site, conversation, kind, state: 'shown', at: Date.now() });
    }
    this.shownNotices = shown;
    const texts = t(this.locale()).contextNotice;
    // The request goes in the draft's language, or the UI's before there is a draft to tell.
    const lang = analysis.text.trim() !== '' ? analysis.lang : this.locale();
    return shown.map((kind) => ({
      kind,
      text: texts[kind],
      ...(kind === 'consent' ? { reply: { templateId: CONSENT_REPLY_ID, text: this.fillReply(consentRequest(lang)) } } : {}),
    }));
  }

  private dismissContextNotice(kind: NoticeKind): void {
    const a = this.attached;
    if (a === null) return;
    this.host.notices?.mark({ site: this.adapter.id, conversation: Guard.noticeKey(a), kind, state: 'dismissed', at: Date.now() });
  }

  // ------------------------------------------------------------ journal

  /** A record of this draft for the journal: the conversation and its name, and the draft only if the policy keeps it. */
  private entry(a: Attachment, text: string, fields: Pick<JournalEntry, 'decision' | 'severity' | 'rules'> & { reason?: string; justification?: Justification }): JournalEntry {
    const label = a.identity.name ?? a.identity.handle ?? undefined;
    return {
      time: Date.now(),
      site: this.adapter.id,
      conversation: a.identity.key.slice(0, LIMITS.conversation),
      ...(label ? { label: label.slice(0, LIMITS.label) } : {}),
      ...fields,
      // Not one character of the draft leaves the content script unless the policy keeps it.
      ...(this.config.journalKeep !== 'nothing' ? { draft: text.slice(0, LIMITS.draft) } : {}),
    };
  }

  /** Tells the outcome machine about this draft, and records or counts what it says ended. */
  private follow(a: Attachment, analysis: Analysis, step: (r: DraftReading) => Outcome[]): void {
    for (const o of step({ conversation: a.identity.key, text: analysis.text, findings: analysis.findings })) {
      if (o.kind === 'tally') this.host.tally?.({ time: Date.now(), rules: o.rules, decision: o.decision });
      else this.host.record(this.entry(a, analysis.text, o));
    }
  }

  /** A send the guard let through: the draft goes out by the site's own path. */
  private letThrough(): void {
    const a = this.attached;
    const checked = this.checked;
    if (a === null || checked === null) return;
    this.follow(a, checked, (r) => this.outcomes.sent(r));
  }

  // ------------------------------------------------------------ actions

  private async insert(reply: ReplyView): Promise<void> {
    const a = this.attached;
    if (a === null) return;
    this.confirm = null;
    this.panelOpen = false;
    // The consent request answers the consent notice.
    if (reply.templateId === CONSENT_REPLY_ID) this.dismissContextNotice('consent');
    this.render();
    let ok = false;
    let reason = '';
    this.inserting = true;
    try {
      const result = await a.editor.replace(a.compose, reply.text);
      ok = result.ok;
      if (!result.ok) reason = result.reason;
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    } finally {
      this.inserting = false;
    }
    this.notice = ok ? null : t(this.locale()).insertFailed(reason);
    this.analyzeNow();
    this.render();
    a.compose.focus();
  }

  private editDraft(): void {
    this.confirm = null;
    this.heldGestureUntil = 0;
    this.render();
    const a = this.attached;
    if (a === null) return;
    a.compose.focus();
  }

  private sendAnyway(decision: 'sent-anyway' | 'false-alarm', reason?: string, justification?: Justification): void {
    const a = this.attached;
    const held = this.confirm;
    // The dialog does not offer these without a reason when one is asked; never send without it either.
    if (held?.reasonRequired === true && (reason ?? '').trim().length < REASON_MIN) return;
    this.confirm = null;
    this.heldGestureUntil = 0;
    this.render();
    if (a === null || held === null) return;
    // The draft as it goes out (the dialog was asked about this very text: a send is held while the dialog is open).
    const analysis = this.analyzeNow() ?? this.analysis;
    const text = analysis?.text ?? a.editor.read(a.compose);
    const findings = analysis?.findings ?? [];
    const typed = reason?.trim().slice(0, REASON_MAX);
    this.host.record(
      this.entry(a, text, {
        decision,
        severity: journalSeverity(findings) ?? 'block',
        // The rules the dialog named, and any other warning the draft carries.
        rules: [...new Set([...held.findings.map((f) => f.ruleId), ...warnedRules(findings)])],
        ...(typed ? { reason: typed } : {}),
        ...(justification !== undefined ? { justification } : {}),
      }),
    );
    if (analysis !== null) this.follow(a, analysis, (r) => this.outcomes.decided(r));
    a.compose.focus();
    this.resend(a);
    // Read back: a site that ignored our send keeps the draft. The user's next send then goes through, once.
    this.win.setTimeout(() => {
      if (this.attached !== a || a.editor.read(a.compose) !== text) return;
      this.approved = text;
      this.notice = t(this.locale()).sendFailed;
      this.render();
    }, 600);
  }

  /** Sends once through the site's own path: its button, or its send key where the button must not be clicked. */
  private resend(a: Attachment): void {
    const method = this.adapter.resend;
    const button = method === 'key' ? null : this.adapter.findSendButton(a.compose);
    const usable = button !== null && !button.matches('[disabled], [aria-disabled="true"]');
    if (usable && method === 'mouse-sequence') {
      for (const type of ['mousedown', 'mouseup', 'click'] as const) this.dispatch(button, new MouseEvent(type, { bubbles: true, cancelable: true, view: this.win, button: 0 }));
      return;
    }
    if (usable) {
      this.dispatch(button, new MouseEvent('click', { bubbles: true, cancelable: true, view: this.win, button: 0 }));
      return;
    }
    const mod = this.adapter.sendKey === 'mod-enter';
    const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true, ctrlKey: mod };
    this.dispatch(a.compose, new KeyboardEvent('keydown', init));
    this.dispatch(a.compose, new KeyboardEvent('keyup', init));
  }

  private dispatch(target: EventTarget, e: Event): void {
    this.bypass.add(e);
    target.dispatchEvent(e);
  }

  // ------------------------------------------------------------ interception

  private fromUi(e: Event): boolean {
    const host = this.ui?.host;
    return host !== undefined && e.composedPath().includes(host);
  }

  private inCompose(e: Event): boolean {
    const c = this.attached?.compose;
    return c !== undefined && e.composedPath().includes(c);
  }

  private onSendButton(e: Event): boolean {
    const a = this.attached;
    const target = e.target;
    return a !== null && target instanceof Element && this.adapter.isSendButton(target, a.compose);
  }

  private isSendKey(e: KeyboardEvent): boolean {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey) return false;
    if (this.adapter.sendKey === 'mod-enter') return e.ctrlKey || e.metaKey;
    return true;
  }

  /**
   * Held findings for the draft as it is now, or none; `failed` when the
   * guard could not check it (the organisation's fail mode then decides).
   */
  private blockingNow(): Finding[] | 'failed' {
    try {
      // The recipient decides the context (a prospect, a client): read it as it is now.
      this.checked = null;
      this.refreshIdentity();
      const analysis = this.analyzeNow();
      if (analysis === null) return [];
      this.checked = analysis;
      if (this.approved !== null && this.approved === analysis.text) {
        this.approved = null;
        return [];
      }
      return this.visibleFindings().filter((f) => f.severity === 'block');
    } catch {
      const closed = this.config.failMode === 'fail-closed';
      this.notice = closed ? t(this.locale()).guardFailedClosed : t(this.locale()).guardFailed;
      this.render();
      return closed ? 'failed' : [];
    }
  }

  /** A send the guard could not check, under a fail-closed policy: it does not go. */
  private holdFailed(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  private hold(e: Event, blocking: Finding[]): void {
    e.preventDefault();
    e.stopImmediatePropagation();
    const views = blocking.map((f) => this.view(f));
    const reply = views.flatMap((v) => v.replies)[0] ?? null;
    const reasonRequired = blocking.some((f) => this.config.reasonToSend.has(f.ruleId));
    this.confirm = { findings: views, reply, reasonRequired, keep: this.config.journalKeep };
    this.panelOpen = false;
    this.render();
    // After the page's own handlers for this event would have run: move focus into the dialog.
    this.win.setTimeout(() => this.ui?.focusDialog(), 0);
  }

  /** Every keydown, keypress and keyup of the window, in the capture phase. */
  onKey(e: KeyboardEvent): void {
    if (this.bypass.has(e)) return;
    if (this.fromUi(e)) {
      // Our dialog's keystrokes never reach the page (some apps refocus their composer on any key).
      e.stopImmediatePropagation();
      if (e.type === 'keydown') this.ui?.handleKey(e);
      return;
    }
    if (e.type !== 'keydown') {
      if (this.heldKey && e.key === 'Enter') {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (e.type === 'keyup') this.heldKey = false;
      }
      return;
    }
    if (this.attached === null || !this.enabled()) return;
    // Enter on a focused send button (Gmail's is a div with role=button) is a click by keyboard.
    const onButton = (e.key === 'Enter' || e.key === ' ') && this.onSendButton(e);
    if (!onButton) {
      if (!this.inCompose(e) || !this.isSendKey(e)) return;
      // Enter that commits an IME composition, or picks a mention or an emoji, is not a send.
      if (e.isComposing || e.keyCode === 229) return;
      if (this.adapter.pickerOpen(this.attached.compose)) return;
    }
    if (this.confirm !== null) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const blocking = this.blockingNow();
    if (blocking === 'failed') {
      this.heldKey = true;
      this.holdFailed(e);
      return;
    }
    if (blocking.length === 0) {
      this.letThrough();
      return;
    }
    this.heldKey = true;
    this.hold(e, blocking);
  }

  /** Every pointer and mouse press, release and click of the window, in the capture phase. */
  onPointer(e: Event): void {
    if (this.bypass.has(e) || this.fromUi(e)) return;
    if (this.attached === null || !this.enabled()) return;
    if (!this.onSendButton(e)) return;
    if (e instanceof MouseEvent && e.button !== 0) return;
    const now = performance.now();
    if (this.confirm !== null || now < this.heldGestureUntil) {
      // The rest of a click we already held (mouseup, click), or a click while the dialog is open.
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const blocking = this.blockingNow();
    if (blocking === 'failed') {
      this.heldGestureUntil = now + 1500;
      this.holdFailed(e);
      return;
    }
    if (blocking.length === 0) {
      // The click is the send (a press may still be dragged away).
      if (e.type === 'click') this.letThrough();
      return;
    }
    this.heldGestureUntil = now + 1500;
    this.hold(e, blocking);
  }
}

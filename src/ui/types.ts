/**
 * What the guard hands the UI, and what the UI calls back. The UI is pure
 * Preact over this state: it never reads the page, the editor or storage.
 */
import type { Lang, Severity } from '../engine/types';
import type { NoticeKind } from '../guard/notices';
import type { Justification, Keep } from '../journal/types';

/** idle: nothing analysed yet (empty draft); error: the guard itself failed. */
export type BadgeState = 'idle' | 'clean' | 'warn' | 'block' | 'error';

export interface ReplyView {
  templateId: string;
  /** The reply with its placeholders filled, as it would be inserted. */
  text: string;
}

export interface FindingView {
  /** Stable within one draft: rule id and range. */
  id: string;
  ruleId: string;
  /** The rule's short name in the UI language ("Legal advice by text"). */
  ruleName: string;
  severity: Severity;
  /** The flagged words, exactly as typed. */
  words: string;
  message: string;
  why: string;
  replies: ReplyView[];
}

/** Where the compose box is, in viewport coordinates (position: fixed). */
export interface Anchor {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface ConfirmState {
  /** The findings of severity `block` that held the send. */
  findings: FindingView[];
  /** The best reply to offer instead, if any. */
  reply: ReplyView | null;
  /** The organisation asks for a typed reason before "Send anyway" (and "false alarm"); otherwise the reason is optional. */
  reasonRequired?: boolean;
  /** What the journal keeps of the message (the policy's), for the reason's hint; `nothing` when absent. */
  keep?: Keep;
}

/** A notice about the conversation's setting (src/guard/notices.ts), shown once per conversation. */
export interface NoticeView {
  kind: NoticeKind;
  text: string;
  /** A reply the notice offers to put in the draft (the consent request), through the same path as the panel's replies. */
  reply?: ReplyView;
}

export interface UiState {
  locale: Lang;
  anchor: Anchor | null;
  badge: BadgeState;
  /** Findings shown (ignored ones excluded). */
  findings: FindingView[];
  panelOpen: boolean;
  /** Non-null while a send is held. */
  confirm: ConfirmState | null;
  /** Who the draft goes to, as the page shows it ("Marie Tremblay"), for the panel's header. */
  recipient: string | null;
  /** The contacts registry for this conversation (lawyer profile), or null when the panel offers no choice. */
  /** `firm`: the organisation's list sets this conversation; the panel shows it and offers no change. */
  contact?: { status: 'client' | 'prospect' | 'customer' | null; consent: boolean; firm?: boolean } | null;
  /** A message for the user after a failed action ("The reply could not be inserted: …"), or null. */
  notice: string | null;
  /** Notices about the conversation's setting, shown near the compose box (and in the panel while it is open). */
  notices?: NoticeView[];
}

export interface UiCallbacks {
  togglePanel(): void;
  closePanel(): void;
  ignore(findingId: string): void;
  insert(reply: ReplyView): void;
  /** Confirm dialog: focus back to the draft, untouched. */
  edit(): void;
  /** Confirm dialog: send as is, once, with the typed reason and the justification's category, where given. */
  sendAnyway(reason?: string, justification?: Justification): void;
  /** Confirm dialog: send, and record the findings as a false alarm. */
  falseAlarm(reason?: string, justification?: Justification): void;
  dismissNotice(): void;
  /** Dismisses a notice about the conversation's setting: it does not come back for that conversation. */
  dismissContextNotice?(kind: NoticeKind): void;
  /** Saves the conversation the page shows to a file the user keeps: plain text or a web page. */
  saveConversation?(format: 'txt' | 'html'): void;
  /** Records who the conversation is with: "Client, mandate signed", "Prospect", consent to texting on file. */
  setContact?(change: { status?: 'client' | 'prospect' | 'customer'; consent?: boolean }): void;
}

/** A mounted UI. */
export interface GuardUi {
  /** The element in the page that carries the closed shadow root. */
  readonly host: HTMLElement;
  render(state: UiState): void;
  /**
   * Keyboard events from inside the UI, which the guard stops at the window
   * (so the page never sees them) and hands over here: Escape closes the
   * panel or the dialog (as "Edit draft"). Default actions (Tab, Enter on a
   * button) still happen, since they are not cancelled.
   */
  handleKey(e: KeyboardEvent): void;
  /**
   * Hands a file to the browser's download, from inside the UI's closed
   * shadow root (no page script sees the link or its URL).
   */
  saveFile(name: string, mime: string, content: string): void;
  /** Moves focus into the confirm dialog (its safest button: "Edit draft"). */
  focusDialog(): void;
  destroy(): void;
}

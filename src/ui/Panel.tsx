/**
 * The findings panel above the compose box, and the pieces the confirm
 * dialog shares with it: a finding's facts, a reply preview, the notice.
 * Everything from the message (words, why, replies, recipient) is a text
 * child, never markup.
 */
import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang, Severity } from '../engine/types';
import { CheckIcon, PANEL_ID } from './Badge';
import { t } from './strings';
import type { Anchor, BadgeState, FindingView, ReplyView, UiCallbacks, UiState } from './types';

export interface Viewport {
  width: number;
  height: number;
}

const PANEL_WIDTH = 380;
/** Space kept between the panel and the viewport's edges. */
const MARGIN = 8;
/** Space between the panel and the compose box. */
const GAP = 8;
/** Below this much room above the box, the panel goes below it if there is more room there. */
const COMFORTABLE = 240;
/** Below this much room on either side, the panel overlaps the box instead. */
const CRAMPED = 140;
/** Replies longer than this are clamped to two lines, with a button to see all. */
const LONG_REPLY = 90;

export type Placement = Record<'left' | 'width' | 'maxHeight', string> & { top?: string; bottom?: string };

const px = (n: number) => `${Math.round(n)}px`;

/** The panel's (or the notices') width and left edge, right-aligned with the box, and the part of the box inside the viewport. */
function frame(anchor: Anchor, vp: Viewport, width: number) {
  const left = Math.min(Math.max(anchor.left + anchor.width - width, MARGIN), vp.width - width - MARGIN);
  // Only the part of the box inside the viewport counts.
  const boxTop = Math.min(Math.max(anchor.top, 0), vp.height);
  const boxBottom = Math.min(Math.max(anchor.top + anchor.height, 0), vp.height);
  return { base: { left: px(left), width: px(width) }, boxTop, boxBottom, above: boxTop - GAP - MARGIN, below: vp.height - boxBottom - GAP - MARGIN };
}

const widthIn = (vp: Viewport, wanted: number) => Math.max(Math.min(wanted, vp.width - 2 * MARGIN), 0);

/** Without a box: the viewport's bottom-right corner. */
function corner(vp: Viewport, width: number): Placement {
  return { left: px(vp.width - width - MARGIN), bottom: px(MARGIN), width: px(width), maxHeight: px(Math.max(vp.height - 2 * MARGIN, 0)) };
}

/** Where the panel goes: above the box, right-aligned with it, within the viewport (over the box when there is no room around it). */
export function placeNear(anchor: Anchor | null, vp: Viewport, wanted = PANEL_WIDTH): Placement {
  const width = widthIn(vp, wanted);
  if (anchor === null) return corner(vp, width);
  const { base, boxTop, boxBottom, above, below } = frame(anchor, vp, width);
  if (above >= COMFORTABLE || (above >= below && above >= CRAMPED)) {
    return { ...base, bottom: px(vp.height - boxTop + GAP), maxHeight: px(above) };
  }
  if (below >= CRAMPED) return { ...base, top: px(boxBottom + GAP), maxHeight: px(below) };
  return { ...base, top: px(MARGIN), maxHeight: px(Math.max(vp.height - 2 * MARGIN, 0)) };
}

/**
 * Where the notices go: above the box or below it, whichever side has room,
 * never over it (they scroll within the space there is).
 */
export function placeOutside(anchor: Anchor | null, vp: Viewport, wanted: number): Placement {
  const width = widthIn(vp, wanted);
  if (anchor === null) return corner(vp, width);
  const { base, boxTop, boxBottom, above, below } = frame(anchor, vp, width);
  if (above >= CRAMPED || above >= below) return { ...base, bottom: px(vp.height - boxTop + GAP), maxHeight: px(Math.max(above, 0)) };
  return { ...base, top: px(boxBottom + GAP), maxHeight: px(Math.max(below, 0)) };
}

/** The engine's `why` starts lower-case, as the end of a sentence; shown alone it reads better capitalised. */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The glyph drawn over each severity's shape: "!" for block and warn, "i" for info. */
const MARKS: Record<Severity, string> = {
  block: 'M8 4.6v4.2M8 11v.2',
  warn: 'M8 6v3.8M8 11.8v.2',
  info: 'M8 7v4.5M8 4.6v.2',
};

/** A shape per severity (octagon, triangle, circle), so colour is never the only signal. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {severity === 'block' && <path d="M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2z" fill="currentColor" />}
      {severity === 'warn' && <path d="M8 1.5l7 12.5H1z" fill="currentColor" />}
      {severity === 'info' && <circle cx="8" cy="8" r="6.5" fill="currentColor" />}
      <path class="mark" d={MARKS[severity]} fill="none" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

export interface FindingFactsProps {
  finding: FindingView;
  lang: Lang;
  /** Id of the rule's name, for buttons that act on this finding. */
  nameId: string;
}

/** Severity (icon and words, not colour alone), the rule's name, the flagged words and why. */
export function FindingFacts({ finding, lang, nameId }: FindingFactsProps) {
  const s = t(lang);
  return (
    <>
      <div class="card__head">
        <h3 class="rule" id={nameId}>
          {finding.ruleName}
        </h3>
        <span class={`sev sev--${finding.severity}`}>
          <SeverityIcon severity={finding.severity} />
          {s.severity[finding.severity]}
        </span>
      </div>
      <dl class="facts">
        {/* The quote marks and layout say which is which on screen; the terms are for screen readers. */}
        <dt class="sr-only">{s.flagged}</dt>
        <dd class="words">{s.quote(finding.words)}</dd>
        <dt class="sr-only">{s.why}</dt>
        <dd class="why">{sentence(finding.why)}</dd>
      </dl>
    </>
  );
}

export interface ReplyPreviewProps {
  reply: ReplyView;
  lang: Lang;
  /** Unique within the UI: labels the buttons with the preview. */
  id: string;
  actionLabel: string;
  onUse(reply: ReplyView): void;
}

/** A reply's text, two lines unless opened, and the button that puts it in the draft. */
export function ReplyPreview({ reply, lang, id, actionLabel, onUse }: ReplyPreviewProps) {
  const [open, setOpen] = useState(false);
  const s = t(lang);
  const long = reply.text.length > LONG_REPLY || reply.text.includes('\n');
  return (
    <div class="reply">
      <p id={id} class={open || !long ? 'reply__text reply__text--open' : 'reply__text'}>
        {reply.text}
      </p>
      <div class="row">
        <button type="button" class="btn" data-action="insert" aria-describedby={id} onClick={() => onUse(reply)}>
          {actionLabel}
        </button>
        {long && (
          <button type="button" class="btn btn--quiet" aria-expanded={open ? 'true' : 'false'} aria-controls={id} onClick={() => setOpen(!open)}>
            {open ? s.showLess : s.showMore}
          </button>
        )}
      </div>
    </div>
  );
}

export interface NoticeProps {
  text: string;
  lang: Lang;
  onDismiss(): void;
}

export function Notice({ text, lang, onDismiss }: NoticeProps) {
  return (
    <div class="notice" role="alert">
      <span class="notice__icon">
        <SeverityIcon severity="warn" />
      </span>
      <p class="notice__text">{text}</p>
      <button type="button" class="btn" data-action="dismiss" onClick={() => onDismiss()}>
        {t(lang).dismiss}
      </button>
    </div>
  );
}

function StatusLine({ badge, lang }: { badge: BadgeState; lang: Lang }) {
  const s = t(lang);
  if (badge === 'error' || badge === 'idle') return <p class={`status status--${badge}`}>{badge === 'error' ? s.error : s.idle}</p>;
  return (
    <p class="status status--clean">
      <span class="status__icon">
        <CheckIcon />
      </span>
      {s.clean}
    </p>
  );
}

interface CardProps {
  finding: FindingView;
  index: number;
  lang: Lang;
  onIgnore(id: string): void;
  onInsert(reply: ReplyView): void;
}

function Card({ finding, index, lang, onIgnore, onInsert }: CardProps) {
  const s = t(lang);
  const nameId = `prudence-f${index}`;
  return (
    <li class={`card card--${finding.severity}`} data-finding={finding.id}>
      <FindingFacts finding={finding} lang={lang} nameId={nameId} />
      {finding.replies.length > 0 && (
        <div class="replies">
          <h4 class="replies__title">{s.replies(finding.replies.length)}</h4>
          {finding.replies.map((r, j) => (
            <ReplyPreview key={`${finding.id}/${r.templateId}`} reply={r} lang={lang} id={`${nameId}-r${j}`} actionLabel={s.insert} onUse={onInsert} />
          ))}
        </div>
      )}
      <div class="row">
        <button type="button" class="btn btn--quiet" data-action="ignore" aria-describedby={nameId} onClick={() => onIgnore(finding.id)}>
          {s.ignore}
        </button>
      </div>
    </li>
  );
}

/**
 * Who this conversation is with, in one or two clicks: a client (mandate
 * signed) or a prospect, and whether the client's consent to texting is on
 * file. It decides the "no mandate" warning, so it sits above the findings.
 */
function ContactStrip({ contact, lang, onSet }: { contact: NonNullable<UiState['contact']>; lang: Lang; onSet: NonNullable<UiCallbacks['setContact']> }) {
  const s = t(lang);
  const groupId = `${PANEL_ID}-contact`;
  return (
    <div class="contact" role="group" aria-labelledby={groupId}>
      <p class="contact__status" id={groupId}>
        {s.contactStatus(contact.status)}
      </p>
      {contact.firm === true ? (
        <p class="contact__status">{s.contactByFirm}</p>
      ) : (
        <div class="contact__actions">
          <button type="button" class="chip" data-action="mark-client" aria-pressed={contact.status === 'client' ? 'true' : 'false'} onClick={() => onSet({ status: 'client' })}>
            {s.markClient}
          </button>
          <button type="button" class="chip" data-action="mark-prospect" aria-pressed={contact.status === 'prospect' ? 'true' : 'false'} onClick={() => onSet({ status: 'prospect' })}>
            {s.markProspect}
          </button>
          {contact.status === 'client' && (
            <button type="button" class="chip" data-action="consent" aria-pressed={contact.consent ? 'true' : 'false'} onClick={() => onSet({ consent: !contact.consent })}>
              {s.consentOnFile}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

export interface PanelProps {
  lang: Lang;
  anchor: Anchor | null;
  viewport: Viewport;
  badge: BadgeState;
  findings: FindingView[];
  recipient: string | null;
  contact: UiState['contact'];
  onSetContact?: UiCallbacks['setContact'];
  notice: string | null;
  headingRef?: Ref<HTMLHeadingElement>;
  onClose(): void;
  onIgnore(id: string): void;
  onInsert(reply: ReplyView): void;
  onDismissNotice(): void;
  onSaveConversation?: UiCallbacks['saveConversation'];
  /** The notices about the conversation's setting, at the top of the body. */
  children?: ComponentChildren;
}

export function Panel(props: PanelProps) {
  const { lang, findings } = props;
  const s = t(lang);
  const titleId = `${PANEL_ID}-title`;
  return (
    <div id={PANEL_ID} class="layer panel" role="dialog" aria-labelledby={titleId} style={placeNear(props.anchor, props.viewport)}>
      <div class="panel__head">
        <div class="panel__titles">
          <h2 class="panel__title" id={titleId} tabIndex={-1} ref={props.headingRef}>
            {s.panelTitle}
          </h2>
          {props.recipient !== null && props.recipient !== '' && <p class="panel__to">{s.recipient(props.recipient)}</p>}
        </div>
        <button type="button" class="icon-btn" data-action="close" aria-label={s.closePanel} title={s.closePanel} onClick={() => props.onClose()}>
          <CloseIcon />
        </button>
      </div>
      {props.contact != null && props.onSetContact !== undefined && <ContactStrip contact={props.contact} lang={lang} onSet={props.onSetContact} />}
      <div class="panel__body">
        {props.children}
        {props.notice !== null && <Notice text={props.notice} lang={lang} onDismiss={props.onDismissNotice} />}
        {props.badge === 'error' && findings.length > 0 && <StatusLine badge="error" lang={lang} />}
        {findings.length === 0 ? (
          <StatusLine badge={props.badge} lang={lang} />
        ) : (
          <>
            <p class="summary">{s.summary(findings.length)}</p>
            <ul class="cards">
              {findings.map((f, i) => (
                <Card key={f.id} finding={f} index={i} lang={lang} onIgnore={props.onIgnore} onInsert={props.onInsert} />
              ))}
            </ul>
          </>
        )}
        {/* Last in the scrolling body: the findings come first, saving is there when the user scrolls to it. */}
        {props.onSaveConversation !== undefined && <SaveStrip lang={lang} onSave={props.onSaveConversation} />}
      </div>
    </div>
  );
}

/** Saving the conversation the page shows, as text or as a web page, for the client's file. */
function SaveStrip({ lang, onSave }: { lang: Lang; onSave: NonNullable<UiCallbacks['saveConversation']> }) {
  const s = t(lang);
  const labelId = `${PANEL_ID}-save`;
  return (
    <div class="save" role="group" aria-labelledby={labelId}>
      <p class="save__title" id={labelId}>
        {s.saveTitle}
      </p>
      <div class="contact__actions">
        <button type="button" class="chip" data-action="save-txt" onClick={() => onSave('txt')}>
          {s.saveText}
        </button>
        <button type="button" class="chip" data-action="save-html" onClick={() => onSave('html')}>
          {s.saveHtml}
        </button>
      </div>
    </div>
  );
}

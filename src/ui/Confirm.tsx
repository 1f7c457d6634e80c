/**
 * The modal asked before a held send. Keydown never reaches us (the guard
 * stops it at the window), so the focus trap works on focus alone: a
 * focusable sentinel at each end sends focus back to the other end.
 */
import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import { journalStrings } from '../journal/strings';
import { JUSTIFICATIONS, type Justification } from '../journal/types';
import { FindingFacts, ReplyPreview } from './Panel';
import { t } from './strings';
import type { ConfirmState, ReplyView } from './types';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ConfirmProps {
  confirm: ConfirmState;
  lang: Lang;
  editRef?: Ref<HTMLButtonElement>;
  onInsert(reply: ReplyView): void;
  onEdit(): void;
  onSendAnyway(reason?: string, justification?: Justification): void;
  onFalseAlarm(reason?: string, justification?: Justification): void;
}

/** Mirrors the guard's minimum (REASON_MIN in guard.ts): a few characters, not a single key. */
const REASON_MIN = 3;

function StopIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2z" fill="currentColor" />
      <path class="mark" d="M8 4.6v4.2M8 11v.2" fill="none" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

export function Confirm({ confirm, lang, editRef, onInsert, onEdit, onSendAnyway, onFalseAlarm }: ConfirmProps) {
  const s = t(lang);
  const dialog = useRef<HTMLDivElement>(null);
  const n = confirm.findings.length;
  const [reason, setReason] = useState('');
  const [justification, setJustification] = useState<Justification | ''>('');
  const needsReason = confirm.reasonRequired === true;
  const reasonOk = !needsReason || reason.trim().length >= REASON_MIN;
  const given = reason.trim() === '' ? undefined : reason.trim();
  const category = justification === '' ? undefined : justification;
  const categories = journalStrings(lang).justification;

  const focusables = (): HTMLElement[] => [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
  // Focus that comes from inside the dialog wraps around; focus that comes from elsewhere lands on the safe default.
  const wrap = (to: 'first' | 'last') => (e: FocusEvent) => {
    const from = e.relatedTarget;
    const inside = from instanceof Node && dialog.current?.contains(from) === true;
    const list = focusables();
    const target = !inside ? dialog.current?.querySelector<HTMLElement>('[data-default]') : to === 'first' ? list[0] : list[list.length - 1];
    target?.focus();
  };
  // A click on the backdrop must not take focus out of the dialog.
  const keepFocus = (e: MouseEvent) => {
    if (e.target === e.currentTarget) e.preventDefault();
  };

  return (
    <div class="layer backdrop" onMouseDown={keepFocus}>
      <span class="sentinel" tabIndex={0} data-sentinel="start" onFocus={wrap('last')} />
      <div ref={dialog} class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="prudence-confirm-title" aria-describedby="prudence-confirm-intro">
        <h2 class="dialog__title" id="prudence-confirm-title">
          <StopIcon />
          {s.confirmTitle}
        </h2>
        <p class="dialog__intro" id="prudence-confirm-intro">
          {s.confirmIntro(n)}
        </p>
        <ul class="cards">
          {confirm.findings.map((f, i) => (
            <li key={f.id} class={`card card--${f.severity}`} data-finding={f.id}>
              <FindingFacts finding={f} lang={lang} nameId={`prudence-c${i}`} />
            </li>
          ))}
        </ul>
        {confirm.reply !== null && (
          <div class="replies">
            <h3 class="replies__title">{s.saferReply}</h3>
            <ReplyPreview key={confirm.reply.templateId} reply={confirm.reply} lang={lang} id="prudence-confirm-reply" actionLabel={s.useReply} onUse={onInsert} />
          </div>
        )}
        <div class="reason">
          <label class="reason__label" for="prudence-justification">
            {s.justificationLabel}
          </label>
          <select
            id="prudence-justification"
            class="reason__select"
            value={justification}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              setJustification((JUSTIFICATIONS as readonly string[]).includes(v) ? (v as Justification) : '');
            }}
          >
            <option value="">{s.justificationNone}</option>
            {JUSTIFICATIONS.map((j) => (
              <option key={j} value={j}>
                {categories[j]}
              </option>
            ))}
          </select>
          <label class="reason__label" for="prudence-reason">
            {needsReason ? s.reasonLabel : s.reasonOptional}
          </label>
          <textarea id="prudence-reason" class="reason__input" rows={2} maxLength={500} aria-describedby="prudence-reason-hint" value={reason} onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)} />
          <p class="hint" id="prudence-reason-hint">
            {s.reasonHint(needsReason, confirm.keep ?? 'nothing')}
          </p>
        </div>
        <div class="dialog__actions">
          <button ref={editRef} type="button" class="btn btn--primary" data-default data-action="edit" onClick={() => onEdit()}>
            {s.edit}
          </button>
          <button type="button" class="btn" data-action="send-anyway" disabled={!reasonOk} onClick={() => onSendAnyway(given, category)}>
            {s.sendAnyway}
          </button>
          <button type="button" class="btn btn--quiet" data-action="false-alarm" aria-describedby="prudence-confirm-hint" disabled={!reasonOk} onClick={() => onFalseAlarm(given, category)}>
            {s.falseAlarm}
          </button>
        </div>
        <p class="hint" id="prudence-confirm-hint">
          {s.falseAlarmHint}
        </p>
      </div>
      <span class="sentinel" tabIndex={0} data-sentinel="end" onFocus={wrap('first')} />
    </div>
  );
}

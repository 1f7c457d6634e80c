/**
 * Notices about the conversation's setting (no consent to texting on file, a
 * channel without end-to-end encryption, personal data about to go public),
 * and the stack near the compose box that holds them with the failure notice.
 * The stack sits above or below the box, never over it, so the user sees it
 * without opening the panel and can still type; its notices are a polite live
 * region, each one reachable and dismissible with the keyboard.
 */
import type { Lang } from '../engine/types';
import type { NoticeKind } from '../guard/notices';
import { Notice, placeOutside, SeverityIcon, type Viewport } from './Panel';
import { t } from './strings';
import type { Anchor, NoticeView, ReplyView } from './types';

const STACK_WIDTH = 360;

export interface ContextNoticesProps {
  notices: readonly NoticeView[];
  lang: Lang;
  /** Makes the ids unique: the panel and the stack each have a copy (only one is shown). */
  idPrefix: string;
  onInsert(reply: ReplyView): void;
  onDismiss(kind: NoticeKind): void;
}

/**
 * The notices as a polite live region. The region is rendered even when empty:
 * a screen reader announces what is added to a region it already knows.
 */
export function ContextNotices({ notices, lang, idPrefix, onInsert, onDismiss }: ContextNoticesProps) {
  const s = t(lang);
  return (
    <div class="cnotices" role="status" aria-live="polite" aria-label={s.noticesLabel}>
      {notices.map((n) => {
        const textId = `${idPrefix}-${n.kind}`;
        return (
          <div key={n.kind} class="cnotice" data-notice={n.kind}>
            <span class="notice__icon">
              <SeverityIcon severity="info" />
            </span>
            <div class="cnotice__body">
              <p class="notice__text" id={textId}>
                {n.text}
              </p>
              <div class="row">
                {n.reply !== undefined && (
                  <button type="button" class="btn" data-action="notice-insert" aria-describedby={textId} onClick={() => n.reply !== undefined && onInsert(n.reply)}>
                    {s.insertConsentRequest}
                  </button>
                )}
                <button type="button" class="btn btn--quiet" data-action="notice-dismiss" aria-describedby={textId} onClick={() => onDismiss(n.kind)}>
                  {s.dismiss}
                </button>
              </div>
            </div>
          </div>
        );
      })}
    </div>
  );
}

export interface NoticeStackProps extends Omit<ContextNoticesProps, 'idPrefix'> {
  anchor: Anchor | null;
  viewport: Viewport;
  /** The notice after a failed action, or null. */
  failure: string | null;
  onDismissFailure(): void;
}

/**
 * The notices near the compose box. Always rendered, so its live region is
 * known before a notice arrives; empty, it has no height and catches no click.
 */
export function NoticeStack({ anchor, viewport, failure, onDismissFailure, ...notices }: NoticeStackProps) {
  return (
    <div class="layer stack" style={placeOutside(anchor, viewport, STACK_WIDTH)}>
      {failure !== null && <Notice text={failure} lang={notices.lang} onDismiss={onDismissFailure} />}
      <ContextNotices {...notices} idPrefix="prudence-stack" />
    </div>
  );
}

/**
 * What "save the conversation" works with: the messages the open chat shows,
 * read from the page as text, and the conversation they are saved as.
 * Pure data and bounds: no DOM here.
 */
import type { AdapterId } from '../sites/types';

/** At most this many messages are captured (the most recent ones). */
export const MAX_MESSAGES = 5_000;
/** At most this many characters of message text (2 MiB of UTF-16 code units) are captured. */
export const MAX_TEXT = 2 * 1024 * 1024;

/** One message as the page shows it. */
export interface VisibleMessage {
  /**
   * The sender's name as the page shows it for this message (or for the run
   * of messages it belongs to), or null when the page shows none: one-to-one
   * chats on most sites name nobody on the messages themselves.
   */
  sender: string | null;
  /**
   * The time exactly as the page shows it: "10:32", "9:02 AM", "2h", or
   * WhatsApp's "[10:32, 23/11/2026]". Null when the page shows none.
   */
  time: string | null;
  /** The text as displayed, emoji kept (emoji images read by their alt text). */
  text: string;
  /** True for a message the user sent, false for one received, null when the page does not tell. */
  outgoing: boolean | null;
}

/** Why nothing was read. */
export type CaptureReasonCode =
  /** Prudence has no reader it trusts for this site: its markup does not tell who wrote what. */
  | 'no-reader'
  /** The open page is not a conversation (a timeline, an inbox). */
  | 'not-a-conversation'
  /** A reader ran but found no message on screen. */
  | 'none-visible';

export interface CaptureReason {
  code: CaptureReasonCode;
  /** One sentence for logs and developers (the UI words it in the user's language from the code). */
  detail: string;
}

/** How a capture was cut to stay within its bounds (the oldest messages are the ones left out). */
export type Truncation =
  /** More messages were shown than MAX_MESSAGES. */
  | 'messages'
  /** The messages' text passed MAX_TEXT characters. */
  | 'text';

/** What `captureConversation` returns. */
export interface Capture {
  /** The messages in document order (oldest first, as the page lists them). */
  messages: VisibleMessage[];
  /** False, or why the oldest messages were left out. */
  truncated: false | Truncation;
  /** Set when `messages` is empty: why. */
  reason?: CaptureReason;
}

/** A conversation as it is saved to a file. */
export interface SavedConversation {
  site: {
    /** The adapter's id, used in the file name ("whatsapp"). */
    id: AdapterId;
    /** The site's name as users know it ("WhatsApp Web"). */
    label: string;
  };
  conversation: {
    /** Who the conversation is with, as the page names it, or null when it names nobody. */
    label: string | null;
    /** The conversation's stable key ("whatsapp:Sophie Tremblay"). */
    key: string;
  };
  exportedAt: Date;
  messages: readonly VisibleMessage[];
  truncated?: false | Truncation;
}

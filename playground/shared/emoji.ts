// A small emoji table for the pickers and the ":" typeahead.
export interface Emoji {
  char: string;
  name: string;
}

export const EMOJI: Emoji[] = [
  { char: '😀', name: 'grinning' },
  { char: '😃', name: 'smiley' },
  { char: '😄', name: 'smile' },
  { char: '😁', name: 'grin' },
  { char: '😊', name: 'blush' },
  { char: '🙂', name: 'slightly_smiling_face' },
  { char: '😉', name: 'wink' },
  { char: '😏', name: 'smirk' },
  { char: '😅', name: 'sweat_smile' },
  { char: '😂', name: 'joy' },
  { char: '😍', name: 'heart_eyes' },
  { char: '😘', name: 'kissing_heart' },
  { char: '😐', name: 'neutral_face' },
  { char: '😕', name: 'confused' },
  { char: '😢', name: 'cry' },
  { char: '😭', name: 'sob' },
  { char: '😡', name: 'rage' },
  { char: '😮', name: 'open_mouth' },
  { char: '🤔', name: 'thinking' },
  { char: '🙏', name: 'pray' },
  { char: '👍', name: 'thumbsup' },
  { char: '👎', name: 'thumbsdown' },
  { char: '👋', name: 'wave' },
  { char: '👏', name: 'clap' },
  { char: '💪', name: 'muscle' },
  { char: '❤️', name: 'heart' },
  { char: '🔥', name: 'fire' },
  { char: '✅', name: 'white_check_mark' },
  { char: '📄', name: 'page_facing_up' },
  { char: '📅', name: 'date' },
  { char: '📞', name: 'telephone_receiver' },
  { char: '⚖️', name: 'scales' },
  { char: '🏠', name: 'house' },
  { char: '🚗', name: 'car' },
  { char: '☕', name: 'coffee' },
  { char: '🎉', name: 'tada' },
  { char: '😺', name: 'smiley_cat' },
  { char: '😸', name: 'smile_cat' },
  { char: '🌞', name: 'sun_with_face' },
  { char: '💬', name: 'speech_balloon' },
];

export function searchEmoji(query: string, limit = 6): Emoji[] {
  const q = query.toLowerCase();
  const starts = EMOJI.filter((e) => e.name.startsWith(q));
  const contains = EMOJI.filter((e) => !e.name.startsWith(q) && e.name.includes(q));
  return [...starts, ...contains].slice(0, limit);
}

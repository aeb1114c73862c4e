import { either } from '../compose.js';
import type { DayUnit } from '../../policy/policy.js';

// The joins Japanese texts are built from. A Japanese email puts each sentence on a line of its
// own and separates its blocks with a blank line; sentences carry their own 。, so no spaces.

/** The sentences of one block, one a line, the empty ones left out. */
export function lines(...parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join('\n');
}

/**
 * The sentence built around the candidate's own phrase, or the one that stands in for it. A final
 * 。 or ！ of the phrase is dropped, so it fits inside the sentence.
 */
export function withPhrase(value: string | undefined, withIt: (text: string) => string, without: string): string {
  const phrase = value?.replace(/[。．.！!]+$/u, '').trim();
  return either(phrase === '' ? undefined : phrase, withIt, without);
}

/** The candidate's name in brackets after a subject ("面接のお礼（佐藤 花子）"); nothing without one. */
export function by(sender: string | undefined): string {
  return sender === undefined ? '' : `（${sender}）`;
}

/**
 * The line a message to someone already in touch opens with: お世話になっております, the greeting
 * every Japanese business email starts with, then the sender's name when it is known.
 */
export function greeted(sender: string | undefined): string {
  return sender === undefined ? 'お世話になっております。' : `お世話になっております。${sender}です。`;
}

/** The role as a sentence names it: in 「」, whatever language it is written in. */
export function role(position: string): string {
  return `「${position}」`;
}

/** The closing block, then the sender's name as the signature; without a name the closing ends the message. */
export function signed(closing: string, sender: string | undefined): string {
  return sender === undefined ? closing : `${closing}\n\n${sender}`;
}

/** "14日" or "5営業日". */
export function days(count: number, unit: DayUnit): string {
  return `${count}${unit === 'days' ? '日' : '営業日'}`;
}

/** A person of the employer in the candidate's own notes: "田中 太郎さん", a title already given kept. */
export function san(name: string): string {
  return /(?:様|さん|殿|氏|先生)$/u.test(name) ? name : `${name}さん`;
}

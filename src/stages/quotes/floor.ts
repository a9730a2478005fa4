/**
 * Who has the floor in a transcript (an interview's labelled turns, "((WN))", "PENCE:"):
 * the speaker of the latest turn, whom its "I" stands for; and whom a "you" in it
 * addresses. A "you" in a question, or in the turn of someone who mostly asks ("Why did
 * you decide to run?", "On your website, you wrote …"), is the last other speaker who
 * answers more than he asks; a "you" elsewhere is as often anyone ("if you want a
 * finished game"), and no one is named for it.
 */
import type { Speaker } from './speaker.js';

interface Party {
  readonly speaker: Speaker;
  at: number;
  asks: number;
  tells: number;
}

export class Floor {
  private turn: { readonly at: number; readonly speaker: Speaker } | null = null;
  private readonly parties = new Map<string, Party>();

  /** A turn from offset `at` (of someone unnamed: an "A:" no introduction names); `asked`: whether it ends with a question. */
  take(speaker: Speaker, at: number, asked: boolean): void {
    this.turn = { at, speaker };
    if (speaker.name === null) return;
    const p = this.parties.get(speaker.name) ?? { speaker, at, asks: 0, tells: 0 };
    p.at = at;
    if (asked) p.asks++;
    else p.tells++;
    this.parties.set(speaker.name, p);
  }

  /** The speaker of the turn that offset `at` falls in, if any. */
  holder(at: number): Speaker | null {
    return this.turn && this.turn.at < at ? this.turn.speaker : null;
  }

  /** Whom a "you" at offset `at` addresses; `question`: whether its sentence asks. */
  addressee(at: number, question: boolean): Speaker | null {
    const from = this.holder(at);
    if (!from) return null;
    const own = from.name === null ? undefined : this.parties.get(from.name);
    if (!question && !(own && own.asks > own.tells)) return null;
    let best: Party | null = null;
    for (const p of this.parties.values()) if (p.speaker.name !== from.name && p.tells > p.asks && (!best || p.at > best.at)) best = p;
    return best?.speaker ?? null;
  }
}

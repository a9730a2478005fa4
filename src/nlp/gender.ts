/**
 * The gender the text itself says of a person named: a word right before the name ("his daughter Dylan
 * Farrow", "the spokeswoman Ann Lee") or the name's own honorific ("Mrs Thatcher", "Mr Hancock"). What the
 * text says outweighs what a given name usually marks.
 */
export type Gender = 'f' | 'm';

const FEMALE = ['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mme', 'madame', 'lady', 'dame', 'daughter', 'wife', 'mother', 'sister', 'grandmother', 'aunt',
  'niece', 'widow', 'girlfriend', 'actress', 'businesswoman', 'congresswoman', 'chairwoman', 'spokeswoman', 'queen', 'princess', 'duchess', 'empress'];
const MALE = ['mr', 'mr.', 'sir', 'son', 'husband', 'father', 'brother', 'grandfather', 'uncle', 'nephew', 'widower', 'boyfriend', 'businessman',
  'congressman', 'chairman', 'spokesman', 'king', 'prince', 'duke', 'emperor'];
const GENDER_WORDS: ReadonlyMap<string, Gender> = new Map([...FEMALE.map((w) => [w, 'f'] as const), ...MALE.map((w) => [w, 'm'] as const)]);

/** The gender the word before a name at `start`, or the name's first word (`name`), says; null when neither says one. */
export function statedGender(text: string, start: number, name: string): Gender | null {
  const own = GENDER_WORDS.get(name.split(/\s+/)[0]!.toLowerCase());
  if (own) return own;
  const before = /([\p{L}.]+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  return before ? GENDER_WORDS.get(before[1]!.toLowerCase()) ?? null : null;
}

/** Closed word classes for coreference (constants only). */

export const PRONOUNS: Readonly<Record<string, { plural: boolean; possessive: boolean; gender?: 'f' | 'm' }>> = {
  he: { plural: false, possessive: false, gender: 'm' },
  him: { plural: false, possessive: false, gender: 'm' },
  his: { plural: false, possessive: true, gender: 'm' },
  himself: { plural: false, possessive: false, gender: 'm' },
  she: { plural: false, possessive: false, gender: 'f' },
  her: { plural: false, possessive: true, gender: 'f' },
  hers: { plural: false, possessive: true, gender: 'f' },
  herself: { plural: false, possessive: false, gender: 'f' },
  they: { plural: true, possessive: false },
  them: { plural: true, possessive: false },
  their: { plural: true, possessive: true },
  themselves: { plural: true, possessive: false },
};

/** Nouns that name a group of actors already mentioned ("the two sides"). */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'sides', 'countries', 'nations', 'states', 'parties', 'governments', 'powers', 'guarantors', 'leaders',
  'presidents', 'ministers', 'neighbours', 'neighbors', 'allies', 'capitals',
]);

/** Group heads whose members are people, not countries. */
export const PERSON_GROUP_HEADS: ReadonlySet<string> = new Set(['leaders', 'presidents', 'ministers']);

export const GROUP_NUMBERS: Readonly<Record<string, number>> = {
  two: 2, both: 2, three: 3, four: 4, five: 5, six: 6,
};

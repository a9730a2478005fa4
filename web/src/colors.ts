/** Quad classes of CAMEO events: names and the colours every view uses for them. */
export const QUAD = {
  1: { name: 'Verbal cooperation', color: '#3a7dc9' },
  2: { name: 'Material cooperation', color: '#2f9e5b' },
  3: { name: 'Verbal conflict', color: '#e59a2f' },
  4: { name: 'Material conflict', color: '#d0413a' },
} as const;
export type Quad = 1 | 2 | 3 | 4;
export const QUADS: Quad[] = [1, 2, 3, 4];

/** PLOVER 0.8 event types (PLOVER manual, draft 0.8). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

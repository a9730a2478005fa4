/** Where the shared corpora are: ../shared beside the project, or DATELINE_SHARED. */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const SHARED = process.env.DATELINE_SHARED ?? resolve(fileURLToPath(new URL('../../shared', import.meta.url)));
export const SEED = resolve(SHARED, 'seed/sana-putin-rouhani.txt');
export const SEED_EXPECTED = resolve(SHARED, 'seed/sana-putin-rouhani.expected.json');

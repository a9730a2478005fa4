/**
 * CAMEO actor-code vocabulary (constants only; CAMEO manual 1.1b3, ch. 3).
 * An actor code is a string of three-letter parts: a country or international
 * prefix, then role (sector) parts, e.g. RUS GOV, IGO UNO JUD, SYR REB MUS.
 */

/** Role (sector) codes: the parts that say what kind of actor this is. */
export const SECTOR_CODES: ReadonlySet<string> = new Set([
  'GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'LEG', 'MED', 'EDU', 'BUS', 'CRM', 'CVL',
  'ELI', 'UAF', 'AGR', 'HLH', 'REF', 'LAB', 'ENV', 'HRI', 'REL', 'DEV', 'SOC', 'MOV', 'IGO', 'NGO',
  'NGM', 'MNC', 'IMG', 'PRE', 'SEP', 'INS', 'RAD', 'MOD', 'PRM', 'PKO',
]);

/** CAMEO religion codes (they can stand as the role of a group: "Rakhine Buddhists" → BUD). */
export const RELIGION_CODES: ReadonlySet<string> = new Set([
  'ADR', 'ALE', 'ATH', 'BAH', 'BUD', 'CHR', 'CON', 'CPT', 'CTH', 'DOX', 'ORT', 'PRO', 'HIN', 'ITR', 'JAN', 'JEW',
  'JHW', 'MOR', 'MUS', 'SHI', 'SUN', 'SFI', 'SHN', 'SIK', 'TAO', 'ZRO', 'DRZ', 'ALW',
]);

/** International (non-state) prefixes that take the place of a country code. */
export const INTERNATIONAL_PREFIXES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'NGM', 'MNC', 'IMG']);

/** Words that make an agent phrase name a person rather than a body (for entity types and role matching). */
export const PERSON_AGENT_HEADS: ReadonlySet<string> = new Set([
  'president', 'presidents', 'prime minister', 'premier', 'chancellor', 'minister', 'ministers', 'foreign minister',
  'defense minister', 'defence minister', 'interior minister', 'foreign secretary', 'secretary of state', 'king',
  'queen', 'emir', 'sultan', 'crown prince', 'supreme leader', 'leader', 'leaders', 'spokesman', 'spokeswoman',
  'spokesperson', 'envoy', 'ambassador', 'diplomat', 'official', 'officials', 'general', 'commander', 'governor',
  'senator', 'lawmaker', 'judge', 'prosecutor', 'soldier', 'soldiers', 'policeman', 'policemen', 'farmer',
  'farmers', 'protester', 'protesters', 'activist', 'journalist', 'chief', 'head', 'mayor', 'vice president',
  'deputy prime minister', 'first lady', 'secretary general', 'secretary-general', 'chairman', 'chief executive',
  'taoiseach', 'counterpart', 'counterparts', 'defence secretary', 'defense secretary', 'external affairs minister',
  'army chief', 'chief of defence staff', 'chief of defense staff', 'chief minister', 'opposition leader',
]);

/** Office words in text → the role names the data uses for their holders ("the Russian president" → president). */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  president: ['president', 'acting president'],
  presidents: ['president'],
  'prime minister': ['prime minister', 'caretaker prime minister', 'premier'],
  premier: ['premier', 'prime minister'],
  chancellor: ['chancellor'],
  taoiseach: ['taoiseach'],
  'foreign minister': ['foreign minister', 'foreign secretary', 'secretary of state', 'external affairs minister'],
  'foreign secretary': ['foreign secretary', 'foreign minister'],
  'secretary of state': ['secretary of state'],
  'defense minister': ['defence minister', 'secretary of defense'],
  'defence minister': ['defence minister', 'secretary of defense'],
  'defense secretary': ['secretary of defense', 'defence minister'],
  'defence secretary': ['defence minister', 'secretary of defense'],
  'external affairs minister': ['external affairs minister', 'foreign minister'],
  'army chief': ['chief of army staff', 'commander of the army', 'commander of the land forces'],
  'chief of defence staff': ['chief of the defence staff', 'chief of defence staff', 'chief of defence forces', 'chief of staff of the armed forces'],
  'chief of defense staff': ['chief of the defence staff', 'chief of defence staff', 'chief of defence forces', 'chief of staff of the armed forces'],
  'opposition leader': ['opposition leader', 'leader of the opposition'],
  'vice president': ['vice president'],
  king: ['king'],
  queen: ['queen'],
  emir: ['emir'],
  sultan: ['sultan'],
  'crown prince': ['crown prince'],
  'supreme leader': ['supreme leader'],
  leader: ['supreme leader', 'leader'],
};

/**
 * PETRARCH2's country file dates from January 2014: an office it records as still held
 * is only known to be held until about then.
 */
export const PETRARCH_VINTAGE = '2015-01-01';

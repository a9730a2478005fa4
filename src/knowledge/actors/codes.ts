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

/** Sectors of the state's own bodies (government, legislature, judiciary, military, police, intelligence), as a code's first sector part. */
export const STATE_SECTOR = /^(?:GOV|LEG|JUD|MIL|COP|SPY)/;

/** CAMEO religion codes (they can stand as the role of a group: "Rakhine Buddhists" → BUD). */
export const RELIGION_CODES: ReadonlySet<string> = new Set([
  'ADR', 'ALE', 'ATH', 'BAH', 'BUD', 'CHR', 'CON', 'CPT', 'CTH', 'DOX', 'ORT', 'PRO', 'HIN', 'ITR', 'JAN', 'JEW',
  'JHW', 'MOR', 'MUS', 'SHI', 'SUN', 'SFI', 'SHN', 'SIK', 'TAO', 'ZRO', 'DRZ', 'ALW',
]);

/** CAMEO regional codes: they take a country code's place ("AFR" Africa, "MEA" Middle East, "WST" the West). */
export const REGION_CODES: ReadonlySet<string> = new Set([
  'AFR', 'ASA', 'BLK', 'CAS', 'CAU', 'CEU', 'CFR', 'CRB', 'EAF', 'EEU', 'EIN', 'EUR', 'LAM', 'MDT', 'MEA', 'NAF',
  'NMR', 'PGS', 'SAF', 'SAM', 'SAS', 'SCN', 'SEA', 'WAF', 'WST',
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
/**
 * After this date a role PETRARCH2 lists as open-ended ("[XXXGOV >2013…]") no longer stands: most cabinet posts of its
 * vintage had changed hands by then. (The hand data and REIGN, dated, give the roles of those still in office.)
 */
export const PETRARCH_STALE = '2017-01-01';

/** An actor code's parts, in GDELT's event-table terms (CAMEO manual 1.1b3, ch. 3). */
export interface ActorCodeParts {
  /** Country or region code; '' when the code has none (IGOUNO, GOV). */
  readonly country: string;
  /** An international body's own code, after IGO/NGO/NGM/MNC/IMG ("UNO" of IGOUNO). */
  readonly knownGroup: string;
  readonly ethnic: string;
  /** Up to two religion codes. */
  readonly religions: readonly string[];
  /** Up to three role codes (GOV, MIL, REB, …, and the international types IGO, NGO, …). */
  readonly types: readonly string[];
}

/**
 * Split an actor code into three-letter parts and name each: the first part is a country
 * when isCountry says so (so MUS first is Mauritius, after a country Muslim); roles, religions,
 * ethnic groups and later country or region parts by their code lists; after an international
 * type, the first part none of these claim is the body's own (known-group) code (IGO UNO; IGO
 * WST NAT). Other unclaimed parts stay in the whole code only.
 */
export function actorCodeParts(code: string, isCountry: (part: string) => boolean, isEthnic: (part: string) => boolean = () => false): ActorCodeParts {
  const parts = code.toUpperCase().match(/[A-Z]{3}/g) ?? [];
  let country = '';
  let knownGroup = '';
  let ethnic = '';
  const religions: string[] = [];
  const types: string[] = [];
  let international = false;
  parts.forEach((p, i) => {
    if (i === 0 && !SECTOR_CODES.has(p) && !INTERNATIONAL_PREFIXES.has(p) && isCountry(p)) country = p;
    else if (INTERNATIONAL_PREFIXES.has(p) || SECTOR_CODES.has(p)) {
      international ||= INTERNATIONAL_PREFIXES.has(p);
      if (types.length < 3) types.push(p);
    } else if (RELIGION_CODES.has(p)) { if (religions.length < 2) religions.push(p); }
    else if (!ethnic && isEthnic(p)) ethnic = p;
    else if (!country && isCountry(p)) country = p;
    else if (international && !knownGroup) knownGroup = p;
  });
  return { country, knownGroup, ethnic, religions, types };
}

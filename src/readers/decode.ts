/**
 * Bytes to text: BOM first, then strict UTF-8, then a detected single-byte or
 * multi-byte charset (windows-1256, latin-1, ...). Binary data is refused.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

export type Decoded = { ok: true; text: string; charset: string } | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of bytes that are control characters other than tab, newline, CR, FF. */
function controlShare(bytes: Uint8Array, limit = 65536): number {
  const n = Math.min(bytes.length, limit);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

function normaliseCharset(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'iso-8859-1' || n === 'latin1' || n === 'ascii' || n === 'us-ascii') return 'windows-1252';
  return n;
}

/**
 * Decode bytes. `declared` is a charset stated by the input (HTTP header, <meta>);
 * it is trusted when iconv knows it and the bytes are not valid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'empty input' };
  // Byte-order marks.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeBytes(bytes.subarray(3), 'utf-8');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const le = bytes[0] === 0xff;
    const text = iconv.decode(Buffer.from(bytes.subarray(2)), le ? 'utf-16le' : 'utf-16be');
    return { ok: true, text, charset: le ? 'utf-16le' : 'utf-16be' };
  }
  // UTF-16 without BOM: many NULs in alternating positions.
  if (bytes.length >= 4 && controlShare(bytes) > 0.2) {
    let evenZero = 0, oddZero = 0;
    const n = Math.min(bytes.length, 4096);
    for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? evenZero++ : oddZero++);
    if (oddZero > n * 0.3 && evenZero < n * 0.02) return { ok: true, text: iconv.decode(Buffer.from(bytes), 'utf-16le'), charset: 'utf-16le' };
    if (evenZero > n * 0.3 && oddZero < n * 0.02) return { ok: true, text: iconv.decode(Buffer.from(bytes), 'utf-16be'), charset: 'utf-16be' };
    return { ok: false, error: 'binary data, not text' };
  }
  if (controlShare(bytes) > 0.01) return { ok: false, error: 'binary data, not text' };
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text, charset: 'utf-8' };
  } catch {
    // not UTF-8: fall through
  }
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(normaliseCharset(declared))) {
    const cs = normaliseCharset(declared);
    return { ok: true, text: iconv.decode(Buffer.from(bytes), cs), charset: cs };
  }
  const sample = Buffer.from(bytes.subarray(0, 65536));
  const guess = jschardet.detect(sample);
  let cs = guess.encoding ? normaliseCharset(guess.encoding) : 'windows-1252';
  // jschardet reports Arabic single-byte text as windows-1256 or iso-8859-6; both decode with iconv.
  if (!iconv.encodingExists(cs) || cs === 'utf-8') cs = 'windows-1252';
  const text = iconv.decode(Buffer.from(bytes), cs);
  if (text.includes('\ufffd') && text.split('\ufffd').length > text.length / 50) {
    return { ok: false, error: `undecodable text (detected charset ${cs})` };
  }
  return { ok: true, text, charset: cs };
}

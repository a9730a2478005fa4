/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC, without time zones. */

export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function fromIso(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

export function addDays(iso: string, n: number): string {
  const d = fromIso(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return toIso(d);
}

export function validYmd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return toIso(dt);
}

/** Read a date the way inputs write them: ISO dates and timestamps, RFC 2822, "YYYYMMDD". */
export function isoDate(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return validYmd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return validYmd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) return validYmd(+m[1]!, +m[2]!, +m[3]!);
  const ms = Date.parse(t);
  if (!Number.isNaN(ms)) return toIso(new Date(ms));
  return null;
}

/** Option values shared by several commands, checked once: the reason names the option. */
import { isoDate } from '../stages/dates/iso.js';
import { UsageError } from './output.js';

/** --published: a calendar date YYYY-MM-DD, or null when not given. */
export function publishedOption(value: string | undefined): string | null {
  if (!value) return null;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? isoDate(value) : null;
  if (!d) throw new UsageError(`--published must be a date YYYY-MM-DD, not ${value}`);
  return d;
}

/** A whole-number option: its value, or the default when not given. */
export function wholeOption(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be ${min === 1 ? 'a positive whole number' : min === 0 ? 'a whole number' : `a whole number of at least ${min}`}`);
  return n;
}

// Hiding secret values (an SK, a token) inside text, whatever their case: a value pasted into the wrong field
// (an SK given as --region) comes back quoted in an error, and a copy in upper case is the same secret.

export const REDACTED = '[redacted]';

/** Secrets shorter than this are not hidden in text: four characters would match everywhere. */
export const MIN_SECRET = 4;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that replaces every occurrence of each of `values` (longest first, any case) by `placeholder`. */
export function hider(values: Iterable<string>, placeholder: string): (text: string) => string {
  const list = [...new Set([...values].filter((v) => v.length >= MIN_SECRET))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  const pattern = new RegExp(list.map(escape).join('|'), 'gi');
  return (text) => text.replace(pattern, placeholder);
}

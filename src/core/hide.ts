// Hiding secret values (an SK, a token, a PKCS#12 password) inside text, whatever their case: a value pasted
// into the wrong field (an SK given as --region) comes back quoted in an error, and a copy in upper case is the
// same secret. Also in the forms output gives it: JSON-escaped, percent-encoded (a --debug URL), and broken
// across lines where a message is wrapped to the terminal (a line break and the indent between characters).

export const REDACTED = '[redacted]';

/**
 * Secrets shorter than this are not hidden in text: no SK or token is that short, and a placeholder value
 * ("test", "0000") would mangle ordinary output ("cert", "true" in JSON).
 */
export const MIN_SECRET = 8;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The forms a value takes in output. */
const forms = (v: string): string[] => [v, JSON.stringify(v).slice(1, -1), encodeURIComponent(v), encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)];
/** The value with a wrap (line break and indent) allowed between any two characters. */
const wrappable = (v: string): string => [...v].map(escape).join('(?:\\r?\\n[ \\t]*)?');

/** A function that replaces every occurrence of each of `values` (longest first, any case) by `placeholder`. */
export function hider(values: Iterable<string>, placeholder: string): (text: string) => string {
  const list = [...new Set([...values].filter((v) => v.length >= MIN_SECRET).flatMap(forms))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  const pattern = new RegExp(list.map(wrappable).join('|'), 'gi');
  return (text) => text.replace(pattern, placeholder);
}

// Reading an error body: `{error_code, error_msg}` at the top level or nested one level deep (the SCM Python
// SDK expects both), also `{errorCode, errorMsg}` (the SDK reads that spelling too), `{code, message}` as
// other Huawei services send it, and the words under `msg` or `error_message` (MESSAGE_KEYS); a numeric code (IAM's `{"error":{"code":401,"message"}}`) is read as its digits,
// and a body with words and no code gives its words. An error body cut at MAX_BODY (http.ts) is no JSON: its code and message are
// read from its start instead. The server's words are cut to a length a diagnostic can show.
import { SAID_MAX } from '../core/visible.js';

/**
 * Where an error body puts its words: SCM's error_msg, the SDK's errorMsg, errorMessage, `message`, and `msg`
 * ({"code","msg"}) or `error_message` as other services write them; the first one present.
 */
const MESSAGE_KEYS = ['error_msg', 'errorMsg', 'errorMessage', 'message', 'msg', 'error_message'] as const;

export function errorFields(text: string, o: { truncated?: boolean } = {}): { code?: string; msg?: string; requestId?: string } {
  if (o.truncated) return headFields(text);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {};
  }
  const read = (o: unknown): { code?: string; msg?: string } | undefined => {
    if (typeof o !== 'object' || o === null) return undefined;
    const r = o as Record<string, unknown>;
    const rawCode = r.error_code ?? r.errorCode ?? r.code;
    const rawMsg = MESSAGE_KEYS.map((k) => r[k]).find((v) => v !== undefined && v !== null);
    // A number is read as the digits it is (IAM's {"error":{"code":401,...}}), as IAM's "401" is.
    const code = typeof rawCode === 'string' && rawCode.trim() !== '' ? rawCode : Number.isInteger(rawCode) ? String(rawCode) : undefined;
    // Words sent as an object or a list ({"error_msg":{"detail":...}}) are said as their JSON, not dropped.
    const msg = typeof rawMsg === 'string' ? rawMsg : typeof rawMsg === 'object' && rawMsg !== null ? JSON.stringify(rawMsg) : undefined;
    if (code === undefined && msg === undefined) return undefined;
    return { ...(code !== undefined ? { code } : {}), ...(msg !== undefined ? { msg } : {}) };
  };
  const inside = typeof body === 'object' && body !== null ? Object.values(body) : [];
  const all = [body, ...inside].map(read).filter((f) => f !== undefined);
  // A code wherever it is first; else the words alone (a message is still better than the body's JSON).
  const found = all.find((f) => f.code !== undefined) ?? all[0];
  if (!found) return {};
  // The gateway names the request in its error body too (`request_id`): the id to quote when X-Request-Id is missing.
  const id = (body as Record<string, unknown>).request_id ?? (body as Record<string, unknown>).requestId;
  return typeof id === 'string' && id.trim() !== '' ? { ...found, requestId: id.trim() } : found;
}

/**
 * A DeployCertificate failure_info that is an error body (`{"error_code":"SCM.0010","error_msg":"..."}`, as an
 * object or its JSON text): said as "CODE words", as every other SCM error is; anything else as given.
 */
export function failureWords(info: string): string {
  if (!info.trim().startsWith('{')) return info;
  const { code, msg } = errorFields(info.trim());
  return code && msg ? `${code} ${msg}` : info;
}

/**
 * What a person can read of an error page (a proxy's or a load balancer's HTML): its <title>, else its text
 * without markup, styles and scripts. Anything that is not HTML is returned as it is.
 */
export function pageText(text: string): string {
  if (!/^\s*<(!doctype\s+html|html|head|body|title)\b/i.test(text)) return text;
  const title = TITLE.exec(text)?.[1];
  const said = title !== undefined ? plainText(title) : '';
  return `HTML: ${said || plainText(text) || '-'}`;
}

/** An HTML page's title element; its text is group 1. */
export const TITLE = /<title[^>]*>([\s\S]*?)<\/title>/i;

/** HTML as the words a person reads on one line: no markup, styles or scripts; the common entities undone. */
export const plainText = (s: string): string =>
  s.replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

export { cutSaid, SAID_MAX } from '../core/visible.js';

/** The first string value of one of `keys` in a JSON text that may be cut short: unescaped, at most SAID_MAX + 1 characters. */
function stringAt(text: string, keys: readonly string[]): string | undefined {
  const m = new RegExp(`"(?:${keys.join('|')})"\\s*:\\s*"`).exec(text);
  if (!m) return undefined;
  let out = '';
  for (let i = m.index + m[0].length; i < text.length && out.length <= SAID_MAX; i++) {
    const c = text[i]!;
    if (c === '"') break;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const escape = text.slice(i, i + (text[i + 1] === 'u' ? 6 : 2));
    try {
      out += JSON.parse(`"${escape}"`) as string;
    } catch {
      break;
    }
    i += escape.length - 1;
  }
  return out;
}

/** The code and message at the start of an error body cut short (the first 64 kB are plenty: SCM puts them first). */
function headFields(text: string): { code?: string; msg?: string } {
  const head = text.slice(0, 64 * 1024);
  const code = stringAt(head, ['error_code', 'errorCode', 'code']);
  if (code === undefined) return {};
  const msg = stringAt(head, MESSAGE_KEYS);
  return { code, ...(msg !== undefined ? { msg } : {}) };
}

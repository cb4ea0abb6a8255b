// Reading an error body: `{error_code, error_msg}` at the top level or nested one level deep (the SCM Python
// SDK expects both), also `{errorCode, errorMsg}` (the SDK reads that spelling too) and `{code, message}` as
// other Huawei services send it.

export function errorFields(text: string): { code?: string; msg?: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {};
  }
  const read = (o: unknown): { code?: string; msg?: string } | undefined => {
    if (typeof o !== 'object' || o === null) return undefined;
    const r = o as Record<string, unknown>;
    const code = r.error_code ?? r.errorCode ?? r.code;
    const msg = r.error_msg ?? r.errorMsg ?? r.message;
    if (typeof code !== 'string') return undefined;
    return { code, ...(typeof msg === 'string' ? { msg } : {}) };
  };
  const top = read(body);
  if (top) return top;
  if (typeof body === 'object' && body !== null) for (const v of Object.values(body)) if (read(v)) return read(v)!;
  return {};
}

/**
 * What a person can read of an error page (a proxy's or a load balancer's HTML): its <title>, else its text
 * without markup, styles and scripts. Anything that is not HTML is returned as it is.
 */
export function pageText(text: string): string {
  if (!/^\s*<(!doctype\s+html|html|head|body|title)\b/i.test(text)) return text;
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
  const plain = (s: string): string => s.replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  const said = title !== undefined ? plain(title) : '';
  return `HTML: ${said || plain(text) || '-'}`;
}

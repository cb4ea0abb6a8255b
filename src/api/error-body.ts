// Reading an error body: `{error_code, error_msg}` at the top level or nested one level deep (the SCM Python
// SDK expects both), also `{code, message}` as other Huawei services send it.

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
    const code = r.error_code ?? r.code;
    const msg = r.error_msg ?? r.message;
    if (typeof code !== 'string') return undefined;
    return { code, ...(typeof msg === 'string' ? { msg } : {}) };
  };
  const top = read(body);
  if (top) return top;
  if (typeof body === 'object' && body !== null) for (const v of Object.values(body)) if (read(v)) return read(v)!;
  return {};
}

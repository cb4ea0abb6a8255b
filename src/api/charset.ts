// The text of an answer's body in the charset its Content-Type declares. JSON is UTF-8 by its RFC, but a
// gateway or a Chinese-language backend may answer in GBK (`application/json;charset=GBK`): read as UTF-8, its
// error_msg became mojibake in the very message meant to say what went wrong.

/** The charset parameter of a Content-Type header, lower case, quotes removed; undefined when there is none. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m ? m[2]!.toLowerCase() : undefined;
}

/**
 * The charset an HTML page names in its own head (`<meta charset="gbk">`, or http-equiv Content-Type), read from
 * its first 1024 bytes as the HTML standard's prescan does: a proxy's or gateway's page often says it only there.
 */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!/^\s*</.test(head)) return undefined;
  const m = /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : undefined;
}

const utf8 = (bytes: Uint8Array, fatal = false): string => new TextDecoder('utf-8', { fatal }).decode(bytes);

/**
 * `bytes` as text: in the declared charset when TextDecoder knows it (gbk, gb18030, big5 ...), else as UTF-8.
 * Bytes that are valid UTF-8 are read as UTF-8 whatever the label: JSON is UTF-8 by its RFC, and a proxy's
 * `charset gbk` (nginx) or a servlet's ISO-8859-1 default labels UTF-8 answers wrongly far more often than GBK text
 * happens to be valid UTF-8 (its two-byte characters seldom are).
 */
export function decodeText(bytes: Uint8Array, contentType: string | null | undefined): string {
  const label = charsetOf(contentType) ?? metaCharset(bytes);
  if (label === undefined || label === 'utf-8' || label === 'utf8') return utf8(bytes);
  try {
    return utf8(bytes, true);
  } catch {
    // Not UTF-8: the label is right.
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // A label TextDecoder does not know: UTF-8, what JSON is meant to be in, as before.
    return utf8(bytes);
  }
  return decoder.decode(bytes);
}

// English words left in a Chinese text: what remains once everything that stays the same in any language is
// taken out (codes, ids, flags, paths, URLs, variables, quoted literals and commands, product and algorithm
// names). Used on message tables (test/unit/messages.test.ts) and on what the built binary prints under
// --lang zh (test/e2e/chinese.test.ts).

/** Words that are the same in a Chinese sentence: names of things, not English prose. */
export const KEPT = new Set([
  'SCM', 'CCM', 'CDN', 'WAF', 'ELB', 'API', 'APIGW', 'HTTP', 'HTTPS', 'TLS', 'SSL', 'PEM', 'DER', 'PKCS', 'RSA', 'ECDSA', 'EC', 'SM2', 'SHA',
  'Ed25519', 'JSON', 'YAML', 'URL', 'ID', 'IAM', 'AK', 'SK', 'SNI', 'DNS', 'CN', 'SAN', 'CA', 'OpenSSL', 'openssl', 'certbot', 'lego',
  'acme', 'sh', 'Huawei', 'Cloud', 'Node', 'js', 'scm', 'OK', 'UTF', 'ASCII', 'punycode', 'Punycode', 'Unicode', 'BOM', 'CRLF', 'ISO',
  'scs', 'bash', 'zsh', 'fish', 'Terraform', 'JavaScript', 'Token', 'Ed448', 'X25519', 'X448', 'secp256k1', 'Brainpool', 'brainpool', 'Ctrl-C', 'Ctrl-D', 'Base64', 'http', 'https', 'man', 'curl', 'jq',
  'Authorization', 'Retry-After', // HTTP header names
  'fullchain', 'xn--', 'off', // certbot's file, the punycode prefix, the notify command's literal argument (on|off)
  'Java', // a Java keystore (JKS), as Tomcat keeps certificates
  'IPv4', 'IPv6',
  'SecurityToken', // Huawei's name for the token of a temporary AK/SK (HUAWEICLOUD_SDK_SECURITY_TOKEN)
  'Chrome', 'BoringSSL', // a browser and its TLS library, named where they refuse a key (validate's chain keys)
  'Firefox', 'Go', // a browser and a language's TLS library, named where they refuse explicit EC parameters (key-type-unsupported)
  'Safari', // a browser, named where it refuses a certificate with no SAN (cert-no-san)
  'Apple', 'iOS', 'macOS', // platforms (Apple's own Chinese writes Apple 平台), named where they refuse a leaf valid too long (leaf-validity-too-long)
  'SC-081', // the CA/Browser Forum ballot that shortens a leaf's validity (leaf-validity-too-long), named as the Forum names it
  'Cloudflare', 'Origin', // Cloudflare Origin CA, a product named where a root signs the leaf (chain-too-short's fix)
]);

/**
 * The gateway's own English error texts, quoted in the catalogue's Chinese because users see them verbatim in
 * API answers (src/core/catalogue/gateway-codes.ts).
 */
export const SERVER_LITERALS = ['verify aksk signature fail'];

/** Code-like runs are printable ASCII ([!-~]), so a path never swallows the Chinese around it. */
export function englishWords(text: string, ids: Iterable<string> = []): string[] {
  const kept = new Set([...KEPT, ...ids]);
  let stripped = text;
  for (const literal of SERVER_LITERALS) stripped = stripped.split(literal).join(' ');
  stripped = stripped
    .replace(/\{[A-Za-z0-9_]+\}/g, ' ') // parameters
    .replace(/`[^`]*`/g, ' ') // commands quoted as code
    .replace(/'[^'\n]*'/g, ' ') // commands and literals in ASCII single quotes
    .replace(/"[^"\n\u2e80-\uffff]*"/g, ' ') // literal values ("all", "url")
    .replace(/\u201c[!-~ ]*\u201d/g, ' ') // values the user gave, quoted the Chinese way: “confg”
    .replace(/\bscs\d{13}\b|\bP-\d{3}\b/g, ' ') // certificate ids, curve names
    .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{6,}\b/gi, ' ') // request ids, fingerprints, ids of copies (hex)
    .replace(/\bscm [a-z-]+/g, ' ') // a command: scm upload
    .replace(/--[a-z][a-z0-9-]*|(^|[\s（(])-[a-zA-Z]\b/g, ' ') // flags
    .replace(/\bX-[A-Za-z-]+/g, ' ') // HTTP headers (X-Auth-Token)
    .replace(/[!-~]*[A-Za-z0-9_]=[!-~]*/g, ' ') // assignments: CI=true, duplicate_check=true
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ') // rule ids (key-mismatch) and region ids (cn-north-4)
    .replace(/\b(?:SCM|APIGW|APIG)[.\-_]?\d{1,4}\b|\bscm\d{4}\b/gi, ' ') // error codes in their accepted forms
    .replace(/[!-~]*[A-Za-z0-9~][./:\\][!-~]*[A-Za-z0-9*{][!-~]*/g, ' ') // paths, file names, URLs, WAF:cn-north-4, scm:cert:push
    .replace(/(^|[^!-~])\.[A-Za-z][\w.-]*|[\w-]+\//g, ' ') // dot files (.scmrc) and folders (live/)
    .replace(/\$[A-Za-z_]+/g, ' ') // environment variables
    .replace(/\b\w*_\w*\b/g, ' ') // identifiers (private_key, HUAWEICLOUD_SDK_AK)
    .replace(/\b[A-Z][A-Z0-9]{2,}\b/g, ' '); // constants and acronyms (UUID, DEK)
  return (stripped.match(/[A-Za-z][A-Za-z0-9-]{2,}/g) ?? []).filter((w) => !kept.has(w));
}

export interface EnglishLinesOptions {
  /** Words that are names here (command names, help topics). */
  ids?: Iterable<string>;
  /** Text that is data, not prose, taken out first: the service's own messages, the DNs of the user's certificates. */
  data?: readonly string[];
  /** The text starts with an examples block (up to the first blank line) of commands: only their `# notes` count. */
  examples?: boolean;
}

/** The lines of `text` that carry English prose, each as "line  <- words", for a readable failure. */
export function englishLines(text: string, o: EnglishLinesOptions = {}): string[] {
  const lines = text.split('\n');
  const end = o.examples ? lines.indexOf('') : 0;
  const data = [...(o.data ?? [])].sort((a, b) => b.length - a.length);
  const ids = [...(o.ids ?? [])];
  return lines.flatMap((line, i) => {
    let prose = line;
    if (i < end && i > 0) prose = line.includes('# ') ? line.slice(line.indexOf('# ') + 2) : '';
    for (const d of data) prose = prose.split(d).join(' ');
    const words = englishWords(prose, ids);
    return words.length > 0 ? [`${line}  <- ${words.join(' ')}`] : [];
  });
}

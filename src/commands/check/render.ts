// Human text and JSON for `scm check`: per target a verdict line, then its subject, expiry, fingerprints,
// chain, names and every problem, indented. Renderers return strings.
import { alertName, chainWarnings, type CheckRow } from '../../core/check/index.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import type { ClientCertificate } from '../../io/client-certificate.js';
import type { Style } from '../../io/style.js';
import { M } from './messages.js';

export interface Shown {
  row: CheckRow;
  /** The SNI sent, for an endpoint. */
  sni?: string;
  /** The endpoint asked for a client certificate, required or not (its chain was read without one). */
  clientCertificate?: ClientCertificate;
  /** The RSA certificate the endpoint serves to clients without ECDSA, beside the ECDSA one of `row`. */
  rsa?: CheckRow;
  /** How a file was read, as validate's info says it (lego's .pfx opened with lego's default password). */
  notes?: string[];
  /** It could not be checked at all (unreachable, unreadable). */
  failed: boolean;
}

const day = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function chainLine(row: CheckRow, lang: Lang): string | undefined {
  const c = row.chain;
  if (!c) return undefined;
  const path = c.certificates.join(' → ');
  if (c.complete && c.inOrder !== false) return t(lang, c.inOrder ? M.chainOk : M.chainComplete, { path });
  const state = !c.complete && c.inOrder === false ? M.incompleteDisordered : !c.complete ? M.incomplete : M.disordered;
  return t(lang, M.chainBad, { state: t(lang, state), path });
}

export function renderCheck(shown: readonly Shown[], style: Style, lang: Lang): string {
  return shown.map(({ row, sni, failed, clientCertificate, rsa, notes }) => {
    const verdict = failed ? style.red(t(lang, M.cannot)) : row.ok ? style.green(t(lang, M.ok)) : style.yellow(t(lang, M.attention));
    const target = sni ? t(lang, M.sni, { target: row.target, name: sni }) : row.target;
    const lines = [t(lang, M.head, { target: style.bold(target), verdict })];
    const detail: string[] = [];
    if (row.subject) detail.push(row.issuer ? t(lang, M.subject, { subject: row.subject, issuer: row.issuer }) : row.subject);
    if (row.notAfter) detail.push(t(lang, M.expires, { date: day(row.notAfter), days: row.daysLeft ?? 0 }));
    if (row.fingerprintSha1) detail.push(row.fingerprintSha256 ? t(lang, M.fingerprints, { sha1: row.fingerprintSha1, sha256: row.fingerprintSha256 }) : t(lang, M.sha1Only, { sha1: row.fingerprintSha1 }));
    if (row.names.length > 0) detail.push(t(lang, M.names, { names: listOf(lang, row.names) }));
    const chain = chainLine(row, lang);
    if (chain) detail.push(chain);
    if (row.covers && row.host) detail.push(t(lang, M.covers, { host: row.host }));
    if (row.expect?.matches) detail.push(t(lang, M.matches, { what: row.expect.what }));
    if (clientCertificate) detail.push(clientCertificateLine(clientCertificate, lang));
    if (rsa?.notAfter) {
      const expires = t(lang, M.expires, { date: day(rsa.notAfter), days: rsa.daysLeft ?? 0 });
      detail.push(t(lang, M.alsoRsa, { subject: rsa.subject ?? '', expires, sha256: rsa.fingerprintSha256 ?? '' }));
    }
    for (const note of notes ?? []) detail.push(style.dim(note));
    const warned = chainWarnings(row);
    for (const p of row.chain?.problems ?? []) if (!row.problems.includes(p)) detail.push(warned.includes(p) ? style.yellow(t(lang, M.chainWarning, { message: p.message })) : style.dim(t(lang, M.fileChain, { message: p.message })));
    for (const p of row.problems) detail.push((failed ? style.red : style.yellow)(`✗ ${p.message}`));
    return [...lines, ...detail.map((d) => `  ${d}`)].join('\n');
  }).join('\n') + '\n';
}

/** What the server said of the client certificate this client did not send. */
function clientCertificateLine(c: ClientCertificate, lang: Lang): string {
  if (!c.required) return t(lang, c.untold ? M.clientCertificateUntold : M.clientCertificateAsked);
  if (c.when === 'during') return t(lang, M.clientCertificate);
  return c.alert === undefined ? t(lang, M.clientCertificateClosed) : t(lang, M.clientCertificateAlert, { alert: alertName(c.alert), number: c.alert });
}

export function checkJson(shown: readonly Shown[], within: number): Record<string, unknown> {
  return { ok: shown.every((s) => s.row.ok), within, targets: shown.map((s) => ({ ...s.row, warnings: chainWarnings(s.row), ...(s.sni ? { servername: s.sni } : {}), ...(s.clientCertificate ? { [s.clientCertificate.required ? 'clientCertificateRequired' : 'clientCertificateRequested']: true } : {}), ...(s.rsa ? { rsaCertificate: rsaJson(s.rsa) } : {}), ...(s.notes ? { notes: s.notes } : {}) })) };
}

/** The RSA certificate beside the ECDSA one: its facts and its own problems (the target's say them of it). */
function rsaJson(r: CheckRow): Record<string, unknown> {
  const { target: _t, kind: _k, host: _h, expect: _e, ...facts } = r;
  return facts;
}

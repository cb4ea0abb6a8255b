// A TLS endpoint for `scm check`: one handshake (src/io/tls-probe.ts, loaded only here), the served chain
// parsed and analysed as validate analyses a chain given in order. A server that answered in TLS and refused
// the handshake (an alert, or TLS the client cannot accept) was reached: that is a problem of the endpoint
// (needs attention, exit 1). Any other failure says why it could not be reached (exit 5). In the user's language.
import type { Ctx } from '../../context.js';
import { alertName, analyseServed, leafFacts, PROTOCOL_VERSION, sniMayExplain, UNRECOGNIZED_NAME, type ChainFacts, type LeafFacts, type Problem } from '../../core/check/index.js';
import { t } from '../../core/i18n.js';
import { certFromDer } from '../../core/validate/model.js';
import { InterruptedError } from '../../errors.js';
import type { ClientCertificate } from '../../io/client-certificate.js';
import type { PlainService } from '../../io/plain-answer.js';
import { PM } from '../../core/check/messages.js';
import { M } from './messages.js';

export interface Endpoint {
  host: string;
  port: number;
  /** SNI (none for an IP address without --servername). */
  servername?: string;
}

/** `refused`: reached, but the handshake was refused (tls-alert, tls-handshake); `failure`: not reached. */
/**
 * `clientCertificate`: the server asked for one (required or not), and its chain was read without it; `refusal`: it refused the
 * handshake, and its chain was read from its first flight (tls-probe.ts): the refusal is a problem beside the chain's.
 */
/** `rsa`: the RSA certificate the server serves to clients that offer no ECDSA, beside the ECDSA `leaf`. */
export type Served = { leaf: LeafFacts; chain: ChainFacts; clientCertificate?: ClientCertificate; refusal?: Problem; rsa?: { leaf: LeafFacts; chain: ChainFacts } } | { refused: Problem } | { failure: string };

/** `withinDays`: --within, for a CA of the served chain that expires before the leaf (core/check/chain.ts). */
export async function readEndpoint(e: Endpoint, timeoutMs: number, withinDays: number, ctx: Ctx): Promise<Served> {
  const { probeTls, ProbeError, ACCEPTED_FROM } = await import('../../io/tls-probe.js');
  const lang = ctx.lang;
  const where = e.host.includes(':') ? `[${e.host}]:${e.port}` : `${e.host}:${e.port}`;
  try {
    const { chain, clientCertificate, refusal, rsa } = await probeTls({ host: e.host, port: e.port, ...(e.servername ? { servername: e.servername } : {}), timeoutMs, signal: ctx.signal });
    const source = t(lang, PM.servedChain);
    const read = (ders: Buffer[]): { leaf: LeafFacts; chain: ChainFacts } => {
      const certs = ders.map((der, i) => certFromDer(der, source, i + 1));
      return { leaf: leafFacts(certs[0]!), chain: analyseServed(certs, 0, true, lang, ctx.now(), 'server', withinDays) };
    };
    const refused = refusal ? failureOf(refusal) : undefined;
    return {
      ...read(chain), ...(rsa ? { rsa: read(rsa) } : {}),
      ...(clientCertificate ? { clientCertificate } : {}), ...(refused && 'refused' in refused ? { refusal: refused.refused } : {}),
    };
  } catch (err) {
    if (err instanceof InterruptedError) throw err;
    if (!(err instanceof ProbeError)) return { failure: t(lang, M.other, { where, detail: (err as Error).message }) };
    return failureOf(err);
  }

  function greeting(service: PlainService | undefined, line: string): string {
    if (service === 'ssh') return t(lang, M.plainSsh, { where, line });
    const starts = service && service !== 'mail-or-ftp' ? STARTS_TLS[service] : undefined;
    return starts ? t(lang, M.plainGreeting, { where, line, ...starts }) : t(lang, M.plainGreeting220, { where, line });
  }

  function failureOf(err: InstanceType<typeof ProbeError>): { refused: Problem } | { failure: string } {
    switch (err.kind) {
      case 'refused': return { failure: t(lang, M.refused, { where }) };
      case 'dns': return { failure: t(lang, M.dns, { host: e.host }) };
      case 'timeout': return { failure: t(lang, M.timeout, { where, seconds: timeoutMs / 1000 }) };
      case 'plain-http': return { failure: t(lang, M.plainHttp, { where }) };
      case 'plain-greeting': return { failure: greeting(err.service, err.message) };
      case 'not-tls': return { failure: t(lang, M.notTls, { where }) };
      case 'reset': return { failure: t(lang, M.reset, { where }) };
      case 'closed-for-name': return { refused: { id: 'tls-handshake', message: t(lang, M.closedForName, { where, name: e.servername ?? '' }) } };
      case 'no-certificate': return { failure: t(lang, M.noCertificate, { where }) };
      case 'alert': return { refused: { id: 'tls-alert', message: alertMessage({ alert: err.alert!, offered: err.offered, accepted: ACCEPTED_FROM }, where, e.servername, lang) } };
      case 'tls': return { refused: { id: 'tls-handshake', message: t(lang, e.servername ? M.tls : M.tlsNoSni, { where, detail: err.message }) } };
      default: return { failure: t(lang, M.other, { where, detail: err.message }) };
    }
  }
}

/** How each server that greets in plain text starts TLS on that port, and its port with TLS from the start. */
const STARTS_TLS: Record<'smtp' | 'imap' | 'pop3' | 'ftp', { protocol: string; upgrade: string; tlsName: string; port: number }> = {
  smtp: { protocol: 'SMTP', upgrade: 'STARTTLS', tlsName: 'SMTPS', port: 465 },
  imap: { protocol: 'IMAP', upgrade: 'STARTTLS', tlsName: 'IMAPS', port: 993 },
  pop3: { protocol: 'POP3', upgrade: 'STLS', tlsName: 'POP3S', port: 995 },
  ftp: { protocol: 'FTP', upgrade: 'AUTH TLS', tlsName: 'FTPS', port: 990 },
};

interface Alert {
  alert: number;
  /** For protocol_version: the older version the server speaks, when known. */
  offered?: string | undefined;
  /** The oldest version this client accepts. */
  accepted: string;
}

/**
 * The alert by its RFC name; unrecognized_name with the name sent says what it means: that name is not served;
 * protocol_version says the server speaks only an older TLS. Without SNI, only the alerts SNI can explain hint at it.
 */
function alertMessage(a: Alert, where: string, servername: string | undefined, lang: Ctx['lang']): string {
  if (a.alert === PROTOCOL_VERSION) return t(lang, a.offered ? M.oldTls : M.oldTlsUnknown, { where, version: a.offered ?? '', accepted: a.accepted });
  const p = { where, alert: alertName(a.alert), number: a.alert, name: servername ?? '' };
  if (!servername) return t(lang, sniMayExplain(a.alert) ? M.alertNoSni : M.alertBare, p);
  return t(lang, a.alert === UNRECOGNIZED_NAME ? M.unrecognizedName : M.alert, p);
}

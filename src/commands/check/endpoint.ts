// A TLS endpoint for `scm check`: one handshake (src/io/tls-probe.ts, loaded only here), the served chain
// parsed and analysed as validate analyses a chain given in order. A failure becomes a row that says why
// (exit 5), in the user's language.
import type { Ctx } from '../../context.js';
import { analyseServed, leafFacts, type ChainFacts, type LeafFacts } from '../../core/check/index.js';
import { t } from '../../core/i18n.js';
import { certFromDer } from '../../core/validate/model.js';
import { InterruptedError } from '../../errors.js';
import { PM } from '../../core/check/messages.js';
import { M } from './messages.js';

export interface Endpoint {
  host: string;
  port: number;
  /** SNI (none for an IP address without --servername). */
  servername?: string;
}

export type Served = { leaf: LeafFacts; chain: ChainFacts } | { failure: string };

export async function readEndpoint(e: Endpoint, timeoutMs: number, ctx: Ctx): Promise<Served> {
  const { probeTls, ProbeError } = await import('../../io/tls-probe.js');
  const lang = ctx.lang;
  const where = e.host.includes(':') ? `[${e.host}]:${e.port}` : `${e.host}:${e.port}`;
  try {
    const { chain } = await probeTls({ host: e.host, port: e.port, ...(e.servername ? { servername: e.servername } : {}), timeoutMs, signal: ctx.signal });
    const source = t(lang, PM.servedChain);
    const certs = chain.map((der, i) => certFromDer(der, source, i + 1));
    return { leaf: leafFacts(certs[0]!), chain: analyseServed(certs, 0, true, lang, ctx.now()) };
  } catch (err) {
    if (err instanceof InterruptedError) throw err;
    if (!(err instanceof ProbeError)) return { failure: t(lang, M.other, { where, detail: (err as Error).message }) };
    switch (err.kind) {
      case 'refused': return { failure: t(lang, M.refused, { where }) };
      case 'dns': return { failure: t(lang, M.dns, { host: e.host }) };
      case 'timeout': return { failure: t(lang, M.timeout, { where, seconds: timeoutMs / 1000 }) };
      case 'plain-http': return { failure: t(lang, M.plainHttp, { where }) };
      case 'not-tls': return { failure: t(lang, M.notTls, { where }) };
      case 'reset': return { failure: t(lang, M.reset, { where }) };
      case 'no-certificate': return { failure: t(lang, M.noCertificate, { where }) };
      case 'tls': return { failure: t(lang, e.servername ? M.tls : M.tlsNoSni, { where, detail: err.message }) };
      default: return { failure: t(lang, M.other, { where, detail: err.message }) };
    }
  }
}

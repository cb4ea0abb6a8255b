// undici's dispatchers behind a proxy: one ProxyAgent per proxy variable (HTTPS_PROXY, HTTP_PROXY), each given
// that variable's URL without its credentials and the Proxy-Authorization proxy-vars.ts made of them for it
// alone (core/proxy-basic.ts), so undici never decodes them (it sent none for `http://:TOKEN@proxy`, and threw
// on bytes that are no UTF-8). Which variable a URL goes by, and NO_PROXY, are decided in http.ts, as
// EnvHttpProxyAgent would pick them (that agent took one set of options for both proxies).
// A request that must not be sent twice (an import, a push) gets an agent of its own, made with the same
// options (the same recorder of what a refusing proxy said), and closed once its answer is read: as without a
// proxy (node-fetch.ts), it never goes out on a connection an earlier request kept alive, which the proxy or the
// server may have closed just then, cutting it off unread and leaving its outcome unknown.
import type { ProxyVar } from './proxy-vars.js';
import { proxyWordsRecorder, type ProxyWords } from './proxy-words.js';

type Undici = typeof import('undici');
type Dispatcher = InstanceType<Undici['ProxyAgent']>;

export interface ProxyAgents {
  /** The dispatcher for a request through `via`, and what to do once its answer is read. */
  take(via: ProxyVar, fresh: boolean): { dispatcher: Dispatcher; done(): Promise<void> };
  /** What the latest proxy that refused a CONNECT said (proxy-words.ts). */
  words(): ProxyWords | undefined;
}

export function proxyAgents(undici: Undici): ProxyAgents {
  // What a refusing proxy says (its reason phrase, its page) is kept for the message (proxy-words.ts).
  const recorder = proxyWordsRecorder((origin, opts) => new undici.Pool(origin, opts) as unknown as ReturnType<Parameters<typeof proxyWordsRecorder>[0]>);
  const make = (via: ProxyVar): Dispatcher =>
    new undici.ProxyAgent({
      uri: via.bare,
      ...(via.authorization ? { token: via.authorization } : {}),
      clientFactory: recorder.clientFactory as never,
      // proxyTunnel false: a plain-http URL (a local emulator) is sent to an http:// proxy as `GET http://...`, as
      // curl, wget and Python send it (a proxy may forward plain HTTP only: squid refuses CONNECT to ports but 443
      // by default); an https URL is tunnelled with CONNECT whatever this says.
      proxyTunnel: false,
    });
  const shared = new Map<string, Dispatcher>();
  const none = async (): Promise<void> => undefined;
  return {
    take(via, fresh) {
      if (fresh) {
        const own = make(via);
        // Its answer is read whole by then: nothing is left to wait for (destroy never hangs on a stuck socket).
        return { dispatcher: own, done: () => own.destroy().catch(() => undefined) };
      }
      let agent = shared.get(via.name);
      if (!agent) shared.set(via.name, (agent = make(via)));
      return { dispatcher: agent, done: none };
    },
    words: recorder.last,
  };
}

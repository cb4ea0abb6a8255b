// `scm check --servername NAME` is a host option (OptionSpec.host 'sni', src/commands/host-values.ts): a URL, a
// path, a port or spaces are a usage error before anything connects, in the --domain family of messages; so are
// a wildcard, which SNI cannot carry (RFC 6066, section 3); an IP address is accepted, compared with the
// certificate's addresses and never sent as SNI (sniFor). Upper case (sent in lower case) and one trailing dot are
// fine; an internationalised name is sent as its punycode A-label (sniName), as browsers send it.
import { describe, expect, it } from 'vitest';
import { refuseBadHost } from '../../src/commands/host-values.js';
import { COMMANDS } from '../../src/commands/registry.js';
import type { CommandSpec } from '../../src/commands/types.js';
import { sniFor } from '../../src/core/check/index.js';
import { UsageError } from '../../src/errors.js';

const check = (): CommandSpec => COMMANDS.find((c) => c.name === 'check')!;
const refusal = async (servername: string, lang: 'en' | 'zh' = 'en'): Promise<unknown> =>
  refuseBadHost(check(), { opts: { servername } }, lang).then(() => undefined, (e: unknown) => e);

describe('--servername NAME', () => {
  it('is the one host option of check, and a name to send as SNI', () => {
    expect(check().options.filter((o) => o.host).map((o) => [o.flags, o.host])).toEqual([['--servername <host>', 'sni']]);
  });

  it.each([
    ['https://x', "--servername 'https://x' is not a host name: it is a URL; give its host name alone (x)"],
    ['x/y', `--servername 'x/y' is not a host name: it has a path ("/y"); give the host name alone (x)`],
    ['x:443', `--servername 'x:443' is not a host name: it has a port (":443"); a certificate does not name ports: give the host alone (x)`],
    ['www example.com', "--servername 'www example.com' is not a host name: it contains spaces or control characters"],
    ['*.example.com', "--servername '*.example.com' is not a host name: it is a wildcard; SNI names one host: give a name the certificate should cover (such as www.example.com)"],
  ])('%j is a usage error naming what is wrong', async (value, message) => {
    const e = await refusal(value);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).message).toBe(message);
  });

  it('in Chinese', async () => {
    expect((await refusal('https://x', 'zh') as Error).message).toBe('--servername “https://x”不是合法的主机名：是一个 URL；请只传其中的主机名（x）');
    expect((await refusal('*.example.com', 'zh') as Error).message).toBe('--servername “*.example.com”不是合法的主机名：是通配符名称；SNI 只能指定一个主机：请传入证书应包含的主机名（例如 www.example.com）');
  });

  it.each(['www.example.com', 'WWW.Example.COM', 'www.example.com.', 'bücher.example', 'xn--bcher-kva.example', '192.0.2.1', '2001:db8::1'])('%j is accepted', async (value) => {
    expect(await refusal(value)).toBeUndefined();
  });

  it('the name as sent in SNI: without the final dot, in lower case, an internationalised name as its A-label', () => {
    expect(['www.example.com.', 'WWW.Example.COM', 'bücher.example', 'BÜCHER.example.', 'xn--bcher-kva.example', '192.0.2.1'].map(sniFor))
      .toEqual(['www.example.com', 'www.example.com', 'xn--bcher-kva.example', 'xn--bcher-kva.example', 'xn--bcher-kva.example', undefined]);
  });

  it('--domain keeps its wildcard and its IP addresses', async () => {
    const list = COMMANDS.find((c) => c.name === 'list')!;
    for (const domain of ['*.example.com', '192.0.2.1']) await expect(refuseBadHost(list, { opts: { domain } }, 'en')).resolves.toBeUndefined();
  });
});

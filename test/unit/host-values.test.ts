// A --domain HOST value that cannot be a host name (a URL, a path, a port, spaces) is a usage error before a
// command runs (src/commands/host-values.ts): it used to match nothing and exit 0, which a script reads as "no
// certificate for this domain". A wildcard and one trailing dot stay accepted, as list and prune match them.
import { describe, expect, it } from 'vitest';
import { refuseBadHost } from '../../src/commands/host-values.js';
import { COMMANDS } from '../../src/commands/registry.js';
import type { CommandSpec } from '../../src/commands/types.js';
import { UsageError } from '../../src/errors.js';

const spec = (name: string): CommandSpec => COMMANDS.find((c) => c.name === name)!;
const refusal = async (command: string, domain: string, lang: 'en' | 'zh' = 'en'): Promise<unknown> =>
  refuseBadHost(spec(command), { opts: { domain } }, lang).then(() => undefined, (e: unknown) => e);

describe('--domain HOST', () => {
  it('every --domain <host> option of every command is checked as a host name', () => {
    const hosts = COMMANDS.flatMap((c) => c.options.filter((o) => o.flags.startsWith('--domain <host>')).map((o) => [c.name, o.host]));
    expect(hosts.map(([name]) => name).sort()).toEqual(['list', 'prune', 'rotate']);
    expect(hosts.every(([, host]) => host === true)).toBe(true);
  });

  it.each([
    ['https://alpha.example.com', "--domain 'https://alpha.example.com' is not a host name: it is a URL; give its host name alone (alpha.example.com)"],
    ['alpha.example.com/path', `--domain 'alpha.example.com/path' is not a host name: it has a path ("/path"); give the host name alone (alpha.example.com)`],
    ['alpha.example.com:443', `--domain 'alpha.example.com:443' is not a host name: it has a port (":443"); a certificate does not name ports: give the host alone (alpha.example.com)`],
    ['alpha example.com', "--domain 'alpha example.com' is not a host name: it contains spaces or control characters"],
    [' alpha.example.com', "--domain ' alpha.example.com' is not a host name: it contains spaces or control characters"],
    ['a..example.com', "--domain 'a..example.com' is not a host name: it has an empty label"],
    // Punycode that decodes to nothing, to an ASCII label, or to a name IDNA does not allow: no A-label.
    ['xn--zz.example', `--domain 'xn--zz.example' is not a host name: it has an xn-- label that is not valid punycode for an internationalised name ("xn--zz")`],
    ['www.xn--a-ecp.example', `--domain 'www.xn--a-ecp.example' is not a host name: it has an xn-- label that is not valid punycode for an internationalised name ("xn--a-ecp")`],
    ['*.XN--4BA.example', `--domain '*.XN--4BA.example' is not a host name: it has an xn-- label that is not valid punycode for an internationalised name ("XN--4BA")`],
  ])('%j is a usage error naming what to remove', async (value, message) => {
    for (const command of ['list', 'prune', 'rotate']) {
      const e = await refusal(command, value);
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).message).toBe(message);
    }
  });

  it('in Chinese', async () => {
    expect((await refusal('list', 'xn--zz.example', 'zh') as Error).message).toBe('--domain “xn--zz.example”不是合法的主机名：有一段以 `xn--` 开头，却不是国际化域名的合法 punycode 形式（“xn--zz”）');
    expect((await refusal('list', 'https://alpha.example.com', 'zh') as Error).message).toBe('--domain “https://alpha.example.com”不是合法的主机名：是一个 URL；请只传其中的主机名（alpha.example.com）');
  });

  it.each(['alpha.example.com', '*.example.com', 'alpha.example.com.', '*.example.com.', 'Alpha.Example.COM', '192.0.2.1', '2001:db8::1', 'xn--bcher-kva.example', 'XN--BCHER-KVA.example', '*.xn--fsqu00a.xn--0zwm56d', 'bücher.example'])('%j is accepted', async (value) => {
    for (const command of ['list', 'prune', 'rotate']) expect(await refusal(command, value)).toBeUndefined();
  });

  it('an option not given, or one that is no host, is not looked at', async () => {
    await expect(refuseBadHost(spec('list'), { opts: {} }, 'en')).resolves.toBeUndefined();
    await expect(refuseBadHost(spec('list'), { opts: { search: 'https://x' } }, 'en')).resolves.toBeUndefined();
  });
});

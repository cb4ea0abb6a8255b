// `scm deploy --service CDN` with an internationalised domain: CDN knows it by its A-label (punycode), so
// bücher.example is sent, compared and reported as xn--bcher-kva.example; a domain with an `xn--` label that is
// no punycode is refused before anything is read or sent (exit 2), as --domain HOST is.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const ACE = 'xn--bcher-kva.example';
const t = withEmulator('deploy-idn', { cn: ACE });
let id: string;
const { run } = cliRecorder(() => t.env());

// After the suite's reset: the certificate for ACE and the CDN domain it is deployed to.
beforeEach(async () => {
  const b = t.b;
  [id] = (await t.emu.seed({ certificates: [{ name: 'buecher', pem: readFileSync(b.cert, 'utf8'), chain: readFileSync(b.chain, 'utf8'), private_key: b.keyPem }] })).certificates as [string];
  await t.emu.seed({ resources: [{ service: 'CDN', kind: 'domain', id: ACE }] });
});

describe('scm deploy --service CDN with an internationalised domain', () => {
  it('a Unicode domain is deployed under its A-label; a rerun finds it there and sends nothing', async () => {
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'Bücher.example', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).results).toEqual([{ resource: ACE, result: 'deployed', message: '' }]);
    expect((await t.emu.state()).resources.find((x) => x.id === ACE)?.certificateId).toBe(id);
    const again = await run(['deploy', id, '--service', 'CDN', '--resource', 'bücher.example', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).results).toEqual([{ resource: ACE, result: 'unchanged', message: expect.any(String) }]);
    expect((await t.emu.state()).requests.byOperation.deploy).toBe(1);
  });

  it('--dry-run shows the A-label in the request body; the same domain written both ways goes once', async () => {
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'bücher.example', '--resource', 'XN--BCHER-KVA.example.', '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).requests[0].body.resources).toEqual([{ domain_name: ACE }]);
  });

  it('a domain in upper case is sent in lower case, as CDN and ListDeployedResources name domains (--dry-run shows it)', async () => {
    // Without credentials: the request from the command line alone (with them, this certificate's names are read
    // and www.shop.example.com, which it does not cover, is refused).
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'WWW.Shop.Example.COM', '--resource', 'XN--BCHER-KVA.example.', '--dry-run', '--json'], { env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined } });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).requests[0].body.resources).toEqual([{ domain_name: 'www.shop.example.com' }, { domain_name: ACE }]);
  });

  it.each([
    ['xn--zz.example', 'it has an xn-- label that is not valid punycode for an internationalised name ("xn--zz")'],
    ['www.xn--a-ecp.example', 'it has an xn-- label that is not valid punycode for an internationalised name ("xn--a-ecp")'],
    ['https://shop.example.com', 'it is a URL; give its host name alone (shop.example.com)'],
  ])('%j is refused offline (exit 2), nothing read or sent', async (value, problem) => {
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', ACE, '--resource', value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`scm: --resource '${value}' is not a host name: ${problem}\n`);
    expect((await t.emu.state()).requests.byOperation).toEqual({});
  });

  it('in Chinese', async () => {
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'xn--zz.example', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('scm: --resource “xn--zz.example”不是合法的主机名：有一段以 `xn--` 开头，却不是国际化域名的合法 punycode 形式（“xn--zz”）\n');
  });

  it('ELB and WAF resources are certificate ids, not domains: not judged as host names', async () => {
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'xn--zz', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
  });
});

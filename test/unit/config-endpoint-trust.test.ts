// Where requests go when a config file sets the endpoint: a file found by searching (a cloned repository's
// .scmrc) may name only an SCM API host or loopback, else exit 2 before anything is sent; the files
// the user chose (--config, the user file) and --endpoint / SCM_ENDPOINT may name any host. A region the user
// gave that a file's endpoint overrides is warned about (the contract's order stays).
import { describe, expect, it } from 'vitest';
import { hostNamesRegion, isHuaweiCloudHost } from '../../src/api/endpoints.js';
import { resolveFrom } from '../../src/config/index.js';
import type { ConfigLayer, LoadedConfig } from '../../src/config/file.js';
import { ConfigError } from '../../src/errors.js';

const file = (endpoint: string, layer: ConfigLayer = 'project', path = '/home/me/repo/.scmrc'): LoadedConfig => ({ path, config: { endpoint }, warnings: [], layer });
const refusal = (f: () => unknown): ConfigError => {
  try {
    f();
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('not refused');
};

describe('SCM API hosts', () => {
  it("SCM's own API hosts under myhuaweicloud.com, .eu and .cn, not any host there (OBS buckets are users' own)", () => {
    for (const h of ['scm.cn-north-4.myhuaweicloud.com', 'scm.eu-west-101.myhuaweicloud.eu', 'ccm.myhuaweicloud.com', 'ccm.cn-north-4.myhuaweicloud.com', 'SCM.AP-SOUTHEAST-1.MYHUAWEICLOUD.COM', 'scm.cn-north-9.myhuaweicloud.cn', 'scm.cn-north-4.myhuaweicloud.com.']) {
      expect(isHuaweiCloudHost(h), h).toBe(true);
    }
    for (const h of ['scm.obs.cn-north-4.myhuaweicloud.com', 'scm.cn-north-4.obs.cn-north-4.myhuaweicloud.com', 'waf.cn-north-9.myhuaweicloud.cn', 'scm.myhuaweicloud.com', 'scm.cn-north-4.myhuaweicloud.com.evil.example', 'myhuaweicloud.com', 'evilmyhuaweicloud.com', 'scm.myhuaweicloud.com.cn', '.myhuaweicloud.com', 'myhuaweicloud.eu', '127.0.0.1', 'scm.example.com']) {
      expect(isHuaweiCloudHost(h), h).toBe(false);
    }
  });
  it('a host names a region when one of its labels is the region', () => {
    expect(hostNamesRegion('scm.eu-west-101.myhuaweicloud.eu', 'eu-west-101')).toBe(true);
    expect(hostNamesRegion('scm.cn-north-4.myhuaweicloud.com', 'eu-west-101')).toBe(false);
    expect(hostNamesRegion('scm.cn-north-4x.myhuaweicloud.com', 'cn-north-4')).toBe(false);
  });
});

describe('an endpoint from a file found by searching', () => {
  it('another host is refused: exit 2 naming the file and the host, nothing sent, with the ways to allow it', () => {
    for (const url of ['https://scm.cn-north-4.myhuaweicloud.com.evil.example', 'https://gw.example.com:8443/scm']) {
      const e = refusal(() => resolveFrom({}, { SCM_AUTH_TOKEN: 'MIIT-token-0000000000' }, file(url)));
      expect(e).toBeInstanceOf(ConfigError);
      expect(e.exitCode).toBe(2);
      const host = new URL(url).host;
      expect(e.message).toBe(`refusing endpoint ${host} from /home/me/repo/.scmrc: a config file found by searching may send requests only to an SCM API host (scm.REGION.myhuaweicloud.com, scm.REGION.myhuaweicloud.eu, scm.REGION.myhuaweicloud.cn, ccm.myhuaweicloud.com) or to this machine; nothing was sent, credentials included`);
      expect(e.hint).toBe('to use this host, pass --endpoint URL (or set SCM_ENDPOINT), or name the file with --config /home/me/repo/.scmrc to trust it');
    }
  });
  it('in Chinese too', () => {
    const e = refusal(() => resolveFrom({}, {}, file('https://gw.example.com'), 'zh'));
    expect(e.message).toBe('拒绝使用 /home/me/repo/.scmrc 中的终端节点 gw.example.com：搜索到的配置文件只能把请求发往 SCM API 主机（scm.REGION.myhuaweicloud.com、scm.REGION.myhuaweicloud.eu、scm.REGION.myhuaweicloud.cn、ccm.myhuaweicloud.com）或本机；没有发出任何请求，凭证也没有发出');
    expect(e.hint).toBe('确要使用该主机，请用 --endpoint URL（或 SCM_ENDPOINT）指定，或用 --config /home/me/repo/.scmrc 明确指定该文件以表示信任');
  });
  it('a Huawei Cloud host or loopback (the local emulator) is used', () => {
    expect(resolveFrom({}, {}, file('https://scm.ap-southeast-1.myhuaweicloud.com')).endpoint.host).toBe('scm.ap-southeast-1.myhuaweicloud.com');
    expect(resolveFrom({}, {}, file('https://scm.eu-west-101.myhuaweicloud.eu')).endpoint.host).toBe('scm.eu-west-101.myhuaweicloud.eu');
    expect(resolveFrom({}, {}, file('http://127.0.0.1:17400')).endpoint.href).toBe('http://127.0.0.1:17400/');
    expect(resolveFrom({}, {}, file('http://localhost:17400')).endpoint.hostname).toBe('localhost');
  });
  // A name under .localhost is looked up in DNS (Node asks the resolver): it may lead off the machine.
  it('a name under .localhost is not this machine: refused like any other host', () => {
    for (const url of ['https://evil.localhost:18543', 'https://scm.localhost', 'https://localhost.evil.example']) {
      expect(refusal(() => resolveFrom({}, {}, file(url))).message).toMatch(/^refusing endpoint .* from \/home\/me\/repo\/\.scmrc: /);
    }
    // Over plain http, the plain-http rule says no first.
    expect(refusal(() => resolveFrom({}, {}, file('http://evil.localhost:18543'))).message).toBe(
      'endpoint in /home/me/repo/.scmrc: plain http is accepted only for loopback hosts (a local emulator), not evil.localhost',
    );
  });
  it('--endpoint and SCM_ENDPOINT win over it, so it is never judged then', () => {
    expect(resolveFrom({ endpoint: 'https://gw.example.com' }, {}, file('https://evil.example')).endpoint.host).toBe('gw.example.com');
    expect(resolveFrom({}, { SCM_ENDPOINT: 'https://gw.example.com' }, file('https://evil.example')).endpoint.host).toBe('gw.example.com');
  });
  it('a file the user named, and the user file, may name any host', () => {
    expect(resolveFrom({}, {}, file('https://gw.example.com', 'explicit')).endpoint.host).toBe('gw.example.com');
    expect(resolveFrom({}, {}, file('https://gw.example.com', 'user', '/home/me/.config/scm/config.yaml')).endpoint.host).toBe('gw.example.com');
  });
  it('region from a found file only ever picks one of the SCM sites', () => {
    const found: LoadedConfig = { path: '/r/.scmrc', config: { region: 'eu-west-101' }, warnings: [], layer: 'project' };
    expect(resolveFrom({}, {}, found).endpoint.host).toBe('scm.eu-west-101.myhuaweicloud.eu');
    expect(() => resolveFrom({}, {}, { ...found, config: { region: 'evil.example' } })).toThrow(/unknown SCM region/);
  });
  it('an unknown region from a file names the file, in both languages', () => {
    const found: LoadedConfig = { path: '/r/.scmrc', config: { region: 'nowhere-1' }, warnings: [], layer: 'project' };
    const e = refusal(() => resolveFrom({}, {}, found));
    expect([e.exitCode, e.message]).toEqual([2, "region in /r/.scmrc: unknown SCM region 'nowhere-1'"]);
    expect(refusal(() => resolveFrom({}, {}, found, 'zh')).message).toBe('/r/.scmrc 中的“region”：未知的 SCM 区域“nowhere-1”');
    expect(refusal(() => resolveFrom({}, {}, { ...found, config: { region: 'cn-nort-4' } })).message).toBe("region in /r/.scmrc: unknown SCM region 'cn-nort-4' (did you mean cn-north-4?)");
    // From a flag, as before: the flag is on the command line the user just typed.
    expect(refusal(() => resolveFrom({ region: 'nowhere-1' }, {}, found)).message).toBe("unknown SCM region 'nowhere-1'");
  });
});

describe('--region or SCM_REGION overridden by a config file endpoint', () => {
  const user = (endpoint: string) => file(endpoint, 'user', '/home/me/.config/scm/config.yaml');
  it('the file endpoint wins (the contract order), with a warning naming the region and the host', () => {
    const s = resolveFrom({ region: 'ap-southeast-1' }, {}, user('https://scm.cn-north-4.myhuaweicloud.com'));
    expect(s.endpoint.host).toBe('scm.cn-north-4.myhuaweicloud.com');
    expect(s.warnings).toEqual([
      'ap-southeast-1 from --region is not used: endpoint scm.cn-north-4.myhuaweicloud.com from /home/me/.config/scm/config.yaml takes precedence (--endpoint > SCM_ENDPOINT > config file > region); to use the region, pass --endpoint or remove endpoint from the file',
    ]);
    const env = resolveFrom({}, { SCM_REGION: 'eu-west-101' }, file('http://127.0.0.1:17401'), 'zh');
    expect(env.warnings).toEqual(['SCM_REGION 给出的区域 eu-west-101 未被使用：/home/me/repo/.scmrc 中的终端节点 127.0.0.1:17401 优先（--endpoint > SCM_ENDPOINT > 配置文件 > 区域）；要使用该区域，请用 --endpoint 指定，或从该文件中删除“endpoint”']);
  });
  it('--region losing to SCM_ENDPOINT is said too; SCM_REGION with SCM_ENDPOINT (both set together) is not', () => {
    const s = resolveFrom({ region: 'eu-west-101' }, { SCM_ENDPOINT: 'https://scm.cn-north-4.myhuaweicloud.com' }, undefined);
    expect(s.endpoint.host).toBe('scm.cn-north-4.myhuaweicloud.com');
    expect(s.warnings).toEqual([
      'eu-west-101 from --region is not used: endpoint scm.cn-north-4.myhuaweicloud.com from SCM_ENDPOINT takes precedence (--endpoint > SCM_ENDPOINT > config file > region); to use the region, unset SCM_ENDPOINT or pass --endpoint',
    ]);
    expect(resolveFrom({ region: 'eu-west-101' }, { SCM_ENDPOINT: 'https://scm.cn-north-4.myhuaweicloud.com' }, undefined, 'zh').warnings[0]).toMatch(/^--region 给出的区域 eu-west-101 未被使用：SCM_ENDPOINT 中的终端节点/);
    expect(resolveFrom({}, { SCM_REGION: 'eu-west-101', SCM_ENDPOINT: 'https://scm.cn-north-4.myhuaweicloud.com' }, undefined).warnings).toEqual([]);
    expect(resolveFrom({ region: 'cn-north-4' }, { SCM_ENDPOINT: 'https://scm.cn-north-4.myhuaweicloud.com' }, undefined).warnings).toEqual([]);
  });

  it('no warning when the host names the same region, when no region was given, or when --endpoint decides over SCM_REGION', () => {
    expect(resolveFrom({ region: 'eu-west-101' }, {}, user('https://scm.eu-west-101.myhuaweicloud.eu')).warnings).toEqual([]);
    expect(resolveFrom({}, {}, user('https://scm.cn-north-4.myhuaweicloud.com')).warnings).toEqual([]);
    const regionInFile: LoadedConfig = { ...user('https://scm.cn-north-4.myhuaweicloud.com'), config: { region: 'ap-southeast-1', endpoint: 'https://scm.cn-north-4.myhuaweicloud.com' } };
    expect(resolveFrom({}, {}, regionInFile).warnings).toEqual([]);
    expect(resolveFrom({ endpoint: 'http://127.0.0.1:1' }, { SCM_REGION: 'ap-southeast-1' }, user('https://x.example')).warnings).toEqual([]);
    expect(resolveFrom({ region: 'cn-north-4', endpoint: 'https://scm.cn-north-4.myhuaweicloud.com' }, {}, undefined).warnings).toEqual([]);
  });

  it('--region beside --endpoint on one command line: said the same way (it was dropped without a word)', () => {
    expect(resolveFrom({ region: 'ap-southeast-1', endpoint: 'http://127.0.0.1:1' }, {}, user('https://x.example')).warnings).toEqual([
      'ap-southeast-1 from --region is not used: endpoint 127.0.0.1:1 from --endpoint takes precedence (--endpoint > SCM_ENDPOINT > config file > region); to use the region, leave out --endpoint',
    ]);
    expect(resolveFrom({ region: 'ap-southeast-1', endpoint: 'https://scm.cn-north-4.myhuaweicloud.com' }, {}, undefined, 'zh').warnings).toEqual([
      '--region 给出的区域 ap-southeast-1 未被使用：--endpoint 给出的终端节点 scm.cn-north-4.myhuaweicloud.com 优先（--endpoint > SCM_ENDPOINT > 配置文件 > 区域）；要使用该区域，请去掉 --endpoint',
    ]);
  });
});

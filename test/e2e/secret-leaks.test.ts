// Smaller leaks found by hunt6 (findings 9 and 10), on the built binary: an SK in the AK variable (the pair
// swapped) printed as `Access=…` by --debug and --dry-run; a secret typed where a config key goes, quoted by
// "unknown setting"; a request id that quotes the private key being uploaded, shown in the error and --json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { privateKeyBodies } from '../../src/api/redact.js';
import { runCli } from '../helpers/run-cli.js';

const SK_AS_AK = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd';
const t = withEmulator('leaks', { cn: 'leaks.example.test' });

describe('an SK in the AK variable (the pair swapped)', () => {
  it('is hidden in --debug and --dry-run, as the SK is', async () => {
    const env = t.env({ HUAWEICLOUD_SDK_AK: SK_AS_AK, HUAWEICLOUD_SDK_SK: 'SCMEMULATORDEMOAK000' });
    const debug = await runCli(['list', '--debug'], { env });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toContain('Access=[redacted]');
    const dry = await runCli(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'swapped', '--dry-run'], { env });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Access=[redacted]');
    for (const r of [debug, dry]) expect(r.stdout + r.stderr).not.toContain(SK_AS_AK);
  });
});

describe('a secret typed where a config key goes', () => {
  it.each([
    ['sk:SeCrEtVaLuE1234567890:\n', 'en'],
    ['sk: SeCrEtVaLuE1234567890\nSeCrEtVaLuE1234567890: x\n', 'zh'],
  ])('%j is "a setting name that is not valid", never quoted', async (text, lang) => {
    const site = join(t.dir, `site-${lang}`);
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, '.scmrc'), text, { mode: 0o600 });
    const r = await runCli(['config', '--lang', lang], { env: { HOME: t.dir }, cwd: site });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(lang === 'en'
      ? `scm: config file ${join(site, '.scmrc')}: a setting name that is not valid (not quoted: it may hold a secret)`
      : `scm: 配置文件 ${join(site, '.scmrc')}：有一个无效的设置项名称（未引用原文：其中可能含有密钥）`);
    expect(r.stderr).not.toContain('SeCrEtVaLuE');
  });
});

describe('a request id that quotes the private key being uploaded', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const part = privateKeyBodies(t.b.keyPem)[0]!.slice(40, 120);
    server = createServer((req, res) => {
      req.resume();
      res.writeHead(400, { 'content-type': 'application/json', 'x-request-id': `rid-${part}` });
      res.end(JSON.stringify({ error_code: 'SCM.0001', error_msg: 'bad request' }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('is redacted in the error line and in --json request_id, as in --debug', async () => {
    const part = privateKeyBodies(t.b.keyPem)[0]!.slice(40, 120);
    const env = { HUAWEICLOUD_SDK_AK: 'SCMEMULATORDEMOAK000', HUAWEICLOUD_SDK_SK: 'scm-emulator-demo-secret-0000000000000000', HOME: t.dir };
    const args = ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'ehdr', '--retries', '0', '--endpoint', url];
    const text = await runCli(args, { env });
    const json = await runCli([...args, '--json'], { env });
    expect(text.stderr, text.stderr).toContain('request id rid-[redacted]');
    expect(JSON.parse(json.stderr.trim().split('\n').pop()!).error.request_id).toBe('rid-[redacted]');
    for (const r of [text, json]) {
      expect(r.code).toBe(4);
      expect(r.stdout + r.stderr).not.toContain(part.slice(0, 24));
    }
  });
});

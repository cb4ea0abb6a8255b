// The built binary against the gateway's real error shapes: a 502/504 on import is looked up before anything
// is re-sent (it may have been stored), a 504 whose backend did store it is found instead of imported twice,
// 413 is a rejection (exit 4, not retried), the text names the right status's message in both languages;
// server text that quotes the private key is redacted everywhere; "caught offline by" only for a rule that
// fired; an endpoint without a scheme on loopback and a TLS handshake answered by plain HTTP.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, secretMarkers, TEST_SK, type Bundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

let other: Bundle;
const t = withEmulator('gateway', {
  setup: (dir) => {
    other = makeBundle(join(dir, 'other'));
  },
});
const { run, outputs } = cliRecorder(() => t.env());
const upload = (b: Bundle, ...extra: string[]) => run(['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'gw-case', ...extra]);

describe('gateway 5xx on import: may have taken effect', () => {
  it.each([502, 504])('%i that stored nothing: looked up, then sent again; one copy', async (status) => {
    await t.emu.fault({ op: 'import', status });
    const r = await upload(t.b);
    expect(r.code, r.stderr).toBe(0);
    const message = status === 502 ? 'Backend unavailable\\.' : 'Backend timeout\\.';
    // A 504 may still be running at SCM: the backoff is waited before the lookup; a 502 is looked up at once.
    const look = status === 504 ? 'it may still be landing: waiting \\d+\\.\\ds, then looking' : 'looking';
    expect(r.stderr).toMatch(new RegExp(`^import: SCM could not complete the import: APIGW\\.0201 ${message} \\(HTTP ${status}, request id [0-9a-f]{32}\\); ${look} for the certificate in SCM before trying again$`, 'm'));
    const state = await t.emu.state();
    expect(state.requests.byOperation).toMatchObject({ import: 2 });
    expect(state.certificates).toHaveLength(1);
  });

  it('504 after the backend stored it: found by fingerprint, never imported twice', async () => {
    await t.emu.fault({ op: 'import', status: 504, commit: true });
    const r = await upload(t.b, '--json');
    expect(r.code, r.stderr).toBe(0);
    const state = await t.emu.state();
    expect(JSON.parse(r.stdout)).toMatchObject({ certificate_id: state.certificates[0]!.id, recovered: true, changed: true });
    expect([state.requests.byOperation.import, state.certificates.length]).toEqual([1, 1]);
  });

  it('504 that never ends: exit 5 after the retries, the last lookup saying it is not there yet but may be stored; in Chinese too', async () => {
    await t.emu.fault({ op: 'import', status: 504, times: 10 });
    const r = await upload(t.b, '--retries', '1', '--lang', 'zh');
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^scm: SCM 未能导入：APIGW\.0201 后端超时（HTTP 504，请求 ID [0-9a-f]{32}）$/m);
    // A 504 is the gateway giving up, not the backend: the import may still be stored, so a new upload is not "safe".
    expect(r.stderr).toMatch(/^提示：按指纹查找时这张证书还不在 SCM 中，但被中断的导入可能仍会存入：请一分钟后加 --if-changed 重新上传，证书不在 SCM 中时才会上传$/m);
    // The look before the import, then one lookup after each 504.
    expect((await t.emu.state()).requests.byOperation).toMatchObject({ import: 2, list: 3 });
  });

  it('413 is a rejection: exit 4, not retried, not looked up', async () => {
    await t.emu.fault({ op: 'import', status: 413 });
    const r = await upload(t.b);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^scm: SCM rejected the import: APIGW\.0201 Request entity too large\. \(HTTP 413, request id [0-9a-f]{32}\)$/m);
    // The one list page is the look before the import: nothing is looked up after the rejection.
    expect((await t.emu.state()).requests.byOperation).toEqual({ list: 1, import: 1 });
  });

  it('APIG.0201 (the older prefix) with 502 is the same server failure', async () => {
    await t.emu.fault({ op: 'import', status: 502, error_code: 'APIG.0201', error_msg: 'Backend unavailable' });
    const r = await upload(t.b);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/APIGW\.0201 Backend unavailable\. \(HTTP 502/);
  });
});

describe('server text is redacted of the key sent', () => {
  it('an error_msg quoting a line of the private key: redacted in text, --json and --debug', async () => {
    const lines = secretMarkers(t.b.keyPem);
    const echo = `private key rejected near: ${lines[0]} and ${lines[1]!.slice(5, 45)}`;
    for (const extra of [[], ['--json'], ['--debug']]) {
      await t.emu.fault({ op: 'import', status: 400, error_code: 'SCM.0012', error_msg: echo });
      const r = await upload(t.b, ...extra);
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/private key rejected near: \[redacted\] and \[redacted\]/);
      for (const l of lines) expect(r.stderr).not.toContain(l.slice(8, 40));
    }
  });

  it('a whole PEM key quoted back: a placeholder, not the key', async () => {
    await t.emu.fault({ op: 'import', status: 400, error_code: 'XYZ.0001', error_msg: `got ${t.b.keyPem}` });
    const r = await upload(t.b);
    expect(r.stderr).toMatch(/got \[redacted (ec )?private key\]/);
    for (const l of secretMarkers(t.b.keyPem)) expect(r.stderr).not.toContain(l);
  });
});

describe('"caught offline by" names only a rule that fired', () => {
  it('a mismatch sent with --no-validate: caught offline by key-mismatch', async () => {
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', other.key, '--name', 'mm', '--no-validate']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^ {2}caught offline by: scm validate \(rule key-mismatch\)$/m);
  });

  it('the same code for a bundle no rule objects to: related offline rules', async () => {
    await t.emu.fault({ op: 'import', status: 400, error_code: 'SCM.0014' });
    const r = await upload(t.b);
    expect(r.code).toBe(4);
    expect(r.stderr).not.toMatch(/caught offline by/);
    expect(r.stderr).toMatch(/^ {2}related offline rules: key-mismatch \(see scm explain key-mismatch\)$/m);
  });

  it.each([
    // SCM.0020 to an id of the right form is "not held" (explained as SCM.0008) for push too: SCM.0030 instead.
    ['push', 'SCM.0030', () => ['push', 'scs1700000000000', '--service', 'CDN'], 'push-service'],
    ['import', 'SCM.0005', () => ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'gw-case'], 'cert-too-long, chain-too-long, key-too-long, enc-cert-too-long, enc-key-too-long, enterprise-project-id-invalid'],
  ])('the related-rules hint for %s %s gives a command that works, in both languages', async (op, code, args, rules) => {
    for (const lang of ['en', 'zh'] as const) {
      await t.emu.fault({ op, status: 400, error_code: code });
      const r = await run([...args(), '--lang', lang]);
      expect(r.code).toBe(4);
      const line = r.stderr.split('\n').find((l) => /related offline rules|相关的离线检查规则/.test(l))!;
      expect(line).not.toContain('scm validate');
      const cmd = /(scm explain [a-z -]+)/.exec(line)![1]!;
      if (lang === 'en') expect(line).toBe(`  related offline rules: ${rules} (see ${cmd})`);
      else expect(line).toMatch(/^ {2}相关的离线检查规则：.+（详见 `scm explain .+`）$/);
      const hinted = await run([...cmd.split(' ').slice(1), '--lang', lang]);
      expect([hinted.code, hinted.stderr]).toEqual([0, '']);
    }
  });
});

describe('related offline rules are those that check the refused request', () => {
  it.each([
    ['delete', () => ['delete', 'scs1700000000000', '--force']],
    ['push', () => ['push', 'scs1700000000000', '--service', 'CDN']],
  ])('%s refused with SCM.0005: no upload rule is offered (they check an import)', async (op, args) => {
    await t.emu.fault({ op, status: 400, error_code: 'SCM.0005' });
    const r = await run(args());
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/SCM\.0005/);
    expect(r.stderr).not.toMatch(/cert-too-long|related offline rules/);
  });
});

describe('endpoints', () => {
  it('a loopback endpoint without a scheme is a usage error suggesting http://, nothing sent', async () => {
    const port = new URL(t.emu.url).port;
    const r = await upload(t.b, '--endpoint', `127.0.0.1:${port}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`scm: --endpoint: '127.0.0.1:${port}' has no scheme (http:// or https://)\nhint: a local emulator speaks plain HTTP: use http://127.0.0.1:${port}\n`);
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('https to a plain-HTTP server: "the server does not speak TLS", exit 5, not retried', async () => {
    const port = new URL(t.emu.url).port;
    const r = await run(['push', 'scs1700000000000', '--service', 'WAF', '--project', 'cn-north-4', '--endpoint', `https://127.0.0.1:${port}`]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(new RegExp(`^scm: the server does not speak TLS: 127\\.0\\.0\\.1:${port} answered the TLS handshake with something else \\(EPROTO\\)$`, 'm'));
    expect(r.stderr).toMatch(new RegExp(`^hint: a local emulator speaks plain HTTP: use --endpoint http://127\\.0\\.0\\.1:${port}$`, 'm'));
    expect(r.stderr).not.toMatch(/retry/);
  });
});

describe('secrets', () => {
  it('no output of this file contains the private key or the SK', () => {
    expect(outputs.length).toBeGreaterThan(10);
    const markers = [...secretMarkers(t.b.keyPem, t.b.fullchain), TEST_SK];
    for (const o of outputs) for (const m of markers) expect(o.stdout + o.stderr, o.args.join(' ')).not.toContain(m);
  });
});

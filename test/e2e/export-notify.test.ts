// `scm export`, `scm notify` and `scm emulator --state` through the built binary: the four PEM files (and
// the SM2 pair) written 0600 with exactly what SCM holds, nothing overwritten without --force (exit 2, and
// SCM not even asked), never through a link, the key never printed, nothing written (and no folder left) when
// SCM's answer is not a certificate and key; the expiry notices switched; and an
// emulator started from a state file of PEM files and deployments.
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, secretMarkers, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let emu: RunningEmulator;
let dir: string;
let b: Bundle;
const { run, outputs } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l && !l.endsWith(' ...') && !l.endsWith('…'));
const mode = (p: string): string => (lstatSync(p).mode & 0o777).toString(8);
const FOUR = ['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-export-'));
  b = makeBundle(join(dir, 'b'), { cn: 'export.example.test' });
  emu = await spawnEmulator();
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => emu.reset());

const seedBundle = async (): Promise<string> =>
  (await emu.seed({ certificates: [{ name: 'exp', pem: readFileSync(b.cert, 'utf8'), chain: readFileSync(b.chain, 'utf8'), private_key: b.keyPem }] })).certificates[0]!;

describe('scm export', () => {
  it('writes cert.pem, chain.pem, fullchain.pem and privkey.pem, mode 0600, as SCM holds them; lists them; prints no key', async () => {
    const id = await seedBundle();
    const out = join(dir, 'out-1', 'nested');
    const r = await run(['export', id, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(FOUR.map((f) => `${join(out, f)}\n`).join(''));
    const leaf = readFileSync(b.cert, 'utf8');
    const chain = readFileSync(b.chain, 'utf8');
    expect(FOUR.map((f) => readFileSync(join(out, f), 'utf8'))).toEqual([leaf, chain, leaf + chain, b.keyPem]);
    expect(FOUR.map((f) => mode(join(out, f)))).toEqual(['600', '600', '600', '600']);
    expect(mode(out)).toBe('700');
    for (const m of secretMarkers(b.keyPem, leaf)) expect(r.stdout + r.stderr).not.toContain(m);
  });

  it('refuses to overwrite without --force (exit 2) before asking SCM; --force replaces; a link is never followed', async () => {
    const id = await seedBundle();
    const out = join(dir, 'out-2');
    mkdirSync(out);
    writeFileSync(join(out, 'privkey.pem'), 'old key\n', { mode: 0o600 });
    const r = await run(['export', id, '--out', out]);
    expect(r.code).toBe(2);
    expect(said(r.stderr)).toEqual([`scm: 1 file already there: ${join(out, 'privkey.pem')}`, 'hint: nothing was written; add --force to replace them, or choose another --out']);
    expect(readFileSync(join(out, 'privkey.pem'), 'utf8')).toBe('old key\n');
    expect((await emu.state()).requests.total).toBe(0);
    expect((await run(['export', id, '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(join(out, 'privkey.pem'), 'utf8')).toBe(b.keyPem);
    rmSync(join(out, 'privkey.pem'));
    const target = join(dir, 'elsewhere.pem');
    writeFileSync(target, 'not yours\n');
    chmodSync(target, 0o644);
    symlinkSync(target, join(out, 'privkey.pem'));
    const link = await run(['export', id, '--out', out, '--force']);
    expect(link.code).toBe(2);
    expect(said(link.stderr)[0]).toBe(`scm: refusing to write ${join(out, 'privkey.pem')}: it is a symbolic link`);
    expect(readFileSync(target, 'utf8')).toBe('not yours\n');
  });

  it('an --out that cannot be made is exit 2 before asking SCM, said in a sentence: under a file, under /proc (never a hang), a name too long', async () => {
    const id = await seedBundle();
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x\n');
    const under = await run(['export', id, '--out', join(file, 'sub')]);
    expect([under.code, said(under.stderr)[0]]).toEqual([2, `scm: cannot make the folder ${join(file, 'sub')}: a part of the path is a file, not a folder`]);
    const proc = await run(['export', id, '--out', '/proc/scm-export-test/deeper']);
    expect([proc.code, said(proc.stderr)[0]]).toEqual([2, 'scm: cannot make the folder /proc/scm-export-test/deeper: no such file or folder']);
    const long = join(dir, 'x'.repeat(300));
    const tooLong = await run(['export', id, '--out', long, '--lang', 'zh']);
    expect([tooLong.code, said(tooLong.stderr)[0]]).toEqual([2, `scm: 无法创建目录 ${long}：路径或其中某一级名称过长`]);
    expect((await emu.state()).requests.total).toBe(0);
  });

  it('an --out that is a symbolic link to nothing (or under one) is exit 2 saying so, not EEXIST; nothing is made at its target', async () => {
    const id = await seedBundle();
    const target = join(dir, 'gone', 'target');
    const link = join(dir, 'dangling-out');
    symlinkSync(target, link);
    for (const out of [link, join(link, 'sub')]) {
      const r = await run(['export', id, '--out', out]);
      expect([r.code, ...said(r.stderr)]).toEqual([2,
        `scm: cannot make the folder ${out}: ${link} is a symbolic link to ${target}, which does not exist; scm does not make a link's target`,
        `hint: make ${target} first, or choose another --out`]);
    }
    const zh = await run(['export', id, '--out', link, '--lang', 'zh']);
    expect([zh.code, said(zh.stderr)[0]]).toEqual([2, `scm: 无法创建目录 ${link}：${link} 是指向 ${target} 的符号链接，而目标不存在；scm 不会替链接创建目标`]);
    expect(() => lstatSync(join(dir, 'gone'))).toThrow(/ENOENT/);
    expect((await emu.state()).requests.total).toBe(0);
  });

  it('the current folder by default; --json lists the files, never their content', async () => {
    const id = await seedBundle();
    const cwd = join(dir, 'out-3');
    mkdirSync(cwd);
    const r = await run(['export', id, '--json'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ schemaVersion: 1, certificateId: id, sm2: false, files: ['cert', 'chain', 'fullchain', 'privkey'].map((kind, i) => ({ kind, path: FOUR[i], mode: '0600' })) });
    expect(readFileSync(join(cwd, 'privkey.pem'), 'utf8')).toBe(b.keyPem);
  });

  it('--out - (stdout to most tools) is exit 2 saying the key is never printed; no folder named - is made, SCM not asked', async () => {
    const id = await seedBundle();
    const cwd = join(dir, 'out-dash');
    mkdirSync(cwd);
    const r = await run(['export', id, '--out', '-'], { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'scm: --out -: scm export writes files into a folder and never prints the private key; give a folder (./- for one named -)\n']);
    const zh = await run(['export', id, '--out', '-', '--lang', 'zh'], { cwd });
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: --out -：`scm export` 把文件写入目录，从不打印私钥；请给出一个目录（名为 - 的目录请写 ./-）\n']);
    expect(lstatSync(join(cwd, '-'), { throwIfNoEntry: false })).toBeUndefined();
    expect((await emu.state()).requests.total).toBe(0);
    expect((await run(['export', id, '--out', './-'], { cwd })).code).toBe(0);
    expect(mode(join(cwd, '-', 'privkey.pem'))).toBe('600');
  });

  it('an SM2 pair adds enc-cert.pem and enc-privkey.pem', async () => {
    const sm2 = readFileSync(fixture('cases/sm2.crt'), 'utf8');
    const encKey = readFileSync(fixture('cases/other-sm2.key'), 'utf8');
    const [id] = (await emu.seed({ certificates: [{ name: 'sm2', pem: sm2, chain: readFileSync(fixture('cases/sm2-chain.pem'), 'utf8'), private_key: readFileSync(fixture('cases/sm2.key'), 'utf8'), enc_certificate: sm2, enc_private_key: encKey }] })).certificates;
    const out = join(dir, 'out-sm2');
    const r = await run(['export', id!, '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { sm2: boolean; files: Array<{ kind: string }> };
    expect([doc.sm2, doc.files.map((f) => f.kind)]).toEqual([true, ['cert', 'chain', 'fullchain', 'privkey', 'enc-cert', 'enc-privkey']]);
    expect([readFileSync(join(out, 'enc-privkey.pem'), 'utf8'), mode(join(out, 'enc-privkey.pem'))]).toEqual([encKey, '600']);
    for (const m of secretMarkers(encKey, sm2)) expect(r.stdout + r.stderr).not.toContain(m);
  });

  it('an id SCM does not hold: exit 4 (SCM.0008), nothing written, and the folder it made is gone again', async () => {
    const out = join(dir, 'out-4', 'nested');
    const r = await run(['export', 'scs1700000000777', '--out', out]);
    expect(r.code).toBe(4);
    expect(said(r.stderr)[0]).toMatch(/^scm: SCM rejected exporting the certificate: SCM\.0008 Abnormal certificate ID/);
    expect(lstatSync(join(dir, 'out-4'), { throwIfNoEntry: false })).toBeUndefined();
    // A folder that was there stays.
    const there = join(dir, 'out-4b');
    mkdirSync(there);
    expect((await run(['export', 'scs1700000000777', '--out', there])).code).toBe(4);
    expect(lstatSync(there).isDirectory()).toBe(true);
  });

  // SCM answered (200) with something scm cannot use: exit 5, as an answer without any certificate is (the
  // client's BadResponseError), not 4, which says SCM rejected the request.
  it('an answer that is not a certificate, or a private key that is not one: exit 5, nothing written, no folder left', async () => {
    const id = await seedBundle();
    const cert = readFileSync(b.cert, 'utf8');
    for (const [body, what] of [
      [{ certificate: '-----BEGIN CERTIFICATE-----\nAAAAAAAAAAAAAAAAAAAAAAAA\n-----END CERTIFICATE-----\n', private_key: 'x' }, 'certificate, private key'],
      [{ certificate: cert, certificate_chain: '', private_key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n' }, 'private key'],
      [{ certificate: 'hello', private_key: b.keyPem }, 'certificate'],
    ] as const) {
      await emu.fault({ op: 'export', answer: { status: 200, body } });
      const out = join(dir, 'out-5', 'x');
      const r = await run(['export', id, '--out', out]);
      expect(r.code, r.stderr).toBe(5);
      expect(said(r.stderr)[0]).toBe(`scm: SCM answered export of ${id} without a usable ${what}: nothing was written`);
      expect(r.stdout).toBe('');
      expect(lstatSync(join(dir, 'out-5'), { throwIfNoEntry: false })).toBeUndefined();
    }
    await emu.fault({ op: 'export', answer: { status: 200, body: { certificate: 'hello', private_key: 'x' } } });
    const zh = await run(['export', id, '--out', join(dir, 'out-5'), '--lang', 'zh']);
    expect(zh.code).toBe(5);
    expect(said(zh.stderr)[0]).toBe(`scm: SCM 对 ${id} 的导出应答中没有可用的证书、私钥：没有写入任何文件`);
    // The same exit as an answer with no certificate at all.
    await emu.fault({ op: 'export', times: 5, answer: { status: 200, body: {} } });
    expect((await run(['export', id, '--out', join(dir, 'out-5'), '--retries', '0'])).code).toBe(5);
  });
});

describe('scm export: no key, a key that is not the certificate\'s, and files of an earlier export', () => {
  let other: Bundle;
  beforeAll(() => {
    other = makeBundle(join(dir, 'other'), { cn: 'other.example.test' });
  });
  const answer = (o: { key?: string | null; chain?: string }) => ({
    op: 'export', times: 5, answer: { status: 200, body: { certificate: readFileSync(b.cert, 'utf8'), certificate_chain: o.chain ?? readFileSync(b.chain, 'utf8'), private_key: o.key ?? null } },
  });
  const stale = (name: string, files: Record<string, string>): string => {
    const out = join(dir, name);
    mkdirSync(out);
    for (const [f, text] of Object.entries(files)) writeFileSync(join(out, f), text, { mode: 0o600 });
    return out;
  };

  it('no private key in the answer: the other files, and a warning in both languages (exit 0)', async () => {
    const id = await seedBundle();
    await emu.fault(answer({ key: null }));
    const out = join(dir, 'nokey');
    const r = await run(['export', id, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(['cert.pem', 'chain.pem', 'fullchain.pem'].map((f) => `${join(out, f)}\n`).join(''));
    expect(said(r.stderr)).toEqual([`warning: SCM sent no private key for ${id}: privkey.pem not written (SCM holds none for a certificate bought with your own CSR; for an uploaded one, check it with scm show ${id})`]);
    const zh = await run(['export', id, '--out', join(dir, 'nokey-zh'), '--lang', 'zh']);
    expect(said(zh.stderr)).toEqual([`警告：SCM 没有发来 ${id} 的私钥：未写 privkey.pem（使用自己的 CSR 购买的证书在 SCM 中没有私钥；如果是上传的证书，请用 \`scm show ${id}\` 查看）`]);
  });

  it('--force, no key in the answer, another certificate\'s privkey.pem there: refused (exit 2), nothing written or removed', async () => {
    const id = await seedBundle();
    await emu.fault(answer({ key: null }));
    const out = stale('stale-key', { 'cert.pem': 'old cert\n', 'privkey.pem': other.keyPem });
    const r = await run(['export', id, '--out', out, '--force']);
    expect(r.code).toBe(2);
    expect(said(r.stderr)).toEqual([
      `scm: SCM sent no private key for ${id}, and ${join(out, 'privkey.pem')} is there from before: it would stay beside a certificate it does not belong to; nothing was written`,
      'hint: move it away (it may be the only copy of that key) and export again, or choose another --out',
    ]);
    expect([readFileSync(join(out, 'cert.pem'), 'utf8'), readFileSync(join(out, 'privkey.pem'), 'utf8')]).toEqual(['old cert\n', other.keyPem]);
  });

  it('--force, no key in the answer, the certificate\'s own key there: kept, said; a chain.pem SCM has no chain for is removed', async () => {
    const id = await seedBundle();
    await emu.fault(answer({ key: null, chain: '' }));
    const out = stale('own-key', { 'chain.pem': 'old chain\n', 'privkey.pem': b.keyPem });
    const r = await run(['export', id, '--out', out, '--force', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { kind: string }) => f.kind)).toEqual(['cert', 'fullchain']);
    const warnings = r.stderr.trim().split('\n').map((l) => JSON.parse(l).warning.message);
    expect(warnings).toEqual([
      `SCM sent no private key for ${id}: privkey.pem not written (SCM holds none for a certificate bought with your own CSR; for an uploaded one, check it with scm show ${id})`,
      `SCM holds no chain for ${id}: chain.pem not written, fullchain.pem is the certificate alone`,
      `${join(out, 'privkey.pem')} kept: the key already there is this certificate's`,
      `${join(out, 'chain.pem')} from an earlier export removed: SCM holds no chain for ${id}`,
    ]);
    expect(readFileSync(join(out, 'privkey.pem'), 'utf8')).toBe(b.keyPem);
    expect(lstatSync(join(out, 'chain.pem'), { throwIfNoEntry: false })).toBeUndefined();
  });

  it('a private key that is not the certificate\'s: exit 5, nothing written (both languages)', async () => {
    const id = await seedBundle();
    await emu.fault(answer({ key: other.keyPem }));
    const out = join(dir, 'mismatch', 'x');
    const r = await run(['export', id, '--out', out]);
    expect(r.code).toBe(5);
    expect(said(r.stderr)[0]).toBe(`scm: SCM answered export of ${id} without a usable private key (the one sent is not the certificate's): nothing was written`);
    expect(lstatSync(join(dir, 'mismatch'), { throwIfNoEntry: false })).toBeUndefined();
    const zh = await run(['export', id, '--out', out, '--lang', 'zh']);
    expect(said(zh.stderr)[0]).toBe(`scm: SCM 对 ${id} 的导出应答中没有可用的私钥（发来的私钥与证书不匹配）：没有写入任何文件`);
  });
});

describe('scm notify', () => {
  it('off and on, for several ids in one request; both notices', async () => {
    const ids = (await emu.seed({ certificates: [{ name: 'a', domain: 'a.test' }, { name: 'b', domain: 'b.test' }] })).certificates;
    const off = await run(['notify', 'off', ...ids]);
    expect([off.code, off.stdout]).toEqual([0, `expiry e-mails off (expiring, expired): ${ids.join(', ')}\n`]);
    const state = await emu.state();
    expect(state.requests.byOperation).toEqual({ 'notification-disable': 1 });
    expect(state.certificates.map((c) => c.notifications)).toEqual([{ CERT_EXPIRING: false, CERT_EXPIRED: false }, { CERT_EXPIRING: false, CERT_EXPIRED: false }]);
    const on = await run(['notify', 'on', ids[0]!, '--json', '--lang', 'zh']);
    expect(JSON.parse(on.stdout)).toEqual({ schemaVersion: 1, notifications: 'on', noticeTypes: ['CERT_EXPIRING', 'CERT_EXPIRED'], certificates: [ids[0]], requestId: expect.any(String) });
    expect((await emu.state()).certificates.map((c) => c.notifications.CERT_EXPIRING)).toEqual([true, false]);
    expect((await run(['notify', 'on', ids[1]!, '--lang', 'zh'])).stdout).toBe(`已开启到期通知（即将到期、已过期）：${ids[1]}\n`);
  });

  it('not on|off: exit 2, nothing sent; an unknown id: exit 4, nothing changed', async () => {
    const [id] = (await emu.seed({ certificates: [{ name: 'a', domain: 'a.test' }] })).certificates;
    const bad = await run(['notify', 'maybe', id!]);
    expect([bad.code, said(bad.stderr)[0]]).toEqual([2, "scm: scm notify takes on or off first, not 'maybe'"]);
    expect((await emu.state()).requests.total).toBe(0);
    const unknown = await run(['notify', 'off', id!, 'scs1700000000555']);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('SCM.0008');
    expect((await emu.state()).certificates[0]!.notifications.CERT_EXPIRED).toBe(true);
    // Which of the ids SCM does not hold; never a claim about the others that SCM did not make (the docs do not
    // say the change is all or none: another service may apply the ids it holds).
    expect(said(unknown.stderr).at(-1)).toBe('hint: SCM holds no certificate scs1700000000555 for these credentials and refused the request for all 2 ids: run again without it (whether SCM changed the others it did not say; setting them again changes nothing more)');
    const zh = await run(['notify', 'on', 'scs1700000000556', id!, 'scs1700000000555', '--json', '--lang', 'zh']);
    expect(zh.code).toBe(4);
    expect(JSON.parse(zh.stderr).error).toMatchObject({ code: 'SCM.0008', hint: '这组凭证下 SCM 中没有证书 scs1700000000556、scs1700000000555，因此拒绝了这 3 个 ID 的请求：请去掉后重新运行（SCM 没有说明其余 ID 是否已更改；重复设置不会产生额外影响）' });
  });
});

describe('scm emulator --state FILE', () => {
  it('starts with the certificates of PEM files and where they are deployed', async () => {
    const state = join(dir, 'state');
    mkdirSync(state);
    writeFileSync(join(state, 'account.json'), JSON.stringify({
      certificates: [{ id: 'scs1700000000001', name: 'from-file', cert: join(b.dir, 'fullchain.pem'), key: '../b/privkey.pem' }],
      resources: [{ service: 'WAF', project: 'ap-southeast-1', id: 'waf-1', name: 'waf-cert', certificate_id: 'scs1700000000001' }],
    }));
    const own = await spawnEmulator(['--state', join(state, 'account.json')]);
    try {
      const env = { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: own.url, HOME: dir };
      const list = await runCli(['list', '-q'], { env });
      expect(list.stdout).toBe('scs1700000000001\n');
      const show = JSON.parse((await runCli(['show', 'scs1700000000001', '--json'], { env })).stdout) as { certificate: { domain: string }; deployedTo: unknown[] };
      expect([show.certificate.domain, show.deployedTo]).toEqual(['export.example.test', [{ service: 'WAF', region: 'ap-southeast-1', location: 'region', resourceId: 'waf-1', resourceName: 'waf-cert' }]]);
      const out = join(dir, 'out-state');
      expect((await runCli(['export', 'scs1700000000001', '--out', out], { env })).code).toBe(0);
      expect(readFileSync(join(out, 'chain.pem'), 'utf8')).toBe(readFileSync(b.chain, 'utf8'));
    } finally {
      await own.stop();
    }
  });

  it('a --state path that cannot be read: exit 2, one line saying why in words (the errno table), en and zh', async () => {
    const folder = join(dir, 'state-folder');
    mkdirSync(folder);
    const missing = join(dir, 'no-such-state.json');
    const through = join(dir, 'bad-state-file.json', 'x.json');
    writeFileSync(join(dir, 'bad-state-file.json'), '{}');
    const cases: Array<[string, string, 'en' | 'zh', string]> = [
      [folder, 'cannot read it: it is a folder', 'en', ''],
      [missing, 'cannot read it: no such file or folder', 'en', ''],
      [through, 'cannot read it: a part of the path is a file, not a folder', 'en', ''],
      [folder, '无法读取该文件：它是目录', 'zh', '：'],
    ];
    for (const [path, why, lang, colon] of cases) {
      const r = await runCli(['emulator', '--port', '0', '--state', path, '--lang', lang]);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: --state ${path}${colon || ': '}${why}\n`]);
    }
  });

  // A FIFO blocked the emulator in open() for ever (deaf to SIGTERM, the event loop never ran), and /dev/zero
  // was read until memory ran out: a state file, and a PEM file it names, must be regular files.
  it('a --state FIFO or device is refused at once: exit 2, one line (en, zh); a PEM path in it too', async () => {
    const fifo = join(dir, 'state.fifo');
    execFileSync('mkfifo', [fifo]);
    const cases: Array<[string, 'en' | 'zh', string]> = [
      [fifo, 'en', `scm: --state ${fifo}: it is a named pipe (FIFO), not a regular file; save the state to a file and give its path\n`],
      ['/dev/zero', 'en', 'scm: --state /dev/zero: it is a device, not a regular file; save the state to a file and give its path\n'],
      [fifo, 'zh', `scm: --state ${fifo}：它是命名管道（FIFO），不是普通文件；请把状态保存到文件中，再传入其路径\n`],
    ];
    for (const [path, lang, line] of cases) {
      const r = await runCli(['emulator', '--port', '0', '--state', path, '--lang', lang], { timeoutMs: 10_000 });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', line]);
    }
    const file = join(dir, 'fifo-state.json');
    writeFileSync(file, JSON.stringify({ certificates: [{ name: 'x', cert: fifo }] }));
    const inner = await runCli(['emulator', '--port', '0', '--state', file], { timeoutMs: 10_000 });
    expect([inner.code, said(inner.stderr)[0]]).toEqual([2, `scm: --state ${file}: certificates[0].cert: ${fifo} is a named pipe (FIFO), not a regular file`]);
  });

  it('a bad state file is exit 2, naming the entry', async () => {
    const file = join(dir, 'bad-state.json');
    writeFileSync(file, JSON.stringify({ certificates: [{ name: 'x', cert: 'nowhere.pem' }] }));
    const r = await runCli(['emulator', '--port', '0', '--state', file]);
    expect(r.code).toBe(2);
    expect(said(r.stderr)[0]).toMatch(new RegExp(`^scm: --state ${file}: certificates\\[0\\]\\.cert: cannot read .*nowhere\\.pem: no such file or folder$`));
    writeFileSync(file, JSON.stringify({ resources: [{ service: 'ELB', project: 'mars-1' }] }));
    const region = await runCli(['emulator', '--port', '0', '--state', file, '--lang', 'zh']);
    expect([region.code, said(region.stderr)[0]]).toEqual([2, `scm: --state ${file}：resources[0].project 的“mars-1”不是已知的区域`]);
  });
});

it('no output carries the secret key or a private key', () => {
  expect(outputs.length).toBeGreaterThan(10);
  const markers = [TEST_SK, ...secretMarkers(b.keyPem, readFileSync(b.cert, 'utf8'))];
  for (const o of outputs) for (const m of markers) expect(o.stdout + o.stderr, o.args.join(' ')).not.toContain(m);
});

describe('certificate ids checked offline, by the rule push uses (push-id-format, SCM.0020)', () => {
  const EN = "'foo' is not a certificate id: scs followed by 13 digits, such as scs1700000000000 (rule push-id-format); nothing was sent";
  const ZH = '“foo”不是证书 ID：证书 ID 是 scs 加 13 位数字，例如 scs1700000000000（规则 push-id-format）；没有发送任何请求';
  it.each([['show', 'foo'], ['delete', 'foo'], ['export', 'foo', '--out', 'never-made'], ['notify', 'off', 'foo']])('scm %s: exit 2, one line and the fix, nothing sent, in both languages', async (...args) => {
    // 'foo' may be a certificate's name: the hint says how to find its id (test/e2e/by-name-hint.test.ts).
    for (const [lang, line, hint] of [['en', EN, "hint: if 'foo' is a certificate's name, find its id with 'scm list --search foo -q'"], ['zh', ZH, '提示：如果“foo”是证书的名称，请用 `scm list --search foo -q` 查出它的 ID']] as const) {
      const r = await run([...args, '--lang', lang], { cwd: dir });
      expect([r.code, r.stdout], lang).toEqual([2, '']);
      expect(said(r.stderr)).toEqual([`scm: ${line}`, expect.stringContaining(hint)]);
    }
    const j = await run([...args, '--json'], { cwd: dir });
    expect(JSON.parse(j.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, code: 'SCM.0020', message: EN });
    expect((await emu.state()).requests.total).toBe(0);
  });

  it('several bad ids are named together; a good id among them is not sent either', async () => {
    const r = await run(['delete', 'scs1700000000000', 'foo', 'scs17000000000001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'foo', 'scs17000000000001' are not certificate ids");
    const n = await run(['notify', 'on', 'scs1700000000000', 'x']);
    expect(n.code).toBe(2);
    expect((await emu.state()).requests.total).toBe(0);
  });
});

// `scm export --force` over an earlier export of the other kind (hunt5 N4): an RSA export over an SM2 one
// leaves no enc-cert.pem / enc-privkey.pem beside the new certificate as if they were its pair, and an SM2
// export over an RSA set is settled by the same rule. A certificate file the answer has nothing for is
// removed (said); a key file is kept only when it is the key of a certificate written, else exit 2 with
// nothing written or removed. Without --force, any such file stops the export before SCM is asked.
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, type Bundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { fixture } from '../helpers/fixtures.js';

let other: Bundle;
const t = withEmulator('export-sm2', {
  cn: 'rsa.example.test',
  setup: (dir) => {
    other = makeBundle(join(dir, 'other'), { cn: 'other.example.test' });
  },
});
const { run } = cliRecorder(() => t.env());
const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l && !l.endsWith(' ...') && !l.endsWith('…'));
const gone = (p: string): boolean => lstatSync(p, { throwIfNoEntry: false }) === undefined;
const read = (p: string): string => readFileSync(p, 'utf8');

const folder = (name: string, files: Record<string, string>): string => {
  const out = join(t.dir, name);
  mkdirSync(out);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(out, f), text, { mode: 0o600 });
  return out;
};
const seedRsa = async (): Promise<string> =>
  (await t.emu.seed({ certificates: [{ name: 'rsa', pem: read(t.b.cert), chain: read(t.b.chain), private_key: t.b.keyPem }] })).certificates[0]!;
const OLD_ENC_CERT = '-----BEGIN CERTIFICATE-----\nold\n-----END CERTIFICATE-----\n';

describe('scm export --force: an RSA export over an earlier SM2 export', () => {
  it('another certificate\'s enc-privkey.pem there: refused (exit 2), nothing written or removed (both languages)', async () => {
    const id = await seedRsa();
    const encKey = read(fixture('cases/other-sm2.key'));
    const out = folder('rsa-over-sm2', { 'cert.pem': 'old cert\n', 'enc-cert.pem': OLD_ENC_CERT, 'enc-privkey.pem': encKey });
    const r = await run(['export', id, '--out', out, '--force']);
    expect(r.code).toBe(2);
    expect(said(r.stderr)).toEqual([
      `scm: SCM sent no SM2 encryption key for ${id}, and ${join(out, 'enc-privkey.pem')} is there from before: it would stay beside a certificate it does not belong to; nothing was written`,
      'hint: move it away (it may be the only copy of that key) and export again, or choose another --out',
    ]);
    expect([read(join(out, 'cert.pem')), read(join(out, 'enc-cert.pem')), read(join(out, 'enc-privkey.pem'))]).toEqual(['old cert\n', OLD_ENC_CERT, encKey]);
    expect(gone(join(out, 'privkey.pem'))).toBe(true);
    const zh = await run(['export', id, '--out', out, '--force', '--lang', 'zh']);
    expect([zh.code, said(zh.stderr)[0]]).toEqual([2, `scm: SCM 没有发来 ${id} 的 SM2 加密私钥，而 ${join(out, 'enc-privkey.pem')} 是之前留下的：它会留在一张与它不匹配的证书旁边；没有写入任何文件`]);
  });

  it('enc-cert.pem removed and said; an enc-privkey.pem that is the new certificate\'s key kept and said', async () => {
    const id = await seedRsa();
    const out = folder('rsa-over-sm2-own', { 'enc-cert.pem': OLD_ENC_CERT, 'enc-privkey.pem': t.b.keyPem });
    const r = await run(['export', id, '--out', out, '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(said(r.stderr)).toEqual([
      `${join(out, 'enc-privkey.pem')} kept: the key already there is this certificate's`,
      `${join(out, 'enc-cert.pem')} from an earlier export removed: ${id} is no SM2 pair, SCM holds no encryption certificate for it`,
    ]);
    expect(gone(join(out, 'enc-cert.pem'))).toBe(true);
    expect(read(join(out, 'enc-privkey.pem'))).toBe(t.b.keyPem);
    expect(read(join(out, 'privkey.pem'))).toBe(t.b.keyPem);
    writeFileSync(join(out, 'enc-cert.pem'), OLD_ENC_CERT, { mode: 0o600 });
    const zh = await run(['export', id, '--out', out, '--force', '--lang', 'zh']);
    expect(said(zh.stderr)[1]).toBe(`已删除之前导出的 ${join(out, 'enc-cert.pem')}：${id} 不是 SM2 双证书，SCM 中没有它的加密证书`);
  });

  it('without --force, an enc-cert.pem there stops the export before SCM is asked', async () => {
    const id = await seedRsa();
    const out = folder('rsa-over-sm2-noforce', { 'enc-cert.pem': OLD_ENC_CERT });
    const r = await run(['export', id, '--out', out]);
    expect(r.code).toBe(2);
    expect(said(r.stderr)[0]).toBe(`scm: 1 file already there: ${join(out, 'enc-cert.pem')}`);
    expect((await t.emu.state()).requests.total).toBe(0);
    expect(gone(join(out, 'cert.pem'))).toBe(true);
  });
});

describe('scm export --force: an SM2 export over an earlier RSA export', () => {
  // A bought SM2 pair: the signing key is the buyer's (none in SCM), SCM holds no chain here.
  const sm2Answer = () => ({
    op: 'export', times: 5,
    answer: { status: 200, body: { certificate: read(fixture('cases/sm2.crt')), certificate_chain: '', private_key: null, enc_certificate: read(fixture('cases/sm2.crt')), enc_private_key: read(fixture('cases/other-sm2.key')) } },
  });
  const rsaSet = (): Record<string, string> => ({ 'cert.pem': read(other.cert), 'chain.pem': read(other.chain), 'fullchain.pem': read(other.cert) + read(other.chain), 'privkey.pem': other.keyPem });

  it('the RSA privkey.pem is not the SM2 certificate\'s: refused (exit 2), nothing written or removed', async () => {
    const id = await seedRsa();
    await t.emu.fault(sm2Answer());
    const out = folder('sm2-over-rsa', rsaSet());
    const r = await run(['export', id, '--out', out, '--force']);
    expect(r.code).toBe(2);
    expect(said(r.stderr)[0]).toBe(`scm: SCM sent no private key for ${id}, and ${join(out, 'privkey.pem')} is there from before: it would stay beside a certificate it does not belong to; nothing was written`);
    expect(Object.keys(rsaSet()).map((f) => read(join(out, f)))).toEqual(Object.values(rsaSet()));
    expect(gone(join(out, 'enc-cert.pem'))).toBe(true);
  });

  it('with that key moved away: the SM2 files written, the RSA chain.pem removed and said', async () => {
    const id = await seedRsa();
    await t.emu.fault(sm2Answer());
    const { 'privkey.pem': _, ...set } = rsaSet();
    const out = folder('sm2-over-rsa-nokey', set);
    const r = await run(['export', id, '--out', out, '--force', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { kind: string }) => f.kind)).toEqual(['cert', 'fullchain', 'enc-cert', 'enc-privkey']);
    expect(r.stderr).toContain(`${join(out, 'chain.pem')} from an earlier export removed: SCM holds no chain for ${id}`);
    expect(gone(join(out, 'chain.pem'))).toBe(true);
    expect(read(join(out, 'cert.pem'))).toBe(read(fixture('cases/sm2.crt')).trim() + '\n');
  });
});

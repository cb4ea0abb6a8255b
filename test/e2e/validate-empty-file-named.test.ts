// A bundle folder with a file that came out empty (a download cut off, a key the console left blank): the finding
// listed it with the others ("no private key among www_example_com.ca-bundle, www_example_com.crt,
// www_example_com.key"), as if the .key there had been read and held something else. It is now named as empty,
// wherever the files are listed, as an empty --chain file is.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

describeFixtures('an empty file in a bundle folder', () => {
  let tmp = '';
  const folder = (emptied: string): string => {
    const dir = join(tmp, emptied);
    cpSync(fixture('bundles/layouts/sectigo'), dir, { recursive: true });
    writeFileSync(join(dir, emptied), '');
    return dir;
  };
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'scm-empty-named-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const findings = async (dir: string, lang = 'en') => JSON.parse((await runCli(['validate', dir, '--json', '--lang', lang])).stdout).findings.map((f: any) => [f.rule, f.message]);

  it('the key file: key-empty names it as empty, en and zh', async () => {
    const dir = folder('www_example_com.key');
    expect((await findings(dir))[0]).toEqual(['key-empty', 'no private key among www_example_com.ca-bundle, www_example_com.crt, www_example_com.key (empty)']);
    expect((await findings(dir, 'zh'))[0]).toEqual(['key-empty', 'www_example_com.ca-bundle、www_example_com.crt、www_example_com.key（空文件）中没有私钥']);
  });

  it('the CA bundle: chain-too-short names it as empty', async () => {
    const [rule, message] = (await findings(folder('www_example_com.ca-bundle')))[0];
    expect([rule, message]).toEqual(['chain-too-short', 'CN=www.example.com would be uploaded alone: there is no intermediate certificate among www_example_com.ca-bundle (empty), www_example_com.crt, www_example_com.key, and SCM refuses a chain of length 1']);
  });

  it('a lone empty file still says it once, without the mark', async () => {
    const dir = folder('www_example_com.crt');
    const r = await runCli(['validate', join(dir, 'www_example_com.crt'), '--json']);
    expect(JSON.parse(r.stdout).findings.map((f: any) => f.message)).toEqual(['www_example_com.crt is empty']);
  });

  // A folder that holds nothing of a bundle at all (a download that failed, notes): 'no certificate among ...' and
  // 'no private key among ...' beside it, two findings for one wrong folder, as a lone notes file once had.
  it('a folder of notes and empty files: one cert-missing finding, en and zh', async () => {
    const dir = join(tmp, 'nothing');
    cpSync(fixture('bundles/layouts/sectigo'), dir, { recursive: true });
    writeFileSync(join(dir, 'www_example_com.crt'), '');
    writeFileSync(join(dir, 'www_example_com.key'), '');
    writeFileSync(join(dir, 'www_example_com.ca-bundle'), 'download failed, try again later\n');
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.message])).toEqual([['cert-missing', 'no certificate or private key among www_example_com.ca-bundle, www_example_com.crt (empty), www_example_com.key (empty)']]);
    expect(await findings(dir, 'zh')).toEqual([['cert-missing', 'www_example_com.ca-bundle、www_example_com.crt（空文件）、www_example_com.key（空文件）中没有证书或私钥']]);
  });

  // A CSR beside notes: the CSR named for want of a certificate, and 'no private key among ...' beside it, where a
  // lone CSR is one finding.
  it('a folder of a CSR and notes: one cert-missing finding naming the CSR', async () => {
    const dir = join(tmp, 'csr');
    cpSync(fixture('bundles/layouts/tencent-download'), dir, { recursive: true });
    for (const sub of ['Apache', 'IIS', 'Nginx', 'www.example.com.zip']) rmSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'readme.txt'), 'the certificate is being issued\n');
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.message])).toEqual([['cert-missing', 'no certificate among readme.txt, www.example.com.csr: www.example.com.csr holds a certificate signing request (CSR), not a certificate; the certificate is what your CA sends back for it']]);
  });
});

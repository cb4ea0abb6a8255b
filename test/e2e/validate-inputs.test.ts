// `scm validate` on the inputs people really have, through the built binary: one cause one finding, the chain
// rules SCM applies, key types, Unicode names and --domain, OpenSSL 3 PKCS#12, text mangled by Windows, web
// forms and JSON, pipes and FIFOs, and findings in Chinese. Expiry uses SCM_NOW (the clock, injected).
import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { BIN, runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const triples = (stdout: string): string[] => JSON.parse(stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}`);
const messages = (stdout: string): string[] => JSON.parse(stdout).findings.map((f: any) => f.message);
const validate = (args: string[], env: Record<string, string> = {}) => runCli(['validate', ...args, '--json'], { env });
const tmp = mkdtempSync(join(tmpdir(), 'scm-e2e-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * A shell line (for <(...), /dev/stdin and FIFOs), run with bash. Its stdin is /dev/null: on a socket (node's
 * 'pipe') bash takes itself for a remote shell and sources ~/.bashrc (with no HOME, the user's own: pyenv's
 * set-up on this machine, seconds per line under load), which timed the test out.
 */
function bash(line: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', line], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C.UTF-8', NO_COLOR: '1', SCM: `${process.execPath} ${BIN}` }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describeFixtures('scm validate: one cause, one finding', () => {
  it.each([
    ['an unreadable --cert never promotes the chain', ['--cert', C('variants/garbage.txt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')], ['cert-unparsable error SCM.0031']],
    ['an empty --cert', ['--cert', C('variants/empty.pem'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')], ['cert-missing error SCM.0031']],
    ['a key given as the certificate', ['--cert', C('rsa.key'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')], ['cert-unparsable error SCM.0031']],
    ['a CSR given as the certificate', ['--cert', C('variants/rsa.csr'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')], ['cert-unparsable error SCM.0031']],
    ['truncated DER', ['--cert', C('variants/rsa-truncated.der'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')], ['cert-unparsable error SCM.0031']],
    ['a garbage chain carries the chain rule and code', ['--cert', C('rsa.crt'), '--chain', C('variants/garbage.txt'), '--key', C('rsa.key')], ['chain-unparsable error SCM.0013']],
    ['base64 without armor as chain', ['--cert', C('rsa.crt'), '--chain', C('variants/cert-armor-missing.pem'), '--key', C('rsa.key')], ['chain-unparsable error SCM.0013']],
    ['an empty chain file is named as empty', ['--cert', C('rsa.crt'), '--chain', C('variants/empty.pem'), '--key', C('rsa.key')], ['chain-too-short error SCM.0109']],
    ['a reversed fullchain with a key that matches nothing', ['--cert', C('rsa-fullchain-reversed.pem'), '--key', C('other-rsa.key')], ['key-mismatch error SCM.0014', 'chain-misordered error SCM.0079', 'chain-includes-root info null']],
  ])('%s', async (_, args, expected) => {
    const r = await validate(args);
    expect(triples(r.stdout)).toEqual(expected);
    expect(r.code).toBe(1);
  });

  it('names the empty chain file and the end-entity certificate, never a key that was not given', async () => {
    expect(messages((await validate(['--cert', C('rsa.crt'), '--chain', C('variants/empty.pem'), '--key', C('rsa.key')])).stdout)[0]).toMatch(/empty\.pem, given as the chain, is empty/);
    const noKey = messages((await validate(['--cert', C('rsa-fullchain-reversed.pem')])).stdout);
    expect(noKey.join('\n')).not.toMatch(/matches the private key/);
    expect(noKey[1]).toMatch(/^the end-entity \(server\) certificate, CN=rsa\.example\.com .* is not first/);
  });

  it('PKCS#12 given as --cert or --key is one input error (exit 2) that says to use --pfx; as - it is read', async () => {
    for (const slot of ['--cert', '--key']) {
      const r = await runCli(['validate', slot, fixture('pfx/rsa.pfx'), ...(slot === '--cert' ? ['--key', C('rsa.key')] : ['--cert', C('rsa-fullchain.pem')])]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/rsa\.pfx is a PKCS#12 \(\.pfx\/\.p12\) file, not a (certificate|private key): pass it with --pfx/);
    }
    const stdin = await runCli(['validate', '--cert', '-', '--key', C('rsa.key')], { input: readFileSync(fixture('pfx/rsa.pfx')) });
    expect(stdin.stderr).toMatch(/standard input is a PKCS#12 .* pass it with --pfx/);
    const whole = await runCli(['validate', '-'], { input: readFileSync(fixture('pfx/rsa.pfx')), env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(whole.code).toBe(0);
  });

  it('expired, with --target: one finding for one cause', async () => {
    const leafEnd = new Date(new X509Certificate(readFileSync(C('short-leaf.crt'))).validTo).getTime();
    const now = new Date(leafEnd + 3 * 86_400_000).toISOString();
    const r = await validate(['--cert', C('short-fullchain.pem'), '--key', C('rsa.key'), '--target', 'WAF'], { SCM_NOW: now });
    expect(triples(r.stdout)).toEqual(['target-cert-expired error SCM.0010']);
    expect(messages(r.stdout)[0]).toMatch(/expired on .*, 3 days ago: SCM refuses it, and could not push it to WAF$/);
    expect(triples((await validate(['--cert', C('short-fullchain.pem'), '--key', C('rsa.key')], { SCM_NOW: now })).stdout)).toEqual(['cert-expired error null']);
  });
});

describeFixtures('scm validate: the chain rules SCM applies', () => {
  it('a missing middle intermediate is refused, naming the missing certificate and where it goes', async () => {
    const r = await validate(['--cert', C('deep-leaf.crt'), '--chain', C('deep-chain-gap.pem'), '--key', C('deep-leaf.key')]);
    expect(r.code).toBe(1);
    expect(triples(r.stdout)).toEqual(['chain-missing-intermediate error SCM.0079']);
    expect(messages(r.stdout)[0]).toMatch(/add CN=SCM Deep Intermediate 2 between CN=SCM Deep Intermediate 3 and CN=SCM Deep Intermediate 1/);
    const chain = JSON.parse(r.stdout).certificate.chain as string[];
    expect(chain.filter((l) => /\(root,/.test(l))).toEqual([]);
    expect((await validate(['--cert', C('deep-leaf.crt'), '--chain', C('deep-chain-full.pem'), '--key', C('deep-leaf.key')])).code).toBe(0);
  });

  it('a same-name intermediate with another key says exactly that', async () => {
    const keyId = await validate(['--cert', C('rsa.crt'), '--chain', C('twin-chain.pem'), '--key', C('rsa.key')]);
    expect(triples(keyId.stdout)).toEqual(['chain-broken error SCM.0079']);
    expect(messages(keyId.stdout)[0]).toMatch(/authority key identifier \(.*\) is not the subject key identifier of CN=SCM Test Intermediate R2 .*right name but another key/);
    const signature = await validate(['--cert', C('twin-leaf.crt'), '--chain', C('twin-chain.pem'), '--key', C('rsa.key')]);
    expect(messages(signature.stdout)[0]).toMatch(/signature does not verify with the key of CN=SCM Test Intermediate R2/);
  });

  it.each([
    ['SHA-1 intermediate', 'under-sha1-inter.crt', 'rsa.key', 'sha1-inter-chain.pem', ['weak-signature warning null']],
    ['RSASSA-PSS with SHA-1', 'pss-sha1.crt', 'rsa.key', 'rsa-chain.pem', ['weak-signature warning null']],
    ['RSASSA-PSS with SHA-256', 'pss-sha256.crt', 'rsa.key', 'rsa-chain.pem', []],
    ['RSA 1024 intermediate', 'under-weak-inter.crt', 'rsa.key', 'weak-inter-chain.pem', ['weak-key warning null']],
    ['SHA-1 root (its own signature does not count)', 'under-sha1-root.crt', 'rsa.key', 'sha1-root-chain.pem', ['chain-includes-root info null']],
    ['DSA', 'keytype-dsa.crt', 'keytype-dsa.key', 'rsa-chain.pem', ['key-type-unsupported warning null']],
    ['Ed448', 'keytype-ed448.crt', 'keytype-ed448.key', 'rsa-chain.pem', ['key-type-unsupported warning null']],
    ['secp256k1', 'keytype-secp256k1.crt', 'keytype-secp256k1.key', 'rsa-chain.pem', ['key-type-unsupported warning null']],
    ['brainpool', 'keytype-brainpool.crt', 'keytype-brainpool.key', 'rsa-chain.pem', ['key-type-unsupported warning null']],
    ['X25519', 'keytype-x25519.crt', 'keytype-x25519.key', 'rsa-chain.pem', ['key-cannot-sign error null']],
    ['X448', 'keytype-x448.crt', 'keytype-x448.key', 'rsa-chain.pem', ['key-cannot-sign error null']],
    ['DH', 'keytype-dh.crt', 'keytype-dh.key', 'rsa-chain.pem', ['key-cannot-sign error null']],
  ])('strength and key types over the path: %s', async (_, cert, key, chain, expected) => {
    expect(triples((await validate(['--cert', C(cert), '--key', C(key), '--chain', C(chain)])).stdout)).toEqual(expected);
  });
});

describeFixtures('scm validate: names', () => {
  it('decodes a UTF-8 SAN as UTF-8 and suggests its punycode', async () => {
    const r = await validate(['--cert', C('idn-san.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')]);
    expect(messages(r.stdout)).toEqual([
      'the name "münchen.example" is not ASCII; internationalised names must be written in punycode (xn--mnchen-3ya.example)',
      'the name "www.münchen.example" is not ASCII; internationalised names must be written in punycode (www.xn--mnchen-3ya.example)',
    ]);
  });

  it('converts a Unicode --domain; refuses --domain values that are not domain names (exit 2)', async () => {
    const ok = await validate(['--cert', C('idn-punycode.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--domain', 'bücher.example.com', '--domain', 'shop.bücher.example.com']);
    expect(triples(ok.stdout)).toEqual([]);
    // An empty value is refused before validate runs, as for every option (test/e2e/empty-values.test.ts).
    const empty = await runCli(['validate', '--cert', C('rsa-fullchain.pem'), '--key', C('rsa.key'), '--domain', '']);
    expect([empty.code, empty.stderr.split('\n')[0]]).toEqual([2, 'scm: --domain was given an empty value']);
    for (const [value, why] of [['bad domain', 'contains spaces'], ['*', 'is a bare wildcard'], ['.example.com', 'has an empty label']]) {
      const r = await runCli(['validate', '--cert', C('rsa-fullchain.pem'), '--key', C('rsa.key'), '--domain', value!]);
      expect(r.code, value).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--domain '${value}' is not a domain name: it ${why}`);
    }
  });
});

describeFixtures('scm validate: inputs as people have them', () => {
  it.each([
    ['UTF-16 (Notepad "Unicode")', ['--cert', C('variants/fullchain-utf16le.pem'), '--key', C('variants/key-utf16le.key')], ['input-converted info null', 'input-converted info null']],
    ['newlines turned into spaces', ['--cert', C('variants/fullchain-spaces.pem'), '--key', C('rsa.key')], ['input-repaired info null']],
    ['newlines written as \\n', ['--cert', C('variants/fullchain-escaped.pem'), '--key', C('variants/key-escaped.key')], ['input-repaired info null', 'input-repaired info null']],
    ['TRUSTED CERTIFICATE', ['--cert', C('variants/fullchain-trusted.pem'), '--key', C('rsa.key')], ['input-converted info null']],
    ['an OpenSSH key', ['--cert', C('rsa-fullchain.pem'), '--key', C('variants/openssh.key')], ['key-unparsable error SCM.0012']],
    ['a PKCS#7 (.p7b) chain', ['--cert', C('rsa.crt'), '--chain', C('rsa-chain.p7b'), '--key', C('rsa.key')], ['chain-includes-root info null']],
  ])('%s', async (_, args, expected) => {
    const r = await validate(args);
    expect(triples(r.stdout)).toEqual(expected);
  });

  it('a layout OpenSSL refuses as it stands (indented armor, a blank line inside a block, 76-character lines after a blank line after BEGIN): accepted, exit 0, with an info that says so and what a server reading the file needs, en and zh; nothing said of a key that cannot be read', async () => {
    const key = readFileSync(C('rsa.key'), 'utf8');
    const full = readFileSync(C('rsa-fullchain.pem'), 'utf8');
    const b64 = (pem: string): string => pem.replace(/-----[^\n]+-----|\s/g, '');
    const leaf = b64(full.slice(0, full.indexOf('-----END CERTIFICATE-----')));
    const chain = full.slice(full.indexOf('-----END CERTIFICATE-----') + 26);
    const files = {
      indentedKey: join(tmp, 'indented.key'),
      blank: join(tmp, 'blank.pem'),
      col76: join(tmp, 'col76.pem'),
    };
    writeFileSync(files.indentedKey, key.replace(/^/gm, '  '));
    writeFileSync(files.blank, full.replace(/\n-----END CERTIFICATE-----/, '\n\n-----END CERTIFICATE-----'));
    writeFileSync(files.col76, `-----BEGIN CERTIFICATE-----\n\n${leaf.match(/.{1,76}/g)!.join('\n')}\n-----END CERTIFICATE-----\n${chain}`);
    const indented = await validate(['--cert', C('variants/fullchain-indented.pem'), '--key', files.indentedKey]);
    expect(indented.code).toBe(0);
    expect(JSON.parse(indented.stdout).findings.map((f: any) => [f.rule, f.severity, f.message, f.fix])).toEqual([C('variants/fullchain-indented.pem'), files.indentedKey].map((source) => [
      'input-repaired', 'info',
      `${source} has indented -----BEGIN or -----END lines: OpenSSL looks for them at the start of a line, so it refuses the file as it stands (no start line), as nginx, Apache and HAProxy do; scm reads it and sends the PEM rewritten`,
      'nothing to do for the upload; scm sends the PEM rewritten, 64 characters a line. For a server that reads the file itself, remove the spaces before the -----BEGIN and -----END lines',
    ]));
    const blank = await validate(['--cert', files.blank, '--key', C('rsa.key')]);
    expect([blank.code, messages(blank.stdout)]).toEqual([0, [`${files.blank} has a blank line inside a block, after its base64 lines began: OpenSSL reads the lines before it as headers, so it refuses the file as it stands, as nginx, Apache and HAProxy do; scm reads past it and sends the PEM rewritten`]]);
    const col76 = await validate(['--cert', files.col76, '--key', C('rsa.key')]);
    expect([col76.code, messages(col76.stdout)]).toEqual([0, [expect.stringMatching(/ has a blank line just after a BEGIN line, then lines OpenSSL refuses there \(after such a blank line it takes only base64 lines of 64 characters/)]]);
    const zh = await runCli(['validate', '--cert', files.col76, '--key', C('rsa.key'), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('col76.pem 中某个 `BEGIN` 行之后紧跟着空行，其后的内容 OpenSSL 不接受');
    expect(zh.stdout).toContain('解决方法：上传无需处理；scm 会重新写出 PEM（每行 64 个字符）后发送。若服务器直接读取该文件，请删除这个空行');
    // A folder's files are said too; a key that cannot be read is that error alone.
    const folder = join(tmp, 'indented-folder');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(join(folder, 'fullchain.pem'), full.replace(/^/gm, ' '));
    writeFileSync(join(folder, 'privkey.pem'), key);
    expect(triples((await validate([folder])).stdout)).toEqual(['input-repaired info null']);
    expect(triples((await validate(['--cert', C('rsa-fullchain.pem'), '--key', C('variants/key-corrupt.key')])).stdout)).toEqual(['key-unparsable error SCM.0012']);
  });

  it('text beside an armor line on its line (a remark before or after BEGIN, after END, a terminal\'s % after END), or line ends that are a lone CR: read, exit 0, one info naming that cause (OpenSSL: no start line, bad end line), not lost line breaks or an unparsable certificate, en and zh', async () => {
    const full = readFileSync(C('rsa-fullchain.pem'), 'utf8');
    const write = (name: string, text: string): string => {
      writeFileSync(join(tmp, name), text);
      return join(tmp, name);
    };
    const cases: [string, string, string][] = [
      [write('begin-remark.pem', full.replace('-----BEGIN CERTIFICATE-----', '-----BEGIN CERTIFICATE----- leaf')), 'has other text on the same line as a -----BEGIN line: OpenSSL takes only a line that starts and ends with the dashes for a BEGIN line, so it finds none and refuses the file as it stands (no start line)', 'move that text to a line of its own or remove it'],
      [write('begin-hash.pem', full.replace('-----BEGIN CERTIFICATE-----', '-----BEGIN CERTIFICATE----- # leaf')), 'has other text on the same line as a -----BEGIN line', 'move that text'],
      [write('begin-prefix.pem', full.replace('-----BEGIN CERTIFICATE-----', 'leaf: -----BEGIN CERTIFICATE-----')), 'has other text on the same line as a -----BEGIN line', 'move that text'],
      [write('end-percent.pem', `${full.trimEnd()}%`), 'has text after an -----END line, on the same line (a remark, or the % a terminal shows for a missing last newline, copied along): OpenSSL refuses such an END line, so it refuses the file as it stands (bad end line)', 'move that text'],
      [write('end-remark.pem', full.replace('-----END CERTIFICATE-----', '-----END CERTIFICATE----- # leaf')), 'has text after an -----END line', 'move that text'],
      [write('cr.pem', full.replace(/\n/g, '\r')), 'has lines that end with a lone CR (the line ends of old Mac OS): OpenSSL ends a line only at LF, so the BEGIN line runs on into the base64 and it refuses the file as it stands (no start line)', "convert its line ends to LF: `tr '\\r' '\\n' < FILE > FILE.new`"],
    ];
    for (const [path, message, fix] of cases) {
      const r = await validate(['--cert', path, '--key', C('rsa.key')]);
      expect([r.code, JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.severity])]).toEqual([0, [['input-repaired', 'info']]]);
      expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ message: expect.stringContaining(`${path} ${message}`), fix: expect.stringContaining(fix) });
    }
    // CR CR LF line ends (a CRLF file converted again) are read by OpenSSL: nothing to say, though the lines split at
    // each CR hold a blank line just after BEGIN.
    const crcrlf = await validate(['--cert', write('cr-cr-lf.pem', full.replace(/\n/g, '\r\r\n')), '--key', C('rsa.key')]);
    expect([crcrlf.code, messages(crcrlf.stdout)]).toEqual([0, []]);
    // Base64 run onto the BEGIN line is still a line break lost, and is put back.
    const glued = write('begin-glued.pem', full.replace('-----BEGIN CERTIFICATE-----\n', '-----BEGIN CERTIFICATE-----'));
    expect(messages((await validate(['--cert', glued, '--key', C('rsa.key')])).stdout)).toEqual([`${glued} had lost its line breaks (replaced by spaces, or written as \\n); they were put back`]);
    const zh = await runCli(['validate', '--cert', cases[0]![0], '--key', C('rsa.key'), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('begin-remark.pem 中某个 -----BEGIN 行的同一行里还有其他文字：OpenSSL 只把以破折号开头并以破折号结尾的行当作 BEGIN 行，因此找不到它，会拒绝原样的文件（`no start line`）');
    expect(zh.stdout).toContain('请把这些文字移到单独的一行，或将其删除');
    const zhCr = await runCli(['validate', '--cert', cases[5]![0], '--key', C('rsa.key'), '--lang', 'zh']);
    expect(zhCr.stdout).toContain('cr.pem 中的行以单独的 CR 结尾（旧版苹果系统的换行方式）');
  });

  it('reads <(...), /dev/stdin and FIFOs with the 1 MiB cap; refuses /dev/zero', () => {
    expect(bash(`$SCM validate --cert <(cat '${C('rsa-fullchain.pem')}') --key <(cat '${C('rsa.key')}')`)).toMatchObject({ code: 0 });
    expect(bash(`cat '${C('rsa.key')}' | $SCM validate --cert '${C('rsa-fullchain.pem')}' --key /dev/stdin`)).toMatchObject({ code: 0 });
    const fifo = join(tmp, 'fullchain.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(bash(`(cat '${C('rsa-fullchain.pem')}' > '${fifo}' &) ; $SCM validate --cert '${fifo}' --key '${C('rsa.key')}'`)).toMatchObject({ code: 0 });
    const big = bash(`$SCM validate --cert <(head -c 2000000 /dev/zero) --key '${C('rsa.key')}'`);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/is more than 1048576 bytes/);
    const zero = bash(`$SCM validate --cert /dev/zero --key '${C('rsa.key')}'`);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/\/dev\/zero is not a regular file, a pipe or standard input/);
  });

  // Node.js gives a child's 'pipe' stdin as a socket, as systemd's StandardInput=socket does: open('/dev/stdin')
  // fails with ENXIO there, which was said as 'no such device or address (ENXIO)', in English under --lang zh too.
  it('reads /dev/stdin that is a socket (a Node.js parent\'s pipe), as - is read', async () => {
    const key = readFileSync(C('rsa.key'), 'utf8');
    const r = await runCli(['validate', '--cert', C('rsa-fullchain.pem'), '--key', '/dev/stdin', '--lang', 'zh'], { input: key });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const pfx = await runCli(['validate', '--pfx', fixture('pfx/unicode-password.pfx'), '--pfx-password-file', '/dev/stdin'], { input: 'pässwörd-密码\n' });
    expect([pfx.code, pfx.stderr]).toEqual([0, '']);
  });

  it('opens OpenSSL 3 PKCS#12 with a non-ASCII password; a wrong one gives the same words with or without a MAC', async () => {
    const unicode = fixture('pfx/unicode-password.pfx');
    expect((await runCli(['validate', '--pfx', unicode], { env: { SCM_PFX_PASSWORD: 'pässwörd-密码' } })).code).toBe(0);
    expect((await runCli(['validate', '--pfx', unicode, '--pfx-password-file', fixture('pfx/unicode-password.txt')])).code).toBe(0);
    const wrong = await Promise.all(['rsa.pfx', 'no-mac.pfx'].map((f) => runCli(['validate', '--pfx', fixture(`pfx/${f}`)], { env: { SCM_PFX_PASSWORD: 'hunter2' } })));
    expect(wrong.map((r) => [r.code, r.stderr.replace(/\S+\.pfx/g, 'F')])).toEqual(Array(2).fill([2, 'scm: cannot open F: wrong password\nhint: the password in SCM_PFX_PASSWORD does not open F: check it, or pass --pfx-password-file FILE\n']));
    expect(wrong.some((r) => r.stderr.includes('hunter2'))).toBe(false);
  });

  it('a wrong password from --pfx-password-file: the hint names that option, never its path (README), not "set SCM_PFX_PASSWORD"; in Chinese too', async () => {
    const pfx = fixture('pfx/rsa.pfx');
    const file = join(tmp, 'wrong-password.txt');
    writeFileSync(file, 'hunter2\n');
    for (const command of ['validate', 'upload', 'rotate']) {
      const extra = command === 'upload' ? ['--dry-run'] : command === 'rotate' ? ['--domain', 'rsa.example.com', '--dry-run'] : [];
      const en = await runCli([command, '--pfx', pfx, '--pfx-password-file', file, ...extra]);
      expect([command, en.code, en.stderr]).toEqual([command, 2, `scm: cannot open ${pfx}: wrong password\nhint: the password in the first line of the file given to --pfx-password-file does not open ${pfx}: check that file\n`]);
      const json = await runCli([command, '--pfx', pfx, '--pfx-password-file', file, ...extra, '--json', '--debug']);
      expect([command, json.code, json.stdout + json.stderr]).toEqual([command, 2, expect.not.stringContaining('wrong-password.txt')]);
    }
    const zh = await runCli(['validate', '--pfx', pfx, '--pfx-password-file', file, '--lang', 'zh']);
    expect(zh.stderr).toBe(`scm: 无法打开 ${pfx}：密码错误\n提示：--pfx-password-file 指定的文件中的密码（第一行）打不开 ${pfx}：请检查该文件\n`);
    const stdin = await runCli(['validate', '--pfx', pfx, '--pfx-password-file', '-', '--lang', 'zh'], { input: 'hunter2\n' });
    expect(stdin.stderr).toBe(`scm: 无法打开 ${pfx}：密码错误\n提示：从标准输入读到的密码打不开 ${pfx}\n`);
    const none = await runCli(['validate', '--pfx', pfx, '--lang', 'zh']);
    expect(none.stderr).toBe(`scm: 无法打开 ${pfx}：需要密码\n提示：请设置环境变量 SCM_PFX_PASSWORD，或用 --pfx-password-file 指定存放密码的文件\n`);
  });
});

describeFixtures('scm validate --lang zh', () => {
  it('writes findings in Chinese; rule, severity and code do not change', async () => {
    const args = ['--cert', C('deep-leaf.crt'), '--chain', C('deep-chain-gap.pem'), '--key', C('other-rsa.key')];
    const en = JSON.parse((await validate(args)).stdout);
    const zh = JSON.parse((await runCli(['validate', ...args, '--json', '--lang', 'zh'])).stdout);
    expect(zh.findings.map((f: any) => [f.rule, f.severity, f.code])).toEqual(en.findings.map((f: any) => [f.rule, f.severity, f.code]));
    expect(zh.findings.map((f: any) => f.message)).toEqual([
      expect.stringMatching(/other-rsa\.key 中的私钥（RSA 2048）与证书 CN=deep\.example\.com（EC P-256）不匹配$/),
      expect.stringMatching(/^CN=SCM Deep Intermediate 3 的签发者 CN=SCM Deep Intermediate 2 不在证书链中；.*请在 CN=SCM Deep Intermediate 3 与 CN=SCM Deep Intermediate 1 之间加入 CN=SCM Deep Intermediate 2/),
    ]);
    const text = await runCli(['validate', fixture('bundles/layouts/no-key-notes'), '--lang', 'zh']);
    expect(text.stdout).toMatch(/错误 +key-empty {2}SCM\.0059\n {4}cert\.pem、chain\.pem、notes\.txt 中没有私钥\n {4}解决方法：请提供私钥/);
    expect(text.stdout).toMatch(/服务器证书，RSA 2048/);
  });

  it('--json: certificate.chain is prose, so it follows --lang as the text does (keys and ids stay English)', async () => {
    const args = ['validate', '--cert', C('rsa.crt'), '--key', C('other-rsa.key'), '--json'];
    const en = JSON.parse((await runCli([...args, '--lang', 'en'])).stdout);
    const zh = JSON.parse((await runCli([...args, '--lang', 'zh'])).stdout);
    expect(en.certificate.chain).toEqual(['CN=rsa.example.com (leaf, RSA 2048)', 'O=scm fixtures, CN=SCM Test Intermediate R2 (issuer of CN=rsa.example.com, not included)']);
    expect(zh.certificate.chain).toEqual(['CN=rsa.example.com（服务器证书，RSA 2048）', 'O=scm fixtures, CN=SCM Test Intermediate R2（CN=rsa.example.com 的签发者，未包含）']);
    expect(Object.keys(zh.certificate)).toEqual(Object.keys(en.certificate));
    const text = await runCli(args.filter((a) => a !== '--json').concat('--lang', 'zh'));
    for (const line of zh.certificate.chain) expect(text.stdout).toContain(line);
  });
});

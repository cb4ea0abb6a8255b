// `scm check` on a certificate file OpenSSL cannot read as it stands (so neither can nginx, Apache or HAProxy),
// though scm's own reader repairs it: an END line run into the next BEGIN line (`cat` of a file without its last
// newline), line breaks lost, UTF-16 text. It needs attention (exit 1), said of the file, in both languages; a form
// OpenSSL 3 reads (a UTF-8 BOM, CRLF) or another encoding servers load (DER) is not a problem, and in a folder a
// damaged file holding nothing of the path from the leaf does not decide the verdict.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const RSA = 'bundles/rsa-ok';
const dir = mkdtempSync(join(tmpdir(), 'scm-check-form-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const check = (args: string[]) => runCli(['check', ...args]);
const pem = (rel: string): string => readFileSync(fixture(rel), 'utf8');
/** cert.pem without its last newline, then chain.pem: what `cat cert.pem chain.pem` gives then. */
const joined = (): string => pem(`${RSA}/cert.pem`).trimEnd() + pem(`${RSA}/chain.pem`);
const write = (name: string, data: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
type Doc = { targets: { ok: boolean; problems: { id: string; message: string }[]; chain: { problems: { id: string }[] } }[] };

describeFixtures('scm check on a file a server cannot read as it stands', () => {
  it('a fullchain joined with cat, no newline between END and BEGIN: needs attention (exit 1), how to join it again', async () => {
    const path = write('joined.pem', joined());
    const r = await check([path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}: needs attention`);
    expect(r.stdout).toContain(`✗ ${path} has an END line run into the next BEGIN line`);
    expect(r.stdout).toContain('awk 1 cert.pem chain.pem > fullchain.pem');
    const doc = JSON.parse((await check([path, '--json'])).stdout) as Doc;
    expect(doc.targets[0]!.problems.map((p) => p.id)).toEqual(['openssl-unreadable']);
    const zh = await runCli(['check', path, '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('`END` 行与下一个 `BEGIN` 行连在了一起');
  });

  it('line breaks lost (spaces), or UTF-16 text (Notepad\'s "Unicode"): needs attention, each said as it is', async () => {
    const spaces = write('spaces.pem', pem(`${RSA}/fullchain.pem`).replace(/\n/g, ' '));
    const r = await check([spaces, '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Doc).targets[0]!.problems).toEqual([{ id: 'openssl-unreadable', message: expect.stringContaining(`${spaces} has lost its line breaks`) }]);
    const utf16 = write('utf16.pem', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pem(`${RSA}/fullchain.pem`), 'utf16le')]));
    const u = await check([utf16, '--json']);
    expect(u.code).toBe(1);
    expect((JSON.parse(u.stdout) as Doc).targets[0]!.problems).toEqual([{ id: 'openssl-unreadable', message: expect.stringContaining(`${utf16} is UTF-16 text`) }]);
  });

  it('what OpenSSL 3 reads (a UTF-8 BOM, CRLF line ends) and a DER certificate are no problem (exit 0)', async () => {
    const bom = write('bom.pem', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(pem(`${RSA}/fullchain.pem`))]));
    const crlf = write('crlf.pem', pem(`${RSA}/fullchain.pem`).replace(/\n/g, '\r\n'));
    const der = write('cert.der', Buffer.from(pem(`${RSA}/cert.pem`).replace(/-----[^-]+-----|\s/g, ''), 'base64'));
    const r = await check([bom, crlf, der]);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('a folder: a damaged file holding the leaf or its chain decides (fullchain.pem beside a good cert.pem); one off the path does not', async () => {
    const folder = join(dir, 'live');
    mkdirSync(folder);
    for (const f of ['cert.pem', 'chain.pem', 'privkey.pem']) copyFileSync(fixture(`${RSA}/${f}`), join(folder, f));
    writeFileSync(join(folder, 'fullchain.pem'), joined());
    const r = await check([folder, '--json']);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as Doc).targets[0]!.problems;
    expect(problems.map((p) => p.id)).toEqual(['openssl-unreadable']);
    expect(problems[0]!.message).toContain(join(folder, 'fullchain.pem'));
    // A stray pair of CA certificates, joined with cat, that no link of this chain is: a chain note, as before.
    writeFileSync(join(folder, 'fullchain.pem'), pem(`${RSA}/fullchain.pem`));
    writeFileSync(join(folder, 'other-cas.pem'), pem('pki/cross-root-a.crt').trimEnd() + pem('pki/cross-root-b.crt'));
    const off = await check([folder, '--json']);
    expect([off.code, (JSON.parse(off.stdout) as Doc).targets[0]!.problems]).toEqual([0, []]);
  });

  it('a certificate block after the leaf that cannot be read (bad base64, no END line: a file cut short) needs attention, not "comes alone"', async () => {
    const full = pem(`${RSA}/fullchain.pem`);
    const cut = write('cut.pem', full.slice(0, full.lastIndexOf('-----END')));
    const r = await check([cut]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✗ certificate 2 in ${cut} has no -----END CERTIFICATE----- line: OpenSSL stops there, so nginx, Apache and HAProxy refuse the file`);
    expect(r.stdout).not.toContain('comes alone');
    const lines = full.split('\n');
    const second = lines.indexOf('-----BEGIN CERTIFICATE-----', 1) + 2;
    lines[second] = `${lines[second]!.slice(0, 10)}!!!!${lines[second]!.slice(14)}`;
    const bad = write('bad.pem', lines.join('\n'));
    const doc = JSON.parse((await check([bad, '--json'])).stdout) as Doc;
    expect(doc.targets[0]!.problems).toEqual([{ id: 'chain-unparsable', message: `certificate 2 in ${bad} is not valid base64: OpenSSL stops there, so nginx, Apache and HAProxy refuse the file` }]);
    const zh = await runCli(['check', bad, '--lang', 'zh']);
    expect([zh.code, zh.stdout]).toEqual([1, expect.stringContaining('OpenSSL 读到这里就会出错')]);
  });

  it('in a folder, a broken block counts in a file that holds the leaf or its chain, not in a stray file', async () => {
    const folder = join(dir, 'live-cut');
    mkdirSync(folder);
    for (const f of ['cert.pem', 'chain.pem', 'privkey.pem']) copyFileSync(fixture(`${RSA}/${f}`), join(folder, f));
    const full = pem(`${RSA}/fullchain.pem`);
    writeFileSync(join(folder, 'fullchain.pem'), full.slice(0, full.lastIndexOf('-----END')));
    const r = await check([folder, '--json']);
    expect([r.code, (JSON.parse(r.stdout) as Doc).targets[0]!.problems.map((p) => p.id)]).toEqual([1, ['chain-unparsable']]);
    writeFileSync(join(folder, 'fullchain.pem'), full);
    const root = pem('pki/cross-root-a.crt');
    writeFileSync(join(folder, 'stray.pem'), root.slice(0, root.lastIndexOf('-----END')));
    const stray = await check([folder, '--json']);
    expect([stray.code, (JSON.parse(stray.stdout) as Doc).targets[0]!.problems]).toEqual([0, []]);
  });

  it('from standard input (scm check -), named as validate names it', async () => {
    const r = await runCli(['check', '-'], { input: joined() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ standard input has an END line run into the next BEGIN line');
    const zh = await runCli(['check', '-', '--lang', 'zh'], { input: joined() });
    expect(zh.stdout).toContain('✗ 标准输入中有 `END` 行');
  });

  it('armor lines indented, or a blank line inside a block (before its END line): needs attention; a blank line after BEGIN or headers, indented base64, trailing spaces are no problem', async () => {
    const full = pem(`${RSA}/fullchain.pem`);
    const indented = write('indented.pem', full.replace(/^/gm, '    '));
    const r = await check([indented, '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Doc).targets[0]!.problems).toEqual([{ id: 'openssl-unreadable', message: expect.stringContaining(`${indented} has indented -----BEGIN or -----END lines`) }]);
    const blank = write('blank.pem', full.replace(/\n-----END CERTIFICATE-----/, '\n\n-----END CERTIFICATE-----'));
    const b = await check([blank, '--json']);
    expect(b.code).toBe(1);
    expect((JSON.parse(b.stdout) as Doc).targets[0]!.problems).toEqual([{ id: 'openssl-unreadable', message: expect.stringContaining(`${blank} has a blank line inside a block`) }]);
    const fine = [
      write('after-begin.pem', full.replace(/-----BEGIN CERTIFICATE-----\n/g, '-----BEGIN CERTIFICATE-----\n\n')),
      write('body-indented.pem', full.replace(/^(?!-----)/gm, '  ')),
      write('trailing.pem', full.replace(/\n/g, '   \n')),
    ];
    const ok = await check(fine);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
  });

  it('text beside an armor line on its line (a remark, a terminal\'s %), or line ends that are a lone CR: needs attention (exit 1), that cause alone, en and zh; a CRLF file, CR CR LF line ends (a CRLF file converted again, which OpenSSL reads) and a lone CR at the very end are no problem', async () => {
    const full = pem(`${RSA}/fullchain.pem`);
    const cases: [string, string][] = [
      [write('begin-remark.pem', full.replace('-----BEGIN CERTIFICATE-----', '-----BEGIN CERTIFICATE----- leaf')), 'has other text on the same line as a -----BEGIN line: OpenSSL takes only a line that starts and ends with the dashes for a BEGIN line, so it finds none (no start line), and nginx, Apache and HAProxy refuse the file; move that text to a line of its own or remove it'],
      [write('begin-prefix.pem', full.replace('-----BEGIN CERTIFICATE-----', 'leaf: -----BEGIN CERTIFICATE-----')), 'has other text on the same line as a -----BEGIN line'],
      [write('end-percent.pem', `${full.trimEnd()}%`), 'has text after an -----END line, on the same line (a remark, or the % a terminal shows for a missing last newline, copied along): OpenSSL refuses such an END line (bad end line), so nginx, Apache and HAProxy refuse the file; move that text to a line of its own or remove it'],
      [write('end-remark.pem', full.replace('-----END CERTIFICATE-----', '-----END CERTIFICATE----- # leaf')), 'has text after an -----END line'],
      [write('cr.pem', full.replace(/\n/g, '\r')), "has lines that end with a lone CR (the line ends of old Mac OS): OpenSSL ends a line only at LF, so it finds no BEGIN line (no start line), and nginx, Apache and HAProxy refuse the file; convert its line ends to LF: `tr '\\r' '\\n' < FILE > FILE.new`"],
    ];
    for (const [path, message] of cases) {
      const r = await check([path, '--json']);
      expect(r.code).toBe(1);
      expect((JSON.parse(r.stdout) as Doc).targets[0]!.problems).toEqual([{ id: 'openssl-unreadable', message: expect.stringContaining(`${path} ${message}`) }]);
    }
    const zh = await runCli(['check', cases[2]![0], '--lang', 'zh']);
    expect(zh.stdout).toContain('end-percent.pem 中某个 -----END 行的同一行里、结尾的破折号之后还有其他文字（如注释，或终端在文件末尾没有换行时显示的 %，被一并复制了）：OpenSSL 不接受这样的 END 行（`bad end line`）');
    const zhCr = await runCli(['check', cases[4]![0], '--lang', 'zh']);
    expect(zhCr.stdout).toContain('请把行尾转换为 LF：`tr');
    const ok = await check([write('crlf.pem', full.replace(/\n/g, '\r\n')), write('last-cr.pem', `${full.trimEnd()}\r`), write('cr-cr-lf.pem', full.replace(/\n/g, '\r\r\n'))]);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
  });

  it('a blank line just after BEGIN, then base64 lines not 64 characters each (76, one line, a short one inside) or another blank line: needs attention, as OpenSSL refuses it, in both languages; 64-character lines after it are no problem', async () => {
    const der = (rel: string): Buffer => Buffer.from(pem(rel).replace(/-----[^\n]+-----|\s/g, ''), 'base64');
    const block = (body: string): string => `-----BEGIN CERTIFICATE-----\n\n${body}\n-----END CERTIFICATE-----\n`;
    const wrap = (b64: string, width: number): string => b64.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
    const [leaf, chain] = [der(`${RSA}/cert.pem`).toString('base64'), pem(`${RSA}/chain.pem`)];
    const refused = {
      'col76.pem': block(wrap(leaf, 76)) + chain,
      'one-line.pem': block(leaf) + chain,
      'short-inside.pem': block(`${leaf.slice(0, 30)}\n${wrap(leaf.slice(30), 64)}`) + chain,
      'two-blank.pem': block(`\n${wrap(leaf, 64)}`) + chain,
    };
    for (const [name, text] of Object.entries(refused)) {
      const path = write(name, text);
      const r = await check([path, '--json']);
      expect([name, r.code]).toEqual([name, 1]);
      expect((JSON.parse(r.stdout) as Doc).targets[0]!.problems).toEqual([{ id: 'openssl-unreadable', message: `${path} has a blank line just after a BEGIN line, then lines OpenSSL refuses there: after such a blank line it takes only base64 lines of 64 characters (the last one shorter) and no other blank line, so nginx, Apache and HAProxy refuse the file; remove the blank line` }]);
    }
    const zh = await runCli(['check', join(dir, 'col76.pem'), '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('col76.pem 中某个 `BEGIN` 行之后紧跟着空行，其后的内容 OpenSSL 不接受');
    const fine = await check([write('col64.pem', block(wrap(leaf, 64)) + chain), write('col76-no-blank.pem', `-----BEGIN CERTIFICATE-----\n${wrap(leaf, 76)}\n-----END CERTIFICATE-----\n${chain}`)]);
    expect([fine.code, fine.stderr]).toEqual([0, '']);
  });
});

// The first hour of a new user (issue 13, part B), through the built binary in both languages: a --push
// target without a region refused before anything is read, in --push syntax; --project a,b; "did you mean"
// for region typos; upload -q as quiet as validate -q; '-' on a terminal says what it waits for; upload without
// --name names the certificate after it; --if-changed says the name SCM holds; settings warnings survive -q;
// API errors and hints wrap on a terminal; every diagnostic starts the same way.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text.js';
import { fixture } from '../helpers/fixtures.js';
import { makeBundle, type Bundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runProgram, ymd } from '../helpers/pebble.js';
import { BIN, runCli } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';

let other: Bundle;
const t = withEmulator('first-hour', {
  cn: 'first.example.test',
  setup: (dir) => {
    other = makeBundle(join(dir, 'other'), { cn: 'other.example.test' });
  },
});
const api = (): Record<string, string> => t.env();
const run = (args: string[], env: Record<string, string | undefined> = {}, cwd?: string) => runCli(args, { env: { ...api(), ...env }, ...(cwd ? { cwd } : {}) });
const ZH = { LANG: 'zh_CN.UTF-8' };

describe('upload --push TARGET: a wrong target is refused before the bundle is read, in --push syntax', () => {
  it('WAF without a region: the push finding alone (no validation report), fixed as --push WAF:cn-north-4', async () => {
    const r = await run(['upload', t.b.dir, '--name', 'first', '--push', 'WAF']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe([
      '  error    push-project-missing  SCM.0069',
      '    --push WAF names no region: WAF needs the region of its instances',
      '    fix: name the region after a colon, such as --push WAF:cn-north-4; several: --push WAF:cn-north-4,ap-southeast-1',
      'scm: upload refused: 1 error found offline; nothing was sent',
      '',
    ].join('\n'));
    const zh = await run(['upload', t.b.dir, '--name', 'first', '--push', 'WAF'], ZH);
    expect(zh.stderr).toBe([
      '  错误     push-project-missing  SCM.0069',
      '    --push WAF 没有指明区域：推送到 WAF 需要指明实例所在的区域',
      '    解决方法：在冒号后写明区域，例如 --push WAF:cn-north-4；多个区域用逗号分隔：--push WAF:cn-north-4,ap-southeast-1',
      'scm: 上传被拒绝：离线检查发现 1 个错误；没有发送任何内容',
      '',
    ].join('\n'));
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('before the bundle is even read: a missing file is not reached', async () => {
    const r = await run(['upload', '--cert', join(t.dir, 'nope.pem'), '--key', t.b.key, '--push', 'ELB:cn-nort-4']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("'cn-nort-4' is not a known region (or region_subproject) (did you mean cn-north-4?)");
    expect(r.stderr).toContain('fix: give the region where the ELB instance runs, such as --push ELB:cn-north-4');
    expect(r.stderr).not.toMatch(/nope\.pem|--project/);
  });

  it('--json: the push findings on stdout, one error object on stderr', async () => {
    const r = await run(['upload', t.b.dir, '--push', 'CDN', '--push', 'wfa:cn-north-4', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ schemaVersion: 1, uploaded: false, sent: false, valid: false, findings: [expect.objectContaining({ rule: 'push-service', code: 'SCM.0030', message: "'wfa' is not a service scm pushes to: CDN, WAF or ELB (did you mean WAF?)" })] });
    expect(JSON.parse(r.stderr).error).toMatchObject({ type: 'UploadRefused', exitCode: 1 });
  });
});

describe('scm push --project a,b, and "did you mean" for regions', () => {
  it('--project a,b is a batch push to both, as --push ELB:a,b is', async () => {
    const id = (await run(['upload', t.b.dir, '--name', 'first', '-q'])).stdout.trim();
    const r = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4,ap-southeast-1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ mode: 'batch', results: [{ project: 'cn-north-4', ok: true }, { project: 'ap-southeast-1', ok: true }] });
    expect((await t.emu.state()).requests.byOperation['batch-push']).toBe(1);
  });

  it('a region typo: in --project, and as the SCM site (--region)', async () => {
    const push = await run(['push', 'scs1700000000000', '--service', 'WAF', '--project', 'cn-nort-4'], ZH);
    expect([push.code, push.stderr.split('\n').slice(0, 2)]).toEqual([1, ['  错误     push-project-unknown  SCM.0069', '    “cn-nort-4”既不是已知的区域，也不是“区域_子项目”形式（是不是要输入 cn-north-4？）']]);
    const site = await run(['list', '--region', 'ap-southeast-l'], { SCM_ENDPOINT: undefined });
    expect(site.code).toBe(2);
    expect(site.stderr.split('\n')[0]).toBe("scm: unknown SCM region 'ap-southeast-l' (did you mean ap-southeast-1?)");
    const zh = await run(['list', '--region', 'cn-nort-4'], { ...ZH, SCM_ENDPOINT: undefined });
    expect(zh.stderr.split('\n')[0]).toBe('scm: 未知的 SCM 区域“cn-nort-4”（是不是要输入 cn-north-4？）');
  });
});

describe('upload -q on a failing bundle: only what fails, as validate -q', () => {
  it('no certificate block, no verdict, no info finding; then the refusal', async () => {
    const bad = join(t.dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'fullchain.pem'), readFileSync(t.b.fullchain));
    writeFileSync(join(bad, 'privkey.pem'), other.keyPem);
    for (const env of [{}, ZH]) {
      const validate = await run(['validate', bad, '-q'], env);
      const upload = await run(['upload', bad, '--name', 'first', '-q'], env);
      expect([validate.code, upload.code]).toEqual([1, 1]);
      expect(upload.stdout).toBe('');
      const refusal = upload.stderr.split('\n').slice(-2, -1)[0];
      expect(refusal).toMatch(/^scm: (upload refused|上传被拒绝)/);
      expect(upload.stderr).toBe(`${validate.stdout}${refusal}\n`);
      expect(validate.stdout).toMatch(/key-mismatch/);
      expect(validate.stdout).not.toMatch(/Subject|主题|FAIL|不通过/);
    }
  });
});

describe('upload without --name', () => {
  it('names the certificate <first domain>-<YYYYMMDD>, as --from does, and says so on stderr', async () => {
    const before = ymd();
    const r = await run(['upload', t.b.dir]);
    const after = ymd();
    expect(r.code, r.stderr).toBe(0);
    const name = /naming the certificate (first\.example\.test-\d{8}) /.exec(r.stderr)?.[1];
    expect([`first.example.test-${before}`, `first.example.test-${after}`]).toContain(name);
    expect(r.stderr.split('\n')[0]).toBe(`no --name: naming the certificate ${name} (its first domain first.example.test and today's date, UTC)`);
    expect(r.stdout).toMatch(new RegExp(`^uploaded ${name!.replace(/\./g, '\\.')} as scs\\d{13}\\n$`));
    expect((await t.emu.state()).certificates.map((c) => c.name)).toEqual([name]);
    const zh = await run(['upload', other.dir, '--dry-run'], ZH);
    expect(zh.stderr.split('\n')[0]).toMatch(/^未指定 --name：证书命名为 other\.example\.test-\d{8}（由它的第一个域名 other\.example\.test 和当天的 UTC 日期组成）$/);
    expect(zh.stdout).toMatch(/"name": "other\.example\.test-\d{8}"/);
  });

  it('a certificate without a domain (only with --no-validate) is named certificate-<YYYYMMDD>, and stderr says why', async () => {
    const args = ['upload', '--cert', fixture('cases/ip-only.crt'), '--key', fixture('keys/leaf-rsa.key'), '--no-validate', '--dry-run'];
    const en = await run(args);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toMatch(/^no --name, and the certificate names no domain: naming it certificate-\d{8} \(today's date, UTC\)$/m);
    const zh = await run(args, ZH);
    expect(zh.stderr).toMatch(/^未指定 --name，证书中也没有域名：证书命名为 certificate-\d{8}（取自当天的 UTC 日期）$/m);
  });
});

describe('upload --if-changed finds the certificate under another name', () => {
  it('says which name SCM holds it under (text and JSON)', async () => {
    const id = (await run(['upload', t.b.dir, '--name', 'old-name', '-q'])).stdout.trim();
    const r = await run(['upload', t.b.dir, '--name', 'new-name', '--if-changed']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`unchanged: the same certificate is already in SCM as ${id}, named 'old-name' (not new-name); nothing uploaded\n`);
    const zh = await run(['upload', t.b.dir, '--name', 'new-name', '--if-changed'], ZH);
    expect(zh.stdout).toBe(`未变化：SCM 中已有同一张证书，ID 为 ${id}，名称是“old-name”（而不是 new-name）；未上传\n`);
    const same = await run(['upload', t.b.dir, '--name', 'old-name', '--if-changed']);
    expect(same.stdout).toBe(`unchanged: the same certificate is already in SCM as ${id}; nothing uploaded\n`);
    const j = JSON.parse((await run(['upload', t.b.dir, '--name', 'new-name', '--if-changed', '--json'])).stdout);
    expect(j).toMatchObject({ certificate_id: id, name: 'new-name', existing_name: 'old-name', changed: false });
  });
});

describe('settings warnings are never silenced by -q', () => {
  it('upload -q and push -q: the ignored config file is said on stderr, the id alone on stdout', async () => {
    const project = join(t.dir, 'project');
    mkdirSync(project, { recursive: true });
    const rc = join(project, '.scmrc');
    writeFileSync(rc, 'region: eu-west-101\n');
    chmodSync(rc, 0o666);
    const warning = `warning: ignored config file ${rc}: other users can change it (mode 666); if it is yours, run: chmod go-w ${rc}\n`;
    const up = await run(['upload', t.b.dir, '--name', 'quiet-one', '-q'], {}, project);
    expect(up.code).toBe(0);
    expect(up.stdout).toMatch(/^scs\d{13}\n$/);
    expect(up.stderr).toBe(warning);
    const push = await run(['push', up.stdout.trim(), '--service', 'CDN', '-q'], {}, project);
    expect([push.code, push.stdout, push.stderr]).toEqual([0, '', warning]);
    const list = await run(['list', '-q'], ZH, project);
    expect(list.stderr).toBe(`警告：已忽略配置文件 ${rc}：其他用户可以修改它（权限 666）；如果这是你的文件，请执行：\`chmod go-w ${rc}\`\n`);
  });
});

describe('diagnostics start the same way everywhere (English: lower case, no final full stop)', () => {
  it('errors, warnings, hints, finding messages and fixes, push findings', async () => {
    const runs = await Promise.all([
      run(['show', 'scs1700000000999']),
      run(['upload', '--cert', t.b.fullchain, '--key', other.key, '--name', 'xy', '--no-validate']),
      run(['upload', t.b.dir, '--push', 'ELB:cn-nort-4', '--push', 'CDN:cn-north-4']),
      run(['push', 'scs123', '--service', 'OBS']),
      run(['validate', '--cert', t.b.cert, '--key', other.key]),
      run(['list'], { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined }),
      run(['list', '--timeout', 'x']),
    ]);
    const lines = runs.flatMap((r) => `${r.stdout}${r.stderr}`.split('\n'));
    const diagnostics = lines.filter((l) => /^(scm|warning|hint): |^ {4}fix: |^ {2}(why|note): /.test(l));
    expect(diagnostics.length).toBeGreaterThan(12);
    for (const line of diagnostics) {
      const text = line.replace(/^(scm|warning|hint): |^ {4}fix: |^ {2}(why|note): /, '');
      // A name may start a sentence (SCM, CDN, OpenSSL ...); an ordinary word may not.
      expect(text, line).not.toMatch(/^[A-Z][a-z]+\b(?<!^(SCM|Huawei|OpenSSL))/);
      expect(text, line).not.toMatch(/[^.]\.$/);
    }
  });
});

describeWithTool('script', 'on a terminal', (script) => {
  /** stdin, stdout and stderr on one pseudo-terminal of 60 columns; returns what it showed. */
  const onTty = (args: string[], env: Record<string, string | undefined> = {}, input = '', cols = 60) => {
    const quoted = ['stty', 'cols', String(cols), ';', process.execPath, BIN, ...args].map((a, i) => (i < 4 ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
    return runProgram(script, ['-qec', quoted, '/dev/null'], { env: { PATH: process.env.PATH, HOME: t.dir, TERM: 'xterm-256color', LANG: 'C.UTF-8', NO_COLOR: '1', ...api(), ...env }, input, timeoutMs: 20_000 });
  };
  const shown = (text: string): string[] => text.replace(/\r/g, '').split('\n');

  it('scm list fits a 70-column terminal in Chinese as in English, its rows as wide in both', async () => {
    expect((await run(['upload', t.b.dir, '--name', 'first-example-test-with-a-long-name'])).code).toBe(0);
    expect((await run(['upload', other.dir, '--name', 'other-example-test-with-a-long-name'])).code).toBe(0);
    const widths: number[][] = [];
    for (const env of [{}, ZH]) {
      const r = await onTty(['list'], env, '', 70);
      expect(r.code).toBe(0);
      const rows = shown(r.stdout).filter((l) => /^(ID|scs)/.test(l));
      expect(rows).toHaveLength(3);
      for (const line of rows) expect(displayWidth(line), line).toBeLessThanOrEqual(70);
      widths.push(rows.slice(1).map(displayWidth));
    }
    expect(widths[1]).toEqual(widths[0]);
  });

  it("'-' on a terminal says it reads a PEM from standard input and how to end it; then reads it", async () => {
    const r = await onTty(['validate', '-'], {}, `${t.b.keyPem}\x04`);
    expect(r.code).toBe(1);
    expect(shown(r.stdout)).toContain('reading a PEM (certificate or key) from standard input: paste it, then press Ctrl-D at the start of a line');
    expect(r.stdout).toMatch(/cert-missing {2}SCM\.0031/);
    const zh = await onTty(['validate', '-'], ZH, `${t.b.keyPem}\x04`);
    expect(zh.stdout.replace(/\r?\n/g, '')).toContain('正在从标准输入读取 PEM（证书或私钥）：请粘贴内容，然后在新的一行开头按 Ctrl-D 结束');
    const refused = await onTty(['validate', '-', '--no-input']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).not.toMatch(/paste it/);
  });

  it('API errors and their hints wrap to the terminal like findings, continuation lines under the text', async () => {
    for (const env of [{}, ZH]) {
      const r = await onTty(['show', 'scs1700000000999'], env);
      expect(r.code).toBe(4);
      const lines = shown(r.stdout).filter((l) => l.trim() !== '' && !/^(reading|正在读取)/.test(l));
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
      const [first, ...rest] = lines;
      expect(first).toMatch(/^scm: SCM (rejected reading the certificate|拒绝了读取证书)/);
      const hint = lines.findIndex((l) => /^(hint: |提示：)/.test(l));
      expect(hint).toBeGreaterThan(1);
      // Continuation lines: under the message (5 columns), under a label's text, under the hint's text (6).
      for (const line of rest.slice(0, hint - 1)) expect(line).toMatch(/^ {2}(why: |note: |原因：|说明：)| {5,}\S/);
      for (const line of lines.slice(hint + 1)) expect(line).toMatch(/^ {6}\S/);
      expect(lines.length).toBeGreaterThan(5);
    }
    // Piped, the same error keeps one line per field.
    const piped = await run(['show', 'scs1700000000999']);
    expect(piped.stderr.split('\n').filter((l) => l && !l.startsWith('reading'))).toHaveLength(4);
  });
});

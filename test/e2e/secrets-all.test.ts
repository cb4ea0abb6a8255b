// The contract's promise across every command at once: no private key (its armor or any base64 line of it),
// SK, token, security token or PFX password reaches stdout, stderr, a file written, or the emulator's own
// output; in normal runs, --dry-run, --debug, --json and failures (bad signature, server rejection, network
// failure, a broken config file holding an SK). The per-command files scan their own runs; this one runs
// each command once per mode, with every secret in play, and scans everything together.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, secretMarkers, spawnEmulator, TEST_AK, TEST_SK, TEST_TOKEN, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { runCli, type RunResult } from '../helpers/run-cli.js';

const SECURITY_TOKEN = 'SeCuRiTy-ToKeN-secrets-all-5f4e3d2c1b';
const PFX_PASSWORD = 'pFx-PaSsWoRd-secrets-all-31337';
const WRONG_SK = 'wRoNg-SeCrEt-KeY-secrets-all-0000000000';
const CONFIG_SK = 'CoNfIg-FiLe-SeCrEt-KeY-secrets-all-9999';

let emu: RunningEmulator;
let root: string;
let work: string;
let home: string;
let bundle: Bundle;
let other: Bundle;
let third: Bundle;
let pfx: string;
let before: Map<string, number>;
const runs: Array<{ label: string; r: RunResult }> = [];

/** Every file under `dir` with its modification time. */
function files(dir: string, out = new Map<string, number>()): Map<string, number> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path);
    if (info.isDirectory()) files(path, out);
    else out.set(path, info.mtimeMs);
  }
  return out;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'scm-e2e-secrets-all-'));
  bundle = makeBundle(join(root, 'bundle'));
  other = makeBundle(join(root, 'other'), { cn: 'other.example.test' });
  third = makeBundle(join(root, 'third'), { cn: 'third.example.test' });
  pfx = join(root, 'bundle', 'site.pfx');
  execFileSync('openssl', ['pkcs12', '-export', '-in', bundle.cert, '-inkey', bundle.key, '-certfile', bundle.chain, '-out', pfx, '-passout', `pass:${PFX_PASSWORD}`], { stdio: 'pipe' });
  writeFileSync(join(root, 'pfx-password.txt'), `${PFX_PASSWORD}\n`);
  work = join(root, 'work');
  home = join(root, 'home');
  mkdirSync(work);
  mkdirSync(home);
  // Project config files holding an SK: a good one (read by `scm config` and uploads run there) and a broken one.
  mkdirSync(join(root, 'with-config'));
  writeFileSync(join(root, 'with-config', '.scmrc.json'), JSON.stringify({ ak: TEST_AK, sk: CONFIG_SK }), { mode: 0o600 });
  mkdirSync(join(root, 'bad-config'));
  writeFileSync(join(root, 'bad-config', '.scmrc.json'), `{"ak": "${TEST_AK}", "sk": "${CONFIG_SK}",, }`);
  emu = await spawnEmulator();
  before = files(root);
});
afterAll(async () => {
  await emu?.stop();
  rmSync(root, { recursive: true, force: true });
});

const ENV = () => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: home, SCM_PFX_PASSWORD: PFX_PASSWORD });

async function run(label: string, args: string[], o: { env?: Record<string, string | undefined>; cwd?: string; input?: string; codes: number[] }): Promise<RunResult> {
  const r = await runCli(args, { env: { ...ENV(), ...o.env }, cwd: o.cwd ?? work, ...(o.input !== undefined ? { input: o.input } : {}) });
  runs.push({ label, r });
  expect(o.codes, `${label}: scm ${args.join(' ')}\n${r.stderr}`).toContain(r.code);
  return r;
}

describe('secrets never leave: every command, every mode', () => {
  it('validate: files, PKCS#12 (right and wrong password), --json, --debug', async () => {
    const files = ['--cert', bundle.fullchain, '--key', bundle.key];
    await Promise.all([
      run('validate', ['validate', ...files], { codes: [0] }),
      run('validate --json --debug', ['validate', ...files, '--json', '--debug'], { codes: [0] }),
      run('validate mismatch --debug', ['validate', '--cert', bundle.fullchain, '--key', other.key, '--debug'], { codes: [1] }),
      run('validate --pfx', ['validate', '--pfx', pfx, '--debug'], { codes: [0] }),
      run('validate --pfx-password-file', ['validate', '--pfx', pfx, '--pfx-password-file', join(root, 'pfx-password.txt'), '--json'], { codes: [0] }),
      run('validate --pfx wrong password', ['validate', '--pfx', pfx, '--debug'], { env: { SCM_PFX_PASSWORD: `${PFX_PASSWORD}-wrong` }, codes: [2] }),
      run('validate stdin', ['validate', '-', '--json'], { input: readFileSync(bundle.fullchain, 'utf8') + bundle.keyPem, codes: [0] }),
    ]);
  });

  it('upload: success, --dry-run, PKCS#12, token and security token, all with --debug', async () => {
    await run('upload --debug', ['upload', '--cert', bundle.fullchain, '--key', bundle.key, '--name', 'secrets-1', '--debug'], { codes: [0] });
    await run('upload --dry-run', ['upload', '--cert', bundle.fullchain, '--key', bundle.key, '--name', 'secrets-2', '--dry-run'], { codes: [0] });
    await run('upload --dry-run --json --debug', ['upload', '--cert', bundle.fullchain, '--key', bundle.key, '--name', 'secrets-2', '--dry-run', '--json', '--debug', '--push', 'WAF:cn-north-4'], { codes: [0] });
    await run('upload --pfx --debug', ['upload', '--pfx', pfx, '--name', 'secrets-3', '--allow-duplicate', '--debug', '--json'], { codes: [0] });
    await run('upload token --debug', ['upload', '--cert', other.fullchain, '--key', other.key, '--name', 'secrets-4', '--debug'], { env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined, SCM_AUTH_TOKEN: TEST_TOKEN }, codes: [0] });
    await run('upload security token --dry-run --debug', ['upload', '--cert', other.fullchain, '--key', other.key, '--name', 'secrets-5', '--dry-run', '--debug'], { env: { HUAWEICLOUD_SDK_SECURITY_TOKEN: SECURITY_TOKEN }, codes: [0] });
    await run('upload --from certbot --dry-run --debug', ['upload', '--from', 'certbot', '--dry-run', '--debug'], { env: { RENEWED_LINEAGE: bundle.dir, RENEWED_DOMAINS: 'app.example.test' }, codes: [0] });
  });

  it('upload failures: bad signature, server rejection, network failure, a broken config file holding an SK', async () => {
    const files = ['--cert', bundle.fullchain, '--key', bundle.key, '--name', 'secrets-fail'];
    await run('upload bad signature', ['upload', ...files, '--debug'], { env: { HUAWEICLOUD_SDK_SK: WRONG_SK, HUAWEICLOUD_SDK_SECURITY_TOKEN: SECURITY_TOKEN }, codes: [3] });
    await run('upload bad signature --json', ['upload', ...files, '--json'], { env: { HUAWEICLOUD_SDK_SK: WRONG_SK }, codes: [3] });
    await run('upload bad token', ['upload', ...files, '--debug'], { env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined, SCM_AUTH_TOKEN: `${TEST_TOKEN}x` }, codes: [3] });
    // A certificate SCM does not hold yet (a rejection of one it holds is answered with the id it has).
    await run('upload rejected', ['upload', '--cert', third.fullchain, '--key', other.key, '--name', 'secrets-rej', '--no-validate', '--debug'], { codes: [4] });
    await run('upload network failure', ['upload', ...files, '--endpoint', 'http://127.0.0.1:9', '--retries', '0', '--debug'], { codes: [5] });
    await run('upload bad config', ['upload', ...files, '--debug'], { cwd: join(root, 'bad-config'), env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined }, codes: [2] });
    await run('upload refused offline', ['upload', '--cert', bundle.fullchain, '--key', other.key, '--name', 'secrets-off', '--json', '--debug'], { codes: [1] });
  });

  it('push: success, --dry-run, rejection and bad signature, with --debug', async () => {
    const id = emu ? (await emu.state()).certificates[0]!.id : '';
    await run('push --debug', ['push', id, '--service', 'WAF', '--project', 'cn-north-4', '--debug'], { codes: [0] });
    await run('push --dry-run --json', ['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--project', 'ap-southeast-1', '--dry-run', '--json', '--debug'], { env: { HUAWEICLOUD_SDK_SECURITY_TOKEN: SECURITY_TOKEN }, codes: [0] });
    await run('push unknown id', ['push', 'scs1999999999999', '--service', 'CDN', '--debug'], { env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined, SCM_AUTH_TOKEN: TEST_TOKEN }, codes: [4] });
    await run('push bad signature', ['push', id, '--service', 'WAF', '--project', 'cn-north-4', '--json'], { env: { HUAWEICLOUD_SDK_SK: WRONG_SK }, codes: [3] });
  });

  it('config, explain, completion, help and the emulator', async () => {
    await Promise.all([
      run('config', ['config', '--debug'], { cwd: join(root, 'with-config'), env: { SCM_AUTH_TOKEN: TEST_TOKEN, HUAWEICLOUD_SDK_SECURITY_TOKEN: SECURITY_TOKEN }, codes: [0] }),
      run('config --json', ['config', '--json'], { cwd: join(root, 'with-config'), env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined, SCM_CONFIG: join(root, 'with-config', '.scmrc.json') }, codes: [0] }),
      run('config broken', ['config'], { cwd: join(root, 'bad-config'), codes: [2] }),
      run('config broken --json', ['config', '--json'], { cwd: join(root, 'bad-config'), codes: [2] }),
      run('explain', ['explain', 'SCM.0014', '--debug'], { codes: [0] }),
      run('explain -', ['explain', '-', '--json'], { input: '{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"}', codes: [0] }),
      ...['bash', 'zsh', 'fish'].map((shell) => run(`completion ${shell}`, ['completion', shell], { codes: [0] })),
      run('--help', ['--help'], { codes: [0] }),
      run('help environment', ['help', 'environment'], { codes: [0] }),
      run('upload --help', ['upload', '--help'], { codes: [0] }),
      run('emulator --help', ['emulator', '--help'], { codes: [0] }),
    ]);
    // A second emulator with secrets given on the command line and in the environment, stopped at once.
    const second = await spawnEmulator(['--fault', '{"op":"import","status":503}']);
    const stopped = await second.stop();
    runs.push({ label: 'emulator (second)', r: { code: stopped, signal: null, stdout: second.stdout(), stderr: second.stderr() } });
  });

  it('a secret pasted into the wrong option, in any case, is not quoted back', async () => {
    const id = (await emu.state()).certificates[0]!.id;
    const pasted = await Promise.all([
      run('SK as --region', ['list', '--region', TEST_SK], { env: { SCM_ENDPOINT: undefined }, codes: [2] }),
      run('SK upper-cased as --region --json', ['list', '--region', TEST_SK.toUpperCase(), '--json'], { env: { SCM_ENDPOINT: undefined }, codes: [2] }),
      run('SK lower-cased as --project', ['push', id, '--service', 'WAF', '--project', TEST_SK.toLowerCase(), '--debug'], { codes: [1] }),
      run('token as --project', ['push', id, '--service', 'WAF', '--project', TEST_TOKEN, '--json'], { env: { SCM_AUTH_TOKEN: TEST_TOKEN }, codes: [1] }),
      run('SK as a region, in Chinese', ['list', '--region', TEST_SK, '--lang', 'zh'], { env: { SCM_ENDPOINT: undefined }, codes: [2] }),
      run('PKCS#12 password as --region', ['list', '--region', PFX_PASSWORD, '--json'], { env: { SCM_ENDPOINT: undefined }, codes: [2] }),
      run('config-file SK as --region', ['list', '--region', CONFIG_SK], { cwd: join(root, 'with-config'), env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined, SCM_ENDPOINT: undefined, SCM_CONFIG: join(root, 'with-config', '.scmrc.json') }, codes: [2] }),
    ]);
    // Positive control: the messages still say what was wrong, with the value hidden.
    const [region, upper, lower, token, zh, pfx, fromFile] = pasted.map((r) => r.stdout + r.stderr);
    expect(pfx).toContain("unknown SCM region '[redacted]'");
    for (const text of [region, fromFile]) expect(text).toContain("unknown SCM region '[redacted]'");
    expect(upper).toContain('"message":"unknown SCM region \'[redacted]\'"');
    for (const text of [lower, token]) expect(text).toMatch(/'\[redacted\]' is not a known region|"\[redacted\]"/);
    expect(zh).toContain('未知的 SCM 区域“[redacted]”');
  });

  it('nothing written anywhere, and no output, holds a secret', () => {
    expect(runs.length).toBeGreaterThan(35);
    // Positive controls: the runs really had the secrets in play (a --debug trace shows the signed request).
    expect(runs.some(({ r }) => r.stderr.includes(`Access=${TEST_AK}`))).toBe(true);
    expect(runs.some(({ r }) => /x-security-token|X-Security-Token/.test(r.stderr + r.stdout))).toBe(true);
    expect(runs.some(({ label, r }) => label.startsWith('upload --pfx') && /scs\d{13}/.test(r.stdout))).toBe(true);

    const markers = [...[TEST_SK, TEST_TOKEN, SECURITY_TOKEN, PFX_PASSWORD, WRONG_SK, CONFIG_SK].flatMap((s) => [s, s.toUpperCase(), s.toLowerCase()]), ...[bundle, other, third].flatMap((b) => secretMarkers(b.keyPem, readFileSync(b.fullchain, 'utf8')))];
    const outputs = [...runs.map(({ label, r }) => ({ label, text: `${r.stdout}\n${r.stderr}` })), { label: 'the emulator', text: `${emu.stdout()}\n${emu.stderr()}` }];
    // Files the runs created or changed (the inputs, written before the first run, are excluded).
    for (const [path, mtime] of files(root)) if (before.get(path) !== mtime) outputs.push({ label: `file ${path}`, text: readFileSync(path, 'latin1') });
    for (const { label, text } of outputs) {
      for (const m of markers) expect(text.includes(m), `${label} leaked ${m.slice(0, 10)}...: ${text.slice(Math.max(0, text.indexOf(m) - 300), text.indexOf(m) + 100)}`).toBe(false);
      expect(text, label).not.toMatch(/PRIVATE KEY-----/);
    }
  });
});

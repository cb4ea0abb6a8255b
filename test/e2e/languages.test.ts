// Both languages, end to end: every scenario of languages.scenarios.ts runs through the built binary against
// the emulator twice, under LANG=zh_CN.UTF-8 and in English, from the same seeded account. Under Chinese, no
// line on stdout or stderr may carry English prose (codes, ids, flags, paths, product names, the service's own
// messages and the DNs of the test certificates excepted); in English, no Chinese; the exit status is the same;
// a --json document is the same apart from its message, fix, hint and chain texts.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue/index.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { makeBundle, spawnEmulator, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';
import { englishLines } from '../helpers/english-words.js';
import { fixture } from '../helpers/fixtures.js';
import { BIN, runCli, type RunOptions, type RunResult } from '../helpers/run-cli.js';
import { sServer, type SServer } from '../helpers/s-server.js';
import { FREE, GREETINGS, HELD, HELD_CN, SCENARIOS, SPARE, type Fixture, type Scenario } from './languages.scenarios.js';

let emu: RunningEmulator;
let f: Fixture;
const servers: Server[] = [];
let dualServer: SServer | undefined;

/** A server that greets each connection with `line` (and CRLF), then holds it until the client goes. */
function greeter(line: string): Promise<string> {
  return new Promise((resolve) => {
    const s = createServer((c) => (c.on('error', () => {}), c.write(`${line}\r\n`)));
    servers.push(s);
    s.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(s.address() as { port: number }).port}`));
  });
}

/** Text that is data, not prose: the service's own messages (quoted verbatim) and the test CA's names. */
// The service's own words, which scm quotes as they came ("server said"): the gateway's 401 text among them.
// A server's greeting, quoted by scm check as it came.
const DATA = [...CATALOGUE.flatMap((e) => [e.message.zh, e.message.en]), 'Test Root CA', 'Test Intermediate CA', '推送失败', '部署失败', 'Incorrect IAM authentication information', ...Object.values(GREETINGS),
  'O=scm fixtures, CN=SCM Test Intermediate R2', 'CN=SCM Test Intermediate R2'];
const IDS = COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'scm-e2e-languages-'));
  const held = makeBundle(join(dir, 'held'), { cn: HELD_CN });
  const fresh = makeBundle(join(dir, 'fresh'), { cn: 'fresh.example.test' });
  const mismatch = join(dir, 'mismatch');
  mkdirSync(mismatch);
  // A certificate SCM does not hold, with another's key: `upload --no-validate` reaches the import (and its
  // refusal), as the look before the import finds no copy; one SCM holds would be answered with its id.
  copyFileSync(fresh.fullchain, join(mismatch, 'fullchain.pem'));
  copyFileSync(held.key, join(mismatch, 'privkey.pem'));
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  const typoConfig = join(dir, 'typo.json');
  writeFileSync(typoConfig, '{"regoin": "cn-north-4"}');
  const badConfig = join(dir, 'bad.json');
  writeFileSync(badConfig, '{"lang": "fr"}');
  const openProject = join(dir, 'open');
  mkdirSync(openProject);
  writeFileSync(join(openProject, '.scmrc'), 'region: eu-west-101\n');
  chmodSync(join(openProject, '.scmrc'), 0o666);
  emu = await spawnEmulator();
  const banners = Object.fromEntries(await Promise.all(Object.entries(GREETINGS).map(async ([kind, line]) => [kind, await greeter(line)]))) as Fixture['banners'];
  const c = (name: string): string => fixture(`cases/${name}`);
  dualServer = await sServer(['-cert', c('dual1-rsa.crt'), '-key', c('other-rsa.key'), '-cert_chain', c('rsa-chain.pem'), '-dcert', c('dual2-ec.crt'), '-dkey', c('ec256.key'), '-dcert_chain', c('rsa-chain.pem')]);
  f = { dir, held, fresh, mismatch, empty, out: join(dir, 'out'), url: emu.url, typoConfig, badConfig, openProject, banners, dual: `127.0.0.1:${dualServer.port}`, dualRsa: c('dual1-rsa.crt') };
}, 60_000);

afterAll(async () => {
  await emu?.stop();
  await dualServer?.stop();
  for (const s of servers) s.close();
  if (f) rmSync(f.dir, { recursive: true, force: true });
});

/** The same account before every run: HELD deployed to WAF, SPARE an older copy of it, FREE deployed nowhere. */
async function seedAccount(): Promise<void> {
  await emu.settled();
  await emu.reset();
  const pem = readFileSync(f.held.cert, 'utf8');
  const chain = readFileSync(f.held.chain, 'utf8');
  // Fixed times, so that both languages see the same account (--json must match).
  await emu.seed({
    certificates: [
      { id: SPARE, name: 'zh-spare', pem, chain, private_key: f.held.keyPem, created_at: '2026-01-01T00:00:00Z' },
      { id: HELD, name: 'zh-held', pem, chain, private_key: f.held.keyPem, created_at: '2026-02-01T00:00:00Z' },
      { id: FREE, name: 'zh-free', domain: 'free.example.test', created_at: '2026-02-01T00:00:00Z', not_before: '2026-01-01T00:00:00Z', not_after: '2126-01-01T00:00:00Z', fingerprint: 'ab'.repeat(20) },
    ],
    resources: [{ service: 'WAF', project: 'cn-north-4', certificate_id: HELD, id: 'waf-cert-0001', name: 'zh-waf' }],
  });
  rmSync(f.out, { recursive: true, force: true });
}

async function runIn(s: Scenario, lang: 'zh' | 'en'): Promise<RunResult> {
  await seedAccount();
  if (s.fault !== undefined) await emu.fault(s.fault);
  const extra = typeof s.env === 'function' ? s.env(f) : s.env;
  const env = { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: f.dir, ...extra, LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'C.UTF-8' };
  const options = { env, cwd: s.cwd ? s.cwd(f) : f.dir, ...(s.input ? { input: s.input(f) } : {}) };
  return s.serve ? serveOnce(s.args(f), options) : runCli(s.args(f), options);
}

/** A server scenario: once it says where it listens, one (unsigned) request, then SIGINT; what it printed. */
function serveOnce(args: string[], o: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: o.cwd, env: { PATH: process.env.PATH, NO_COLOR: '1', ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let asked = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const url = /listening on (\S+)/.exec(stdout)?.[1];
      if (url === undefined || asked) return;
      asked = true;
      void fetch(`${url}/v3/scm/certificates`).then((r) => r.text()).finally(() => child.kill('SIGINT'));
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** What a person reads in an output: itself, or in JSON (a document, or JSON lines) the message, fix and hint texts. */
function proseOf(text: string): string {
  const texts = (value: unknown, key = ''): string[] => {
    if (Array.isArray(value)) return value.flatMap((v) => texts(v, key));
    if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => texts(v, k));
    return typeof value === 'string' && ['message', 'fix', 'hint'].includes(key) ? [value] : [];
  };
  const parse = (t: string): unknown => { try { return JSON.parse(t); } catch { return undefined; } };
  const whole = text.trim().startsWith('{') ? parse(text) : undefined;
  if (whole !== undefined) return texts(whole).join('\n');
  return text.split('\n').map((line) => {
    const doc = line.startsWith('{') ? parse(line) : undefined;
    return doc === undefined ? line : texts(doc).join('\n');
  }).join('\n');
}

/** Differs from run to run whatever the language: the ids SCM gives each request. */
const VOLATILE = ['requestId', 'request_id', 'request_ids'];

/** A --json document with its human texts (and `volatile` values) blanked: what must not change with the language. */
function shape(value: unknown, volatile: readonly string[], key = ''): unknown {
  if ([...VOLATILE, ...volatile].includes(key)) return '(varies)';
  if (Array.isArray(value)) return value.map((v) => shape(v, volatile, key));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, volatile, k)]));
  // `chain`: validate's certificate.chain lines, prose like the others ("CN=… (leaf, RSA 2048)").
  return typeof value === 'string' && ['message', 'fix', 'hint', 'chain'].includes(key) ? '(text)' : value;
}

describe('every scenario in Chinese and in English', () => {
  it('has scenarios for every command', () => {
    const covered = new Set(SCENARIOS.map((s) => s.args(f)[0]));
    // completion prints a shell script; its usage errors are in chinese.test.ts.
    const missing = COMMANDS.filter((c) => ![c.name, ...(c.aliases ?? [])].some((n) => covered.has(n)) && c.name !== 'completion').map((c) => c.name);
    expect(missing).toEqual([]);
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const zh = await runIn(s, 'zh');
    const en = await runIn(s, 'en');
    const shown = (r: RunResult): string => `exit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
    expect(zh.code, shown(zh)).toBe(s.code);
    expect(en.code, shown(en)).toBe(s.code);

    // The scratch folder's random name is not prose: it reads as a path of its own.
    const english = (text: string): string[] => englishLines(proseOf(text).split(f.dir).join('/tmp/scratch'), { ids: IDS, data: DATA });
    expect(english(zh.stderr), shown(zh)).toEqual([]);
    if (!s.codeOnStdout) expect(english(zh.stdout), shown(zh)).toEqual([]);
    if (!s.args(f).includes('--json')) expect(`${zh.stdout}${zh.stderr}`, shown(zh)).toMatch(CJK);
    // Two brackets never stand side by side in Chinese, also where a text made at run time ends with its own.
    expect(`${zh.stdout}${zh.stderr}`.split('\n').filter((line) => line.includes('）（')), shown(zh)).toEqual([]);

    let enText = `${en.stdout}${en.stderr}`;
    for (const d of DATA) enText = enText.split(d).join(' ');
    expect(enText.split('\n').filter((line) => CJK.test(line)), shown(en)).toEqual([]);

    if (s.args(f).includes('--json')) expect(shape(JSON.parse(zh.stdout), s.volatile ?? [])).toEqual(shape(JSON.parse(en.stdout), s.volatile ?? []));
  });
});

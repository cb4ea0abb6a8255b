// A member of SCM's answer that came as an object or a list where SCM sends a string was put into text as
// "[object Object]" (a batch-push result's message; an unreadable time in `scm show`, a list "1,2"): it is
// said as the compact JSON it is, scrubbed and cut like any server text.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('answer-objects', { cn: 'shop.example.com' });
const { run } = cliRecorder(() => t.env());
let id: string;

beforeEach(async () => {
  [id] = (await t.emu.seed({ certificates: [{ name: 'shop', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem }] })).certificates as [string];
});

describe('answer members that are objects where SCM sends strings', () => {
  it('a batch-push message that is an object: its JSON, in text and --json, en and zh', async () => {
    const answer = { status: 200, body: { results: ['cn-north-4', 'cn-east-3'].map((p) => ({ project_name: p, cert_id: 'x', message: { code: 'SCM.0001', words: ['no'] } })) } };
    for (const lang of ['en', 'zh']) {
      await t.emu.fault({ op: 'batch-push', answer });
      const r = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--project', 'cn-east-3', '--lang', lang]);
      expect(r.stdout + r.stderr).not.toContain('[object Object]');
      expect(r.stdout).toContain('{"code":"SCM.0001","words":["no"]}');
    }
    await t.emu.fault({ op: 'batch-push', answer });
    const j = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--project', 'cn-east-3', '--json']);
    expect(j.stdout).not.toContain('[object Object]');
    expect(j.stdout).toContain('{\\"code\\":\\"SCM.0001\\"');
  });

  it('a project name or copy id that is an object names nothing: no "[object Object]" copy', async () => {
    const answer = { status: 200, body: { results: [{ project_name: 'cn-north-4', cert_id: { id: 1 }, message: 'success' }] } };
    await t.emu.fault({ op: 'batch-push', answer });
    const j = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--project', 'cn-east-3', '--json']);
    expect(j.stdout + j.stderr).not.toContain('[object Object]');
  });
});

describe('scm show: a time or names SCM sent as an object or a list', () => {
  const ID = 'scs1700000000042';
  const body = { id: ID, name: 'shop', status: 'UPLOAD', not_after: { t: 1 }, issue_time: [1, 2], sans: { names: 'a.test' } };
  it('said as the JSON they are, en and zh; --json keeps them whole', async () => {
    for (const lang of ['en', 'zh']) {
      await t.emu.fault({ op: 'show', answer: { status: 200, body } });
      const r = await run(['show', ID, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('[object Object]');
      expect(r.stdout).toMatch(/ {2,}\{"t":1\}$/m);
      expect(r.stdout).toMatch(/ {2,}\[1,2\]$/m);
      expect(r.stdout).toMatch(/ {2,}\{"names":"a\.test"\}$/m);
    }
  });
});

describe('scm check: an SCM id that fails for credentials ends as other commands do', () => {
  const ID = 'scs1700000000042';
  it('no credentials: CredentialsError with its hint (--json), the hint in text, en and zh; exit 3', async () => {
    const none = { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined };
    const j = await run(['check', ID, '--json'], { env: none });
    expect(j.code).toBe(3);
    const err = (JSON.parse(j.stderr) as { error: Record<string, unknown> }).error;
    expect([err.type, err.exitCode, typeof err.hint]).toEqual(['CredentialsError', 3, 'string']);
    expect(JSON.parse(j.stdout).targets[0].problems[0].id).toBe('scm-error');
    const show = await run(['show', ID, '--json'], { env: none });
    expect(JSON.parse(j.stderr)).toEqual(JSON.parse(show.stderr));
    for (const lang of ['en', 'zh']) {
      const r = await run(['check', ID, '--lang', lang], { env: none });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(lang === 'en' ? /^hint: /m : /^提示：/m);
    }
  });

  it('refused credentials: the API error, its code and hint, as scm show ends', async () => {
    const j = await run(['check', ID, '--json'], { env: { HUAWEICLOUD_SDK_SK: 'not-the-right-secret-key-0000000000' } });
    expect(j.code).toBe(3);
    const err = (JSON.parse(j.stderr) as { error: Record<string, unknown> }).error;
    expect([err.type, err.code, typeof err.hint]).toEqual(['ScmApiError', 'APIGW.0301', 'string']);
  });
});

describe('an error body whose words are an object', () => {
  it('said as their JSON beside the code (text and --json), not dropped', async () => {
    const answer = { status: 400, body: { error_code: 'SCM.0001', error_msg: { detail: ['bad'] } } };
    await t.emu.fault({ op: 'show', answer });
    const r = await run(['show', 'scs1700000000042']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('SCM.0001 {"detail":["bad"]}');
    await t.emu.fault({ op: 'show', answer });
    const j = await run(['show', 'scs1700000000042', '--json']);
    expect((JSON.parse(j.stderr) as { error: { error_msg: unknown } }).error.error_msg).toBe('{"detail":["bad"]}');
  });
});

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

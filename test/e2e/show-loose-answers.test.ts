// `scm list` and `scm show` against answers the docs allow but the emulator does not send by default: a
// fingerprint that is a SHA-256 (SCM does not name the digest; show labelled every one "SHA-1"), and times given
// as a bare date (`"expire_time": "2027-03-01"`, shown as "-" before; now the start of that day in UTC+8).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('show-loose', { cn: 'loose.example.test' });
const { run } = cliRecorder(() => t.env());
const hex = async (algo: 'fingerprint' | 'fingerprint256'): Promise<string> => new (await import('node:crypto')).X509Certificate(readFileSync(t.b.cert))[algo].replace(/:/g, '').toLowerCase();
const seedOne = async (): Promise<string> => (await t.emu.seed({ certificates: [{ name: 'loose', pem: readFileSync(t.b.cert, 'utf8'), private_key: t.b.keyPem }] })).certificates[0]!;

describe('scm show: the fingerprint labelled by its length', () => {
  it('64 hex digits: SHA-256, in English and Chinese', async () => {
    const id = await seedOne();
    await t.emu.options({ show_fingerprint: 'sha256' });
    const en = await run(['show', id]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(new RegExp(`\\nfingerprint \\(SHA-256\\) +${await hex('fingerprint256')}\\n`));
    expect(en.stdout).not.toContain('SHA-1');
    const zh = await run(['show', id, '--lang', 'zh']);
    expect(zh.stdout).toMatch(new RegExp(`\\n指纹（SHA-256） +${await hex('fingerprint256')}\\n`));
  });

  it('40 hex digits (colons too): SHA-1; anything else: no digest named', async () => {
    const id = await seedOne();
    const sha1 = await hex('fingerprint');
    expect((await run(['show', id])).stdout).toMatch(new RegExp(`\\nfingerprint \\(SHA-1\\) +${sha1}\\n`));
    const colons = sha1.toUpperCase().match(/../g)!.join(':');
    await t.emu.fault({ op: 'show', answer: { status: 200, body: { id, name: 'loose', domain: 'loose.example.test', fingerprint: colons } } });
    expect((await run(['show', id, '--lang', 'zh'])).stdout).toMatch(/\n指纹（SHA-1） +[0-9A-F:]{59}\n/);
    await t.emu.fault({ op: 'show', answer: { status: 200, body: { id, name: 'loose', domain: 'loose.example.test', fingerprint: colons.replace(/:/g, '-') } } });
    expect((await run(['show', id])).stdout).toMatch(/\nfingerprint \(SHA-1\) +[0-9A-F-]{59}\n/);
    await t.emu.fault({ op: 'show', answer: { status: 200, body: { id, name: 'loose', domain: 'loose.example.test', fingerprint: 'abc123' } } });
    expect((await run(['show', id])).stdout).toMatch(/\nfingerprint +abc123\n/);
  });
});

describe('times given as a bare date', () => {
  const id = 'scs1700000000001';
  const entry = { id, name: 'dated', domain: 'loose.example.test', sans: 'loose.example.test', status: 'UPLOAD', expire_time: '2099-03-01' };

  it('list: the expiry read as 2099-03-01 00:00 UTC+8, not "-" (text and --json)', async () => {
    await t.emu.fault({ op: 'list', answer: { status: 200, body: { certificates: [entry], total_count: 1 } } });
    const r = await run(['list']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2099-03-01 00:00');
    await t.emu.fault({ op: 'list', answer: { status: 200, body: { certificates: [entry], total_count: 1 } } });
    const j = JSON.parse((await run(['list', '--json'])).stdout) as { certificates: Array<{ notAfter: string | null }> };
    expect(j.certificates[0]!.notAfter).toBe('2099-03-01T00:00:00+08:00');
  });

  it('show: valid until and issued read from bare dates, in both languages', async () => {
    const body = { ...entry, not_after: '2099-03-01', issue_time: '2026-03-01' };
    await t.emu.fault({ op: 'show', answer: { status: 200, body }, times: 2 });
    const r = await run(['show', id]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\nvalid until +2099-03-01 00:00 \(UTC\+8\), \d+ days left\n/);
    expect(r.stdout).toMatch(/\nissued +2026-03-01 00:00 \(UTC\+8\)\n/);
    expect((await run(['show', id, '--lang', 'zh'])).stdout).toMatch(/\n失效时间 +2099-03-01 00:00（UTC\+8），剩余 \d+ 天\n/);
  });
});

describe('show: an answer with expire_time and no not_after', () => {
  it('the expiry is shown as "valid until" (it was left out: expire_time is hidden as the list\'s copy of not_after)', async () => {
    const id = 'scs1700000000001';
    const body = { id, name: 'dated', domain: 'loose.example.test', status: 'UPLOAD', expire_time: '2099-05-01 08:00:00.0' };
    await t.emu.fault({ op: 'show', answer: { status: 200, body }, times: 2 });
    const r = await run(['show', id]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\nvalid until +2099-05-01 08:00 \(UTC\+8\), \d+ days left\n/);
    expect(r.stdout).not.toMatch(/expire_time/);
    expect((await run(['show', id, '--lang', 'zh'])).stdout).toMatch(/\n失效时间 +2099-05-01 08:00（UTC\+8），剩余 \d+ 天\n/);
  });
});

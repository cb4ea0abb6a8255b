// `scm export` when SCM's answer puts the chain in `certificate` (leaf first, as an import may be given) or
// gives only `entire_certificate` (or the leaf alone in `certificate`, the chain only in `entire_certificate`),
// with `certificate_chain` empty: cert.pem is the leaf alone, chain.pem the
// rest, fullchain.pem both, and nothing says "SCM holds no chain" of a certificate whose chain it sent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('export-chain', { cn: 'chain.example.test' });
const { run } = cliRecorder(() => t.env());
const blocks = (text: string): number => (text.match(/-----BEGIN CERTIFICATE-----/g) ?? []).length;

describe('export: the chain where SCM put it', () => {
  it.each([
    ['certificate holds leaf + chain', (leaf: string, chain: string, key: string) => ({ certificate: leaf + chain, certificate_chain: '', private_key: key })],
    ['only entire_certificate', (leaf: string, chain: string, key: string) => ({ entire_certificate: leaf + chain, private_key: key })],
    ['certificate the leaf, the chain only in entire_certificate', (leaf: string, chain: string, key: string) => ({ certificate: leaf, certificate_chain: '', entire_certificate: leaf + chain, private_key: key })],
  ])('%s: cert.pem the leaf, chain.pem the chain, fullchain.pem both', async (label, body) => {
    const leaf = readFileSync(t.b.cert, 'utf8');
    const chain = readFileSync(t.b.chain, 'utf8');
    const [id] = (await t.emu.seed({ certificates: [{ name: 'chained', pem: leaf, chain, private_key: t.b.keyPem }] })).certificates;
    await t.emu.fault({ op: 'export', answer: { status: 200, body: body(leaf, chain, t.b.keyPem) } });
    const out = join(t.dir, label.replace(/\W+/g, '-'));
    const r = await run(['export', id!, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/no chain/);
    expect(blocks(readFileSync(join(out, 'cert.pem'), 'utf8'))).toBe(1);
    expect(readFileSync(join(out, 'cert.pem'), 'utf8').trim()).toBe(leaf.trim());
    expect(readFileSync(join(out, 'chain.pem'), 'utf8').trim()).toBe(chain.trim());
    expect(blocks(readFileSync(join(out, 'fullchain.pem'), 'utf8'))).toBe(1 + blocks(chain));
  });
});

describe('export: PEM whose line breaks came as the two characters \\n', () => {
  it('is repaired (each file the PEM with its line breaks, exit 0), said on stderr (en and zh), never refused', async () => {
    const leaf = readFileSync(t.b.cert, 'utf8');
    const chain = readFileSync(t.b.chain, 'utf8');
    const [id] = (await t.emu.seed({ certificates: [{ name: 'escaped', pem: leaf, chain, private_key: t.b.keyPem }] })).certificates;
    const escaped = (s: string): string => s.trim().replace(/\n/g, '\\n');
    const answer = { certificate: escaped(leaf), certificate_chain: escaped(chain), entire_certificate: escaped(leaf + chain), private_key: escaped(t.b.keyPem) };
    for (const lang of ['en', 'zh']) {
      await t.emu.fault({ op: 'export', answer: { status: 200, body: answer } });
      const out = join(t.dir, `escaped-${lang}`);
      const r = await run(['export', id!, '--out', out, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(out, 'cert.pem'), 'utf8')).toBe(`${leaf.trim()}\n`);
      expect(readFileSync(join(out, 'chain.pem'), 'utf8')).toBe(`${chain.trim()}\n`);
      expect(readFileSync(join(out, 'privkey.pem'), 'utf8')).toBe(`${t.b.keyPem.trim()}\n`);
      expect(readFileSync(join(out, 'fullchain.pem'), 'utf8')).not.toContain('\\n');
      expect(r.stderr).toContain(lang === 'en' ? 'line breaks written as \\n' : '换行被写成了字面的 \\n');
      expect(r.stderr).not.toContain('PRIVATE KEY');
    }
  });

  it('with its slashes escaped too (\\/, as PHP\'s json_encode writes them): repaired, not refused; validate reads such a file too', async () => {
    const leaf = readFileSync(t.b.cert, 'utf8');
    const chain = readFileSync(t.b.chain, 'utf8');
    const [id] = (await t.emu.seed({ certificates: [{ name: 'slashes', pem: leaf, chain, private_key: t.b.keyPem }] })).certificates;
    const escaped = (s: string): string => s.trim().replace(/\//g, '\\/').replace(/\n/g, '\\n');
    expect(escaped(leaf + chain + t.b.keyPem)).toContain('\\/');
    await t.emu.fault({ op: 'export', answer: { status: 200, body: { certificate: escaped(leaf), certificate_chain: escaped(chain), entire_certificate: escaped(leaf + chain), private_key: escaped(t.b.keyPem) } } });
    const out = join(t.dir, 'escaped-slashes');
    const r = await run(['export', id!, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'cert.pem'), 'utf8')).toBe(`${leaf.trim()}\n`);
    expect(readFileSync(join(out, 'chain.pem'), 'utf8')).toBe(`${chain.trim()}\n`);
    expect(readFileSync(join(out, 'fullchain.pem'), 'utf8')).toBe(`${leaf.trim()}\n${chain.trim()}\n`);
    expect(readFileSync(join(out, 'privkey.pem'), 'utf8')).toBe(`${t.b.keyPem.trim()}\n`);
    writeFileSync(join(t.dir, 'slashed-full.pem'), escaped(leaf + chain));
    writeFileSync(join(t.dir, 'slashed-key.pem'), escaped(t.b.keyPem));
    const v = await run(['validate', '--cert', join(t.dir, 'slashed-full.pem'), '--key', join(t.dir, 'slashed-key.pem'), '--json']);
    const doc = JSON.parse(v.stdout) as { valid: boolean; findings: Array<{ rule: string }> };
    expect([v.code, doc.valid, doc.findings.map((f) => f.rule)]).toEqual([0, true, ['input-repaired', 'input-repaired']]);
  });
});

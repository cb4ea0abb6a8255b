// Text from outside scm never reaches the terminal raw, through the built binary: a SAN with an ESC sequence,
// a file name with ESC and a newline (validate), a certificate name with ESC and a bidi override served by the
// emulator (list, show). Each is shown as a visible escape (\1B, \0A, \u202E); --json keeps the real value.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeChain } from '../../scripts/make-chain.mjs';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';

/** Any character a terminal would act on rather than print (the rule of src/core/visible.ts). */
const RAW = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const ESC = '\x1b';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-safe-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scm validate', () => {
  it('a SAN with an ESC sequence: shown as \\1B in the summary and the findings, real in --json', async () => {
    const made = makeChain(join(dir, 'san'), { cn: `esc.example.test${ESC}[31m` });
    for (const lang of ['en', 'zh']) {
      const r = await runCli(['validate', '--cert', made.fullchain, '--key', made.key, '--lang', lang]);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toMatch(RAW);
      expect(r.stdout).toContain('esc.example.test\\1B[31m');
    }
    // Colour on: scm's own colour codes stay, the certificate's ESC does not.
    const coloured = await runCli(['validate', '--cert', made.fullchain, '--key', made.key], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain(`${ESC}[31m`);
    expect(coloured.stdout).not.toContain(`esc.example.test${ESC}`);
    expect(coloured.stdout).toContain('esc.example.test\\1B[31m');
    const j = await runCli(['validate', '--cert', made.fullchain, '--key', made.key, '--json']);
    expect(JSON.parse(j.stdout).certificate.names).toContain(`esc.example.test${ESC}[31m`);
  });

  it('a file name with ESC and a newline: shown as \\1B and \\0A in the message that names it', async () => {
    const made = makeChain(join(dir, 'name-src'), { cn: 'name.example.test' });
    const folder = join(dir, 'name');
    mkdirSync(folder);
    copyFileSync(made.cert, join(folder, `le${ESC}[2Jaf\nFAKE.pem`));
    copyFileSync(made.key, join(folder, 'k.key'));
    const r = await runCli(['validate', folder]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('chain-too-short');
    expect(r.stdout + r.stderr).not.toMatch(RAW);
    expect(r.stdout).toContain('le\\1B[2Jaf\\0AFAKE.pem');
  });
});

describe('names SCM sends', () => {
  const t = withEmulator('safe-names', { bundle: false });
  const { run } = cliRecorder(() => t.env());

  it('scm list and scm show: a name with ESC and U+202E is shown escaped; Chinese names as they are; --json keeps it', async () => {
    const evil = `shop${ESC}[2J${ESC}]0;owned${ESC}\\\u202egnp.exe`;
    const [id] = (await t.emu.seed({ certificates: [{ name: evil, domain: 'shop.example.test' }, { name: '商城证书', domain: 'mall.example.test' }] })).certificates;
    const list = await run(['list']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout + list.stderr).not.toMatch(RAW);
    expect(list.stdout).toContain('shop\\1B[2J\\1B]0;owned\\1B\\\\u202Egnp.exe');
    expect(list.stdout).toContain('商城证书');
    const show = await run(['show', id!]);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout + show.stderr).not.toMatch(RAW);
    expect(show.stdout).toContain('shop\\1B[2J');
    const j = await run(['list', '--json']);
    expect(JSON.parse(j.stdout).certificates.map((c: { name: string }) => c.name)).toContain(evil);
  });
});

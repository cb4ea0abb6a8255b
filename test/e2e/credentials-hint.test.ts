// The "no credentials" hint (exit 3) fits the command that prints it: --dry-run is suggested only by upload, push
// and deploy, whose dry run needs no credentials; list, show, export, notify have no --dry-run, and delete, prune
// and rotate read SCM even in a dry run. Every flag the hint names exists on that command (its --help).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, fixturesReady } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const ID = 'scs1700000000001';
const home = mkdtempSync(join(tmpdir(), 'scm-nocreds-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
// No credentials anywhere (a fresh HOME: no config file), an endpoint nothing listens on.
const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), SCM_ENDPOINT: 'http://127.0.0.1:9' };

const COMMANDS: [string[], boolean][] = [
  [['list'], false],
  [['show', ID], false],
  [['export', ID, '--out', join(home, 'out')], false],
  [['notify', 'off', ID], false],
  [['delete', ID], false],
  [['delete', ID, '--dry-run'], false],
  [['prune', '--domain', 'www.example.com'], false],
  [['rotate', '--to', ID, 'scs1700000000002'], false],
  [['push', ID, '--service', 'CDN'], true],
  [['deploy', ID, '--service', 'CDN', '--resource', 'rsa.example.com'], true],
  ...(fixturesReady() ? [[['upload', fixture('bundles/rsa-ok')], true] as [string[], boolean]] : []),
];

describe('the no-credentials hint fits the command', () => {
  it.each(COMMANDS)('scm %j: --dry-run suggested: %s', async (args, dryRun) => {
    const help = await runCli([args[0]!, '--help'], { env });
    const own = new Set([...help.stdout.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!));
    for (const lang of ['en', 'zh']) {
      const r = await runCli([...args, '--lang', lang], { env });
      expect([lang, r.code]).toEqual([lang, 3]);
      const hint = r.stderr.split('\n').find((l) => l.startsWith(lang === 'en' ? 'hint: ' : '提示：')) ?? '';
      expect(hint).toContain('HW_ACCESS_KEY/HW_SECRET_KEY');
      expect([lang, hint.includes('--dry-run')]).toEqual([lang, dryRun]);
      const flags = [...hint.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]);
      expect([lang, flags.filter((f) => !own.has(f))]).toEqual([lang, []]);
    }
  });
});

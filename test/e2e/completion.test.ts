// Shell completion end to end: the checked-in scripts equal `scm completion <shell>`, and real bash, zsh and
// fish, with a script sourced, offer what the command specs declare.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETION_FILES, COMPLETION_SHELLS, complete, syntaxCheck, type CompleteOptions } from '../helpers/completion-shells.js';
import * as X from '../helpers/completion-expect.js';
import { runCli } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';

describe('scm completion', () => {
  it.each(COMPLETION_SHELLS)('the checked-in %s script is exactly what `scm completion` prints (else run npm run build)', async (shell) => {
    const r = await runCli(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(COMPLETION_FILES[shell], 'utf8')).toBe(r.stdout);
  });

  it('rejects an unknown shell with a usage error (exit 2)', async () => {
    const r = await runCli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown shell 'tcsh'/);
    expect(r.stderr).toMatch(/bash, zsh, fish/);
  });

  it('requires the shell argument (exit 2)', async () => {
    expect((await runCli(['completion'])).code).toBe(2);
  });
});

// Scratch directories: HOME for the shells, a working directory with files to complete, and decoy `scm` and
// `node` programs first on PATH that leave a mark if a script calls back into node at <Tab> time.
const box = { home: '', work: '', decoys: '' };
beforeAll(() => {
  box.home = mkdtempSync(join(tmpdir(), 'scm-completion-'));
  box.work = join(box.home, 'work');
  box.decoys = join(box.home, 'decoys');
  for (const dir of [box.work, box.decoys, join(box.work, 'live/example.com'), join(box.work, 'archive')]) mkdirSync(dir, { recursive: true });
  for (const file of ['fullchain.pem', 'privkey.pem', 'chain.pem', 'notes.txt']) writeFileSync(join(box.work, file), '');
  for (const program of ['scm', 'node']) {
    writeFileSync(join(box.decoys, program), `#!/bin/sh\necho "$0 $*" >> '${box.home}/called'\nexit 1\n`);
    chmodSync(join(box.decoys, program), 0o755);
  }
});
afterAll(() => rmSync(box.home, { recursive: true, force: true }));

for (const shell of COMPLETION_SHELLS) {
  describeWithTool(shell, `${shell} completion`, () => {
    const opts = (): CompleteOptions => ({ cwd: box.work, home: box.home, pathPrefix: box.decoys });
    const c = async (line: string): Promise<string[]> => X.norm(await complete(shell, line, opts()));
    /** Values of an option, whichever of `--opt value` or `--opt=value` is asked (fish repeats the flag). */
    const values = async (line: string, flag: string): Promise<string[]> => (await c(line)).map((w) => w.replace(`${flag}=`, ''));

    it('the script parses', async () => {
      await syntaxCheck(shell, opts());
    });

    it('completes subcommands: scm va → validate', async () => {
      expect(await c('scm va')).toEqual(['validate']);
      expect(await c('scm expl')).toEqual(['explain', 'explain-error']);
    });

    it('offers every command, the alias explain and help', async () => {
      expect(await c('scm ')).toEqual(X.norm(X.COMMAND_WORDS));
    });

    it('offers the global flags before a command, --version included', async () => {
      expect(await c('scm --')).toEqual(X.norm(X.ROOT_LONG_FLAGS));
      expect(await c('scm --no-')).toEqual(['--no-color', '--no-input']);
    });

    it('completes help topics and command names after help', async () => {
      expect(await c('scm help ')).toEqual(X.norm(X.HELP_WORDS));
      expect(await c('scm help ex')).toEqual(['exit-codes', 'explain', 'explain-error', 'export']);
    });

    it('completes the flags of validate: --c → --cert, --chain (contract), and the global --config', async () => {
      expect(await c('scm validate --c')).toEqual(['--cert', '--chain', '--config']);
    });

    it.each(X.COMMANDS.map((s) => [s.name, s] as const))('offers every flag of %s and the global flags', async (_, spec) => {
      expect(await c(`scm ${spec.name} --`)).toEqual(X.norm(X.longFlagsOf(spec)));
      for (const alias of spec.aliases ?? []) expect(await c(`scm ${alias} --`)).toEqual(X.norm(X.longFlagsOf(spec)));
    });

    it('completes --service of push with CDN WAF ELB (contract)', async () => {
      expect(await c('scm push scs1700000000000 --service ')).toEqual(['CDN', 'ELB', 'WAF']);
    });

    it('completes --lang of explain with en zh, also as --lang=', async () => {
      expect(await c('scm explain --lang ')).toEqual(['en', 'zh']);
      expect(await values('scm explain --lang=', '--lang')).toEqual(['en', 'zh']);
      expect(await c('scm explain SCM.0014 --lang z')).toEqual(['zh']);
    });

    it.each(X.optionCases((o) => (o.choices?.length ?? 0) > 0).map((k) => [`${k.command} ${k.flag}`, k] as const))('offers the choices of %s', async (_, k) => {
      expect(await c(`scm ${k.command} ${k.flag} `)).toEqual(X.norm([...k.option.choices!]));
    });

    it.each(X.optionCases((o) => o.complete === 'service' && !o.choices).map((k) => [`${k.command} ${k.flag}`, k] as const))('offers CDN WAF ELB for %s', async (_, k) => {
      expect(await c(`scm ${k.command} ${k.flag} `)).toEqual(['CDN', 'ELB', 'WAF']);
    });

    const regionCases = X.optionCases((o) => o.complete === 'region' && !o.choices);
    it.skipIf(regionCases.length === 0).each(regionCases.map((k) => [`${k.command} ${k.flag}`, k] as const))('offers region ids for %s', async (_, k) => {
      expect(await c(`scm ${k.command} ${k.flag} `)).toEqual(X.norm([...X.KNOWN_REGIONS]));
      expect(await c(`scm ${k.command} ${k.flag} cn-north-`)).toEqual(X.norm(X.KNOWN_REGIONS.filter((r) => r.startsWith('cn-north-'))));
    });

    const siteCases = X.optionCases((o) => o.complete === 'site');
    it.each(siteCases.map((k) => [`${k.command} ${k.flag}`, k] as const))('offers the 4 SCM sites, and only them, for %s', async (_, k) => {
      expect(await c(`scm ${k.command} ${k.flag} `)).toEqual(X.norm(X.SITES));
      expect(await c(`scm ${k.command} ${k.flag} cn-`)).toEqual(['cn-north-4']);
    });

    it('--region offers the sites (list, push), --project the push regions', async () => {
      expect(siteCases.length).toBeGreaterThan(5);
      expect(X.SITES).toHaveLength(4);
      expect(await c('scm list --region ')).toEqual(X.norm(['cn-north-4', 'ap-southeast-1', 'my-kualalumpur-1', 'eu-west-101']));
      expect(await c('scm push scs1700000000000 --region ')).toEqual(X.norm(X.SITES));
      expect(await c('scm push scs1700000000000 --project ')).toEqual(X.norm([...X.KNOWN_REGIONS]));
    });

    it('scm notify offers on and off first, then nothing for the ids', async () => {
      expect(await c('scm notify ')).toEqual(['off', 'on']);
      expect(await c('scm notify o')).toEqual(['off', 'on']);
      expect((await c('scm notify off ')).filter((w) => !w.startsWith('-'))).toEqual([]);
    });

    it('explain --status offers the HTTP statuses of the catalogue, for the alias too', async () => {
      expect(await c('scm explain --status ')).toEqual(X.norm(X.STATUSES));
      expect(await c('scm explain-error --status 40')).toEqual(X.norm(X.STATUSES.filter((s) => s.startsWith('40'))));
      expect(X.STATUSES).toEqual(expect.arrayContaining(['400', '401', '403', '404', '429', '500']));
      // The gateway's 504 (APIGW.0201, Backend timeout.) is one of them, as `scm explain --status 504` lists it.
      expect(await c('scm explain --status 50')).toEqual(expect.arrayContaining(['502', '504']));
    });

    const repeatable = X.optionCases((o) => o.repeatable === true && X.takesValue(o));
    it.skipIf(repeatable.length === 0).each(repeatable.map((k) => [`${k.command} ${k.flag}`, k] as const))('keeps offering %s after use (repeatable)', async (_, k) => {
      expect(await c(`scm ${k.command} ${k.flag} x ${k.flag.slice(0, 4)}`)).toContain(k.flag);
    });

    it('does not offer a flag that may be given once again', async () => {
      const flags = await c('scm validate --cert fullchain.pem --');
      expect(flags).not.toContain('--cert');
      expect(flags).toContain('--key');
      expect(await c('scm explain --json --')).not.toContain('--json');
    });

    it('completes error codes for explain: SCM.001 → SCM.0012 … SCM.0015', async () => {
      const got = await c('scm explain SCM.001');
      expect(got).toEqual(expect.arrayContaining(['SCM.0012', 'SCM.0013', 'SCM.0014', 'SCM.0015']));
      expect(got).toEqual(X.norm(X.EXPLAINABLE.filter((code) => code.startsWith('SCM.001'))));
      expect(await c('scm explain-error APIGW.03')).toEqual(X.norm(X.EXPLAINABLE.filter((code) => code.startsWith('APIGW.03'))));
    });

    it('completes every catalogue code and validate rule id for explain', async () => {
      expect(await c('scm explain ')).toEqual(X.norm(X.EXPLAINABLE));
      for (const id of X.RULE_IDS.slice(0, 3)) expect(await c(`scm explain SCM.0014 ${id.slice(0, -1)}`)).toContain(id);
    });

    it.each(X.optionCases((o) => o.complete === 'file').map((k) => [`${k.command} ${k.flag}`, k] as const))('completes file names for %s', async (_, k) => {
      expect(await c(`scm ${k.command} ${k.flag} full`)).toEqual(['fullchain.pem']);
      expect(await c(`scm ${k.command} ${k.flag} `)).toEqual(X.norm(['archive', 'chain.pem', 'fullchain.pem', 'live', 'notes.txt', 'privkey.pem']));
    });

    it('completes files and folders for the bundles of validate (`scm validate fullchain.pem privkey.pem` is one bundle)', async () => {
      expect(await c('scm validate ')).toEqual(X.norm(['archive', 'chain.pem', 'fullchain.pem', 'live', 'notes.txt', 'privkey.pem']));
      expect(await c('scm validate ful')).toEqual(['fullchain.pem']);
      // upload takes one folder or one file (certificate and key in it) the same way.
      expect(await c('scm upload ful')).toEqual(['fullchain.pem']);
      expect(await c('scm validate live/')).toEqual(['live/example.com']);
      expect(await c('scm validate --key privkey.pem a')).toEqual(['archive']);
    });

    it('completes the shells for scm completion, once', async () => {
      expect(await c('scm completion ')).toEqual(['bash', 'fish', 'zsh']);
      expect(await c('scm completion f')).toEqual(['fish']);
      // zsh falls back to offering flags where no argument is left; no shell offers a second shell.
      expect((await c('scm completion bash ')).filter((w) => !w.startsWith('-'))).toEqual([]);
    });

    it('offers nothing where only the user knows the value', async () => {
      expect(await c('scm push ')).toEqual([]);
      expect(await c('scm explain --search ')).toEqual([]);
    });

    it('never runs scm or node while completing', () => {
      expect(existsSync(join(box.home, 'called')) ? readFileSync(join(box.home, 'called'), 'utf8') : '').toBe('');
    });
  });
}

// The README documents every command and every option the specs define, and starts with the two set-up
// commands (the main job and the tests), the second of which is exactly what .ci/run runs; its section
// "Rotating a certificate" has a recipe per ACME client that the hooks really take, and says what it costs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { EXIT_CODE_TABLE } from '../../src/commands/help/exit-codes.js';
import { M as DEPLOY } from '../../src/commands/deploy/messages.js';
import { deploySpec } from '../../src/commands/deploy/spec.js';
import { rotateSpec } from '../../src/commands/rotate/spec.js';
import { GLOBAL_OPTIONS } from '../../src/commands/shared/global-options.js';
import { t } from '../../src/core/i18n.js';
import { ExitCode } from '../../src/errors.js';
import { COMPLETION_SHELLS } from '../helpers/completion-shells.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

const longFlag = (flags: string): string => /--[a-z0-9-]+/.exec(flags)![0];

describe('README', () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n').map((l) => l.replace(/\s+#.*$/, '').trim());

  it('opens with the main-job command and the test command', () => {
    expect(firstBlock).toHaveLength(2);
    expect(firstBlock[0]).toBe('npm ci && npm run demo');
    expect(pkg.scripts.demo).toMatch(/build/);
    expect(firstBlock[1]).toMatch(/npm test$/);
  });

  it('gives the test command that .ci/run runs', () => {
    expect(ci).toContain(firstBlock[1]!);
  });

  it('npm test type-checks the tests with the code before it runs them (vitest only strips their types)', () => {
    expect(pkg.scripts.test).toBe('npm run build && npm run typecheck && vitest run');
    expect(pkg.scripts.typecheck).toBe('tsc -p tsconfig.test.json');
    const tsconfig = readFileSync(new URL('../../tsconfig.test.json', import.meta.url), 'utf8');
    expect(tsconfig).toMatch(/"include": \[[^\]]*"src\/\*\*\/\*\.ts"[^\]]*"test\/\*\*\/\*\.ts"/);
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('documents %s and each of its options', (name, spec) => {
    expect(readme).toContain(`scm ${name}`);
    for (const option of spec.options.filter((o) => !o.hidden)) {
      expect(readme, `${name} ${option.flags}`).toContain(longFlag(option.flags));
    }
  });

  it('has the contract exit-code table', () => {
    const rows = new Map([...readme.matchAll(/^\| (\d+) \| (.*) \|$/gm)].map(([, code, meaning]) => [Number(code), meaning!.replace(/`/g, '')]));
    for (const row of EXIT_CODE_TABLE) expect(rows.get(row.code), String(row.code)).toBe(row.meaning.en);
    // Both ways, and the codes the program exits with (src/errors.ts): no row the code never uses, no code without a row.
    expect([...rows.keys()].sort((a, b) => a - b)).toEqual(EXIT_CODE_TABLE.map((row) => row.code));
    expect(EXIT_CODE_TABLE.map((row) => row.code)).toEqual(Object.values(ExitCode).sort((a, b) => a - b));
  });
});

describe('README: the programs the tests drive', () => {
  const setup = readFileSync(new URL('../../scripts/setup-tools.sh', import.meta.url), 'utf8');
  /** setup-tools.sh's table: program -> Debian package. */
  const installed = new Map([.../declare -A pkg=\(([^)]*)\)/.exec(setup)![1]!.matchAll(/\[([\w.-]+)\]=([\w.-]+)/g)].map(([, tool, pkg]) => [tool!, pkg!]));
  const sources = (readdirSync(new URL('..', import.meta.url), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8'));
  const named = (fn: string): Set<string> => new Set(sources.flatMap((src) => [...src.matchAll(new RegExp(`${fn}\\('([\\w.-]+)'`, 'g'))].map((m) => m[1]!)));
  // What every system has (the POSIX shell and utilities) is not installed by anyone.
  const BASE = new Set(['sh', 'true']);
  const required = new Set([...named('describeWithTool'), ...named('requireTool'), ...COMPLETION_SHELLS].filter((tool) => !BASE.has(tool)));
  const optional = [...named('findTool')].filter((tool) => !required.has(tool) && !BASE.has(tool));
  const paragraph = readme.slice(readme.indexOf('Some tests\ndrive programs for real'), readme.indexOf('elsewhere names the packages to install.'));

  it('setup-tools.sh installs every program a test needs (and that SCM_REQUIRE_TOOLS=1 requires)', () => {
    expect(required.size).toBeGreaterThan(5);
    expect([...required].filter((tool) => !installed.has(tool)), 'missing from scripts/setup-tools.sh').toEqual([]);
  });

  it('names each of them in the set-up command and where the tests are described, with the package script(1) comes in', () => {
    const comment = /scripts\/setup-tools\.sh && npm ci && npm test +# (.*)$/m.exec(readme)![1]!;
    for (const tool of installed.keys()) {
      expect(comment, tool).toMatch(new RegExp(`\\b${tool}\\b`));
      expect(paragraph, tool).toMatch(new RegExp(`\\b${tool}\\b`));
    }
    expect(paragraph).toContain(`\`${installed.get('script')}\``);
    expect(paragraph).toContain('`util-linux`');
    for (const tool of optional) expect(paragraph, `${tool} (used when present)`).toMatch(new RegExp(`\\b${tool}\\b`));
  });
});

describe('README: Rotating a certificate', () => {
  const start = readme.indexOf('### Rotating a certificate');
  const section = readme.slice(start, readme.indexOf('\n### ', start + 1));
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const hook = (path: string): string => readFileSync(new URL(`../../contrib/${path}`, import.meta.url), 'utf8');

  it('is there, with its recipes in sh blocks', () => {
    expect(start).toBeGreaterThan(0);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it('every scm command in its recipes uses only options that command has', () => {
    const global = GLOBAL_OPTIONS.map((o) => longFlag(o.flags));
    const seen: string[] = [];
    for (const line of blocks.join('\n').split('\n').map((l) => l.replace(/\s+#.*$/, ''))) {
      for (const [, name, rest] of line.matchAll(/\bscm ([a-z-]+)([^|&;'\n]*)/g)) {
        const spec = COMMANDS.find((c) => c.name === name);
        expect(spec, name).toBeDefined();
        const known = [...spec!.options.map((o) => longFlag(o.flags)), ...global];
        for (const flag of rest!.match(/--[a-z0-9-]+/g) ?? []) expect(known, `scm ${name} ${flag}`).toContain(flag);
        seen.push(name!);
      }
    }
    expect(new Set(seen)).toEqual(new Set(['rotate', 'check', 'upload']));
  });

  it('has a recipe for each ACME client, and the hooks read the settings it names', () => {
    expect(section).toContain('SCM_HOOK_ROTATE=yes');
    expect(hook('certbot/deploy-hook.sh')).toMatch(/if \[ "\$SCM_HOOK_ROTATE" = yes \]; then\n\s+set -- "\$@" --rotate/);
    expect(section).toContain('DEPLOY_SCM_ROTATE=yes');
    expect(hook('acme.sh/scm.sh')).toMatch(/if \[ "\$\{DEPLOY_SCM_ROTATE:-\}" = yes \]; then\n\s+set -- "\$@" --rotate/);
    expect(section).toContain("--renew-hook 'scm upload --from lego --rotate'");
    expect(section).toContain("--deploy-hook 'scm upload --from lego --rotate'");
  });

  it('says what a deployment costs as the plan and --help do', () => {
    const cost = /CNY \d+ per domain/.exec(t('en', DEPLOY.cost, { count: 1 }))![0];
    expect(section).toContain(`says ${cost}`);
    for (const spec of [rotateSpec, deploySpec]) {
      expect(spec.summary.en, spec.name).toMatch(/bills .*per domain/);
      expect(spec.summary.zh, spec.name).toMatch(/按域名收取部署费用/);
    }
  });

  it('says what check proves and what it does not', () => {
    expect(section).toContain('**What `scm check` proves.**');
    for (const flag of ['--expect', '--servername', '--within']) expect(section).toContain(flag);
  });
});

describe('README: colour and spinner', () => {
  // What the README says turns each off, against what the code decides (io/style.ts, io/progress.ts).
  const start = readme.indexOf('- **No colour**');
  const bullet = start < 0 ? '' : readme.slice(start, readme.indexOf('\n- ', start + 1)).replace(/\s+/g, ' ');
  const colourOff = /\*\*No colour\*\* when ([^.;]*)/.exec(bullet)?.[1] ?? '';
  const spinnerOff = /\*\*No spinner\*\*[^.;]* when ([^.;]*)/.exec(bullet)?.[1] ?? '';
  const ctx = (env: Record<string, string>) => ({ env, stderr: { isTTY: true } }) as never;

  it('names, for each, exactly what turns it off on a terminal', async () => {
    const { colorLevel } = await import('../../src/io/style.js');
    const { spinnerAllowed } = await import('../../src/io/progress.js');
    const cases: Array<[string, Record<string, string>, boolean]> = [['`CI=true`', { CI: 'true' }, true], ['`NO_COLOR=1`', { NO_COLOR: '1' }, true], ['`TERM=dumb`', { TERM: 'dumb' }, true], ['`--no-color`', {}, false]];
    for (const [said, env, flag] of cases) {
      expect(colourOff.includes(said), `colour, ${said}`).toBe(colorLevel({ isTTY: true, env, flag }) === 0);
      expect(spinnerOff.includes(said), `spinner, ${said}`).toBe(!spinnerAllowed(ctx(env)));
    }
    expect(colourOff).toContain('not a terminal');
    expect(spinnerOff).toContain('not a terminal');
  });
});

describe('README: lego kills a slow hook', () => {
  // lego stops its hook after 2 minutes (an option from lego 4.22: --run-hook-timeout, --renew-hook-timeout), with SIGKILL: scm then
  // says nothing of what it did. One step of scm against an SCM that does not answer may take longer (its own
  // limit: --timeout × tries, plus the waits), so the README says to give the hook more time or scm less.
  it('says so while scm\'s default limit for one step is longer than lego\'s 2 minutes', async () => {
    const { DEFAULT_RETRIES, DEFAULT_TIMEOUT_S } = await import('../../src/config/index.js');
    const { backoffAllowanceMs, GRACE_MS } = await import('../../src/api/deadline.js');
    const { defaultPolicy } = await import('../../src/api/retry.js');
    const stepMs = DEFAULT_TIMEOUT_S * 1000 * (DEFAULT_RETRIES + 1) + backoffAllowanceMs(DEFAULT_RETRIES, defaultPolicy(DEFAULT_RETRIES)) + GRACE_MS;
    const start = readme.indexOf('**lego** v4 takes the hook per command');
    const lego = readme.slice(start, readme.indexOf('**acme.sh**', start)).replace(/\s+/g, ' ');
    if (stepMs > 120_000) {
      expect(lego).toContain('--renew-hook-timeout 10m');
      expect(lego).toContain('--timeout 10');
    }
  });
});

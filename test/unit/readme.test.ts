// The README documents every command and every option the specs define, and starts with the two set-up
// commands (the main job and the tests), the second of which is exactly what .ci/run runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { EXIT_CODE_TABLE } from '../../src/commands/help/exit-codes.js';

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

  it.each(COMMANDS.map((c) => [c.name, c] as const))('documents %s and each of its options', (name, spec) => {
    expect(readme).toContain(`scm ${name}`);
    for (const option of spec.options.filter((o) => !o.hidden)) {
      expect(readme, `${name} ${option.flags}`).toContain(longFlag(option.flags));
    }
  });

  it('has the contract exit-code table', () => {
    const rows = new Map([...readme.matchAll(/^\| (\d+) \| (.*) \|$/gm)].map(([, code, meaning]) => [Number(code), meaning!.replace(/`/g, '')]));
    for (const row of EXIT_CODE_TABLE) expect(rows.get(row.code), String(row.code)).toBe(row.meaning.en);
  });
});

// Fixed choices in any case through the built binary: --lang ZH speaks Chinese from the first word (cli.ts reads
// --lang before commander), completion Bash writes bash's script, and deploy --waf-type Cloud sends "cloud".
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('a fixed choice in another case', () => {
  it('--lang ZH and --lang=Zh: Chinese, as --lang zh', async () => {
    const zh = await runCli(['--lang', 'zh', 'explain', '14']);
    for (const argv of [['--lang', 'ZH', 'explain', '14'], ['explain', '14', '--lang=Zh']]) {
      const r = await runCli(argv);
      expect([r.code, r.stdout]).toEqual([0, zh.stdout]);
    }
    const bad = await runCli(['explain', '14', '--lang', 'ZZ']);
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, "scm: option '--lang <lang>' does not accept 'ZZ': choose one of en, zh"]);
  });

  it('scm completion Bash: the bash script', async () => {
    const r = await runCli(['completion', 'Bash']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await runCli(['completion', 'bash'])).stdout);
  });

  it('scm deploy --waf-type Cloud: the request carries "cloud"', async () => {
    const r = await runCli(['deploy', 'scs1234567890123', '--service', 'waf', '--project', 'cn-north-4', '--resource', 'abc', '--waf-type', 'Cloud', '--dry-run', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"type": "cloud"/);
    expect(r.stdout).not.toMatch(/Cloud/);
  });
});

// --help fits the terminal: every line within the width (the terminal's, else $COLUMNS, else 80), descriptions
// wrapped in their column and aligned by display width (an ideograph takes two columns), a term too wide for
// the column on a line of its own, and examples stacked with a long command broken by " \".
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { runCli } from '../helpers/run-cli.js';

/** Display columns, counted here independently of src/render/text.ts: ideographs and fullwidth forms take two. */
const columns = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pages = [[], ...COMMANDS.map((c) => [c.name]), ['help']];

describe('--help wraps to the width', () => {
  for (const width of [60, 80, 120]) {
    for (const lang of ['en', 'zh']) {
      it.each(pages)(`at ${width} columns (${lang}): scm %s --help`, async (...args) => {
        const r = await runCli([...args, '--help', '--lang', lang], { env: { COLUMNS: String(width) } });
        expect(r.code).toBe(0);
        // The examples' commands are code: broken only at spaces, so a single long word may stay wider.
        const lines = r.stdout.split('\n');
        const examplesEnd = lines.indexOf('');
        const long = lines.filter((line, i) => columns(line) > width && !(i < examplesEnd && !line.startsWith('  # ') && !/ \S+ /.test(line.trim())));
        expect(long).toEqual([]);
      });
    }
  }

  it('uses 80 columns when piped and COLUMNS is not set', async () => {
    const r = await runCli(['upload', '--help']);
    const widest = Math.max(...r.stdout.split('\n').map(columns));
    expect(widest).toBeLessThanOrEqual(80);
    expect(widest).toBeGreaterThan(70);
  });

  it('does not wrap what fits: one line per option at 200 columns', async () => {
    const r = await runCli(['upload', '--help'], { env: { COLUMNS: '200' } });
    expect(r.stdout).toMatch(/^ {2}--if-changed +do nothing \(exit 0, print its id\) when SCM already holds this certificate \(same SHA-1 fingerprint\)$/m);
  });
});

describe('columns line up in display width', () => {
  it.each(['en', 'zh'])('every description of a section starts at the same column (%s)', async (lang) => {
    for (const args of pages) {
      const r = await runCli([...args, '--help', '--lang', lang], { env: { COLUMNS: '100' } });
      const sections = r.stdout.split('\n\n').filter((block) => /^(Options|Global Options|Commands|Arguments|选项|全局选项|命令|参数)[:：]\n/.test(block));
      expect(sections.length).toBeGreaterThan(0);
      for (const block of sections) {
        const starts = new Set<number>();
        for (const line of block.split('\n').slice(1)) {
          const m = /^( {2}\S(?:.*?\S)?) {2,}(\S.*)$/.exec(line);
          if (m && !line.startsWith('     ')) starts.add(columns(line) - columns(m[2]!));
        }
        expect([...starts], `${args.join(' ')}: ${block}`).toHaveLength(1);
      }
    }
  });

  it('a term wider than the column gets a line of its own (zh: explain-error|explain [错误码...])', async () => {
    const r = await runCli(['--help', '--lang', 'zh']);
    expect(r.stdout).toMatch(/\n {2}explain-error\|explain \[错误码\.\.\.\]\n {30,}用中文或英文解释/);
  });

  it('examples side by side are aligned by display width (scm explain --help has 私钥 in a command)', async () => {
    const r = await runCli(['explain', '--help'], { env: { COLUMNS: '200' } });
    const examples = r.stdout.split('\n\n')[0]!.split('\n').slice(1);
    expect(examples).toHaveLength(4);
    expect(new Set(examples.map((line) => columns(line.slice(0, line.indexOf('  # ')))))).toEqual(new Set([columns(examples[1]!.slice(0, examples[1]!.indexOf('  # ')))]));
  });
});

describe('examples that do not fit', () => {
  it('stack the note above the command and break a long command with " \\"', async () => {
    const r = await runCli(['emulator', '--help'], { env: { COLUMNS: '80' } });
    const head = r.stdout.split('\n\n')[0]!;
    expect(head).toContain([
      '  # point scm at it, with the public demo credentials',
      '  export SCM_ENDPOINT=http://127.0.0.1:8443 \\',
      '    HUAWEICLOUD_SDK_AK=SCMEMULATORDEMOAK000 \\',
      '    HUAWEICLOUD_SDK_SK=scm-emulator-demo-secret-0000000000000000',
    ].join('\n'));
  });

  it('never break inside quotes', async () => {
    const r = await runCli(['upload', '--help'], { env: { COLUMNS: '60' } });
    expect(r.stdout).toContain("  certbot renew --deploy-hook \\\n    'scm upload --from certbot --if-changed'\n");
  });
});

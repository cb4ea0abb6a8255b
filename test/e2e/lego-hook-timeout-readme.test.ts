// The README's advice for lego's 2-minute hook limit, held against the lego installed here: lego added
// --run-hook-timeout and --renew-hook-timeout in 4.22 (v5: --deploy-hook-timeout), and the lego Debian 12
// ships (4.9) refuses them ("flag provided but not defined"), so the README must say from which version
// the option exists and give the advice that works with any lego (scm's own --timeout).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('**lego** v4 takes the hook per command');
const legoSection = readme.slice(start, readme.indexOf('**acme.sh**', start)).replace(/\s+/g, ' ');

describeWithTool('lego', 'README: lego\'s hook time limit, against the installed lego', (lego) => {
  it('offers --renew-hook-timeout only with the version that has it, and advice for any lego', () => {
    let help = '';
    try {
      help = execFileSync(lego, ['renew', '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      help = String((e as { stdout?: string }).stdout ?? '');
    }
    expect(start).toBeGreaterThan(0);
    expect(legoSection).toContain('--renew-hook-timeout');
    if (!help.includes('--renew-hook-timeout')) {
      // This lego has no such option: the README must not offer it as if every 4.x had it.
      expect(legoSection).not.toMatch(/lego \(4\.x\) kills its hook after 2 minutes \(`--run-hook-timeout`/);
      expect(legoSection).toContain('From lego 4.22 the limit is an option');
      expect(legoSection).toContain('`flag provided but not defined`');
      expect(legoSection).toMatch(/with any lego, scm less \(`scm upload --from lego --if-changed --timeout 10`\)/);
    }
    expect(legoSection).toContain('`--deploy-hook-timeout`');
  });
});

// The README's "Use in scripts" examples are run, not just shown: the certbot hook block is the tested
// contrib/certbot/deploy-hook.sh verbatim, and the upload-renewed.sh script and the jq one-liners run against
// the emulator with the built scm on PATH, through each exit-code branch.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { freePort, runProgram, scmOnPath, ymd } from '../helpers/pebble.js';
import { ROOT } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Use in scripts'), readme.indexOf('## Configuration'));
const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README: Use in scripts', () => {
  it('shows contrib/certbot/deploy-hook.sh exactly as tested', () => {
    expect(blocks).toContain(readFileSync(join(ROOT, 'contrib', 'certbot', 'deploy-hook.sh'), 'utf8'));
  });
});

describeWithTool('jq', 'README: the renewal script and the jq one-liners, run', () => {
  let dir: string;
  let emu: RunningEmulator;
  let live: Bundle;
  let mismatched: Bundle;
  let script: string;
  let pathDir: string;
  const env = (extra: Record<string, string> = {}) => ({ PATH: `${pathDir}:${process.env.PATH}`, HOME: dir, LANG: 'C.UTF-8', NO_COLOR: '1', HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, ...extra });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scm-readme-'));
    live = makeBundle(join(dir, 'live', 'readme.example.test'), { cn: 'readme.example.test' });
    mismatched = makeBundle(join(dir, 'live', 'broken.example.test'), { cn: 'broken.example.test' });
    writeFileSync(mismatched.key, live.keyPem);
    const block = blocks.find((b) => b.includes('# upload-renewed.sh'));
    expect(block).toBeDefined();
    script = join(dir, 'upload-renewed.sh');
    writeFileSync(script, block!);
    chmodSync(script, 0o755);
    pathDir = scmOnPath(dir);
    emu = await spawnEmulator();
  }, 60_000);
  afterAll(async () => {
    await emu?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => emu.reset());

  it('uploads as <folder>-<date>, pushes to WAF, and prints the push result read with jq; a rerun uploads nothing', async () => {
    const r = await runProgram(script, [live.dir], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const { certificates } = await emu.state();
    expect(certificates).toMatchObject([{ name: `${basename(live.dir)}-${ymd()}`, pushes: [{ service: 'WAF', project: 'cn-north-4' }] }]);
    expect(r.stdout).toMatch(new RegExp(`^in SCM as ${certificates[0]!.id}\\npushed to cn-north-4: .+\\n$`));
    const again = await runProgram(script, [live.dir], { env: env() });
    expect(again.code, again.stderr).toBe(0);
    expect((await emu.state()).requests.byOperation.import).toBe(1);
  });

  it('then prunes: an older certificate for the same names that nothing uses is deleted, a deployed one kept', async () => {
    const names = ['readme.example.test', 'www.readme.example.test'];
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const older = (await emu.seed({ certificates: [{ name: 'older-unused', domain: names[0], sans: names, not_after: soon }, { name: 'older-used', domain: names[0], sans: names, not_after: soon }] })).certificates;
    await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', certificate_id: older[1] }] });
    const r = await runProgram(script, [live.dir], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const names2 = (await emu.state()).certificates.map((c) => c.name).sort();
    expect(names2).toEqual([`${basename(live.dir)}-${ymd()}`, 'older-used'].sort());
  });

  it('exit 1 when the bundle fails the offline checks; 3 for credentials; 75 when the network fails', async () => {
    const bad = await runProgram(script, [mismatched.dir], { env: env() });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/key-mismatch/);
    const creds = await runProgram(script, [live.dir], { env: env({ HUAWEICLOUD_SDK_SK: 'not-the-secret-000' }) });
    expect(creds.code).toBe(3);
    expect(creds.stderr).toMatch(/fix the credentials: scm config shows what scm finds/);
    const port = await freePort();
    const net = await runProgram(script, [live.dir], { env: env({ SCM_ENDPOINT: `http://127.0.0.1:${port}` }) });
    expect(net.code).toBe(75);
    expect(net.stderr).toContain(`cannot connect to 127.0.0.1:${port}`);
    expect((await emu.state()).requests.byOperation.import ?? 0).toBe(0);
  });

  it('the jq one-liners', async () => {
    const lines = blocks.find((b) => b.includes('jq -r .certificate_id'))!.split('\n').filter(Boolean).map((l) => l.replace(/\s+# [^']*$/, ''));
    const failing = lines[0]!.replace('/etc/letsencrypt/live/*', `${join(dir, 'live')}/*`);
    const a = await runProgram('sh', ['-c', failing], { env: env() });
    expect([a.code, a.stdout]).toEqual([0, `${mismatched.dir}\n`]);
    const upload = lines[1]!.replace('fullchain.pem', live.fullchain).replace('privkey.pem', live.key);
    const b = await runProgram('sh', ['-c', upload], { env: env() });
    expect(b.stdout).toMatch(/^scs\d{13}\n$/);
    const c = await runProgram('sh', ['-c', lines[2]!], { env: env() });
    const codes = c.stdout.trim().split('\n');
    expect(codes).toContain('SCM.1000');
    for (const code of codes) expect(code).toMatch(/^(SCM|APIGW)\.\d{4}$/);
  });
});

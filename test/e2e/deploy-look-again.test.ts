// Two `scm deploy` runs of one certificate at once, through the built binary: the first's look is stale by the
// time its second batch goes (its first request is held 4 s), the second run deploys the last resource meanwhile;
// the first looks again before that batch and does not send it again (unchanged, with a note). Each resource is
// deployed once.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

const t = withEmulator('deploy-look-again', { cn: 'shop.example.com' });
const IDS = Array.from({ length: 21 }, (_, i) => `elb-${i + 1}`);
let id: string;

beforeEach(async () => {
  [id] = (await t.emu.seed({ certificates: [{ name: 'shop', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem }] })).certificates as [string];
  await t.emu.seed({ resources: IDS.map((x) => ({ service: 'ELB', project: 'cn-north-4', id: x })) });
  await t.emu.fault({ op: 'deploy', delay_ms: 4000 });
});

describe('scm deploy: a batch sent after a slow one looks again', () => {
  it('the resource another run deployed meanwhile is unchanged, not sent twice; said on stderr', async () => {
    const env = { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C.UTF-8', ...t.env() };
    const child = spawn(process.execPath, [BIN, 'deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', IDS.join(',')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    for (let i = 0; i < 200 && (await t.emu.state()).in_flight === 0; i++) await new Promise((r) => setTimeout(r, 25));
    const other = await runCli(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-21'], { env: t.env() });
    expect(other.code, other.stderr).toBe(0);
    expect(await closed, stderr).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`${id} to ELB in cn-north-4: 21 of 21 resources use it`);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^elb-21 +unchanged +already uses it \(deployed since the look before the deployments\): not sent again$/);
    expect(stderr).toContain(`1 resource of ELB in cn-north-4 already uses ${id} since the look before the deployments: not sent again`);
    const state = await t.emu.settled();
    expect(state.requests.deploys.map((d) => d.resources)).toEqual([1, 20]);
  }, 30_000);
});

// `scm list --help`'s jq example ("ids of expired certificates"), run as shown against the emulator: a
// certificate SCM gives no expiry for (bought, not issued yet: `daysLeft` null) is not expired, though jq
// sorts null below every number, so `select(.daysLeft < 0)` alone printed its id with the expired one's.
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';
import { listSpec } from '../../src/commands/list/spec.js';

const t = withEmulator('list-help-jq');
const example = listSpec.examples.find((e) => e.note.en === 'ids of expired certificates')!.cmd;
const jqProgram = /\| jq -r '([^']+)'$/.exec(example)?.[1];

describeWithTool('jq', 'scm list --help: the jq example for expired certificates', (jq) => {
  it('prints the expired certificate and not the one SCM gives no expiry for', async () => {
    expect(example.startsWith('scm list --json | jq -r ')).toBe(true);
    expect(jqProgram).toBeDefined();
    await t.emu.fault({
      op: 'list', times: 5, answer: { status: 200, body: { total_count: 2, certificates: [
        { id: 'scs1700000000001', name: 'bought-pending', domain: 'shop.example.com', sans: 'shop.example.com', status: 'PAID', type: 'DV_SSL_CERT', brand: 'GEOTRUST', expire_time: '' },
        { id: 'scs1700000000002', name: 'old', domain: 'a.example.com', sans: 'a.example.com', status: 'UPLOAD', expire_time: '2020-01-01 08:00:00.0' },
      ] } },
    });
    const r = await runCli(['list', '--json'], { env: t.env() });
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout).certificates as Array<{ id: string; daysLeft: number | null }>;
    expect(rows.map((c) => [c.id, c.daysLeft === null])).toEqual([['scs1700000000001', true], ['scs1700000000002', false]]);
    const ids = execFileSync(jq, ['-r', jqProgram!], { input: r.stdout, encoding: 'utf8' });
    expect(ids).toBe('scs1700000000002\n');
  });
});

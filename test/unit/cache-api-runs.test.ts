// The build also records the code caches of upload and push past their dry runs, against scm's emulator
// (scripts/cache-runs.mjs apiRuns): the runs it records must be ones that succeed, or the caches hold an
// error path and a real push compiles its requests and answers from source on every start.
import { afterEach, describe, expect, it } from 'vitest';
import { apiRuns } from '../../scripts/cache-runs.mjs';
import { BIN, runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/fixtures.js';

const stops: Array<() => void> = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
});

describe('apiRuns', () => {
  it('uploads a bundle to the emulator and pushes the id it printed, both succeeding', async () => {
    const api = await apiRuns(BIN, fixture('bundles/rsa-ok'));
    expect(api).toBeDefined();
    stops.push(api!.stop);
    expect(api!.runs.map((r) => r.argv[0])).toEqual(['upload', 'upload', 'push']);
    const outputs: string[] = [];
    for (const { argv, env } of api!.runs) {
      const r = await runCli(argv.map((a) => (a === '{id}' ? outputs.at(-1)! : a)), { env });
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
      outputs.push(r.stdout.trim());
    }
    // The push took the id the real upload printed.
    expect(api!.runs[2]!.argv).toContain('{id}');
    expect(outputs[1]).toMatch(/^scs\d+$/);
  }, 60_000);
});

// How the chain is found in a bundle read by content, through the built binary: a folder with two copies of each of
// 24 CAs (same subject and key, other dates) holds 2^24 paths; the search finds the best one without walking them.
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const DEEP = fixture('bundles/layouts/dup-chain-deep');

describeFixtures('a deep chain with two copies of every CA', () => {
  it('ends (the binary is killed if it does not, well past any real run), with the longer-lived copy of each CA on the path', async () => {
    const r = await runCli(['validate', DEEP, '--json'], { timeoutMs: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout);
    const levels = Array.from({ length: 24 }, (_, i) => i);
    expect(out.certificate.path.filter((p: any) => p.sent).map((p: any) => p.subject)).toEqual(['CN=www.example.com', ...levels.map((i) => `CN=Dup Chain CA ${i}`)]);
    // 14 kB of chain is more than SCM takes; each copy left out is the one valid a day less, from the top down.
    expect(out.findings.map((f: any) => f.rule)).toEqual(['chain-too-long', ...levels.map(() => 'chain-alternative-ignored')]);
    const left = out.findings.slice(1).map((f: any) => /\/(ca-\d+-\d)\.pem\)/.exec(f.message)?.[1]);
    expect(left).toEqual(levels.reverse().map((i) => `ca-${i}-1`));
  }, 90_000);
});

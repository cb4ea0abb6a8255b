// The path search on its own (src/core/validate/paths.ts): two copies of each of 24 CAs (same subject and key, the
// second valid a day longer) are 2^24 paths; the search finds the best one, and past its budget still finds a path.
import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { certFromDer, type Cert } from '../../src/core/validate/model.js';
import { buildPath } from '../../src/core/validate/paths.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const DIR = 'bundles/layouts/dup-chain-deep';
const load = (file: string): Cert => certFromDer(new X509Certificate(readFileSync(fixture(`${DIR}/${file}`))).raw, file, 1);
const files = (): string[] => readdirSync(fixture(DIR)).filter((f) => f.startsWith('ca-')).sort();
const levels = Array.from({ length: 24 }, (_, i) => i);

describeFixtures('the path through a deep chain with two copies of every CA', () => {
  it('takes the longer-lived copy at every level, and names the other copies from the top down', () => {
    const { path, stop, alternatives } = buildPath(load('cert.pem'), files().map(load), new Date());
    expect(stop).toBeUndefined();
    expect(path.map((c) => c.source)).toEqual(['cert.pem', ...levels.map((i) => `ca-${i}-2.pem`)]);
    expect(alternatives.map((c) => c.source)).toEqual([...levels].reverse().map((i) => `ca-${i}-1.pem`));
  }, 60_000);

  it('past its budget, each level takes the first issuer that verifies: still the whole path, no copy twice', () => {
    const { path, stop, alternatives } = buildPath(load('cert.pem'), files().map(load), new Date(), 0);
    expect(stop).toBeUndefined();
    expect(path.map((c) => c.source)).toEqual(['cert.pem', ...levels.map((i) => `ca-${i}-1.pem`)]);
    expect(alternatives).toHaveLength(24);
  });
});

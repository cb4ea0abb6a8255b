// The check after a rotation's deployments, read again while SCM shows an accepted resource as not moved yet
// (ListDeployedResources is eventually consistent): bounded, with the waits injected, so no real time passes.
import { describe, expect, it } from 'vitest';
import type { Verification } from '../../src/core/rotate/index.js';
import { settle, SETTLE_WAITS_MS } from '../../src/commands/rotate/settle.js';

const row = (reason: string): Verification['rows'][number] => ({ service: 'ELB', region: 'cn-north-4', resourceId: 'elb-1', resourceName: 'lb', from: 'scs1700000000001', result: reason === 'deployed' ? 'deployed' : 'failed', reason, detail: '' }) as Verification['rows'][number];
const verdict = (reason: string): Verification => ({ rows: [row(reason)], unknown: [], status: reason === 'deployed' ? 'complete' : 'failed' });

function run(answers: Array<string | Error>) {
  const waits: number[] = [];
  let reads = 0;
  const read = async (): Promise<string> => {
    const a = answers[Math.min(reads++, answers.length - 1)]!;
    if (a instanceof Error) throw a;
    return a;
  };
  return { waits, reads: () => reads, go: () => settle(read, verdict, { sleep: async (ms) => void waits.push(ms) }) };
}

describe('settle (the check after the deployments, read again)', () => {
  it('one read when the first answer shows every resource moved: no wait', async () => {
    const r = run(['deployed']);
    expect(await r.go()).toMatchObject({ looks: 1, waitedMs: 0, verification: { status: 'complete' } });
    expect(r.waits).toEqual([]);
  });

  it('still on the old certificate at first, moved on the second read: complete after one short wait', async () => {
    const r = run(['still-old', 'deployed']);
    expect(await r.go()).toMatchObject({ looks: 2, waitedMs: 1000, after: 'deployed', verification: { status: 'complete' } });
    expect(r.waits).toEqual([1000]);
  });

  it('never shown: bounded, three more reads with growing waits (7 s in all), then the last answer', async () => {
    const r = run(['not-shown']);
    expect(await r.go()).toMatchObject({ looks: 4, waitedMs: 7000, verification: { status: 'failed' } });
    expect(r.waits).toEqual([...SETTLE_WAITS_MS]);
    expect(r.reads()).toBe(4);
  });

  it('a refusal is no lag: not read again', async () => {
    const r = run(['rejected', 'deployed']);
    expect(await r.go()).toMatchObject({ looks: 1, verification: { status: 'failed' } });
  });

  it('a later read failing keeps the answer before it; the first failing is the caller\'s', async () => {
    const r = run(['still-old', new Error('503')]);
    expect(await r.go()).toMatchObject({ looks: 1, after: 'still-old' });
    await expect(run([new Error('503')]).go()).rejects.toThrow('503');
  });
});

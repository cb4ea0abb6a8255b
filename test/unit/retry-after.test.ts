// Retry-After longer than scm waits (its 30 s cap, or what is left of the operation's time limit): never cut
// short and re-sent early; the retries stop with exit 5 saying when to try again, in both languages. Waits
// within the cap are slept in full. The clock and the sleeps are injected: nothing here waits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RetryLaterError, ScmApiError } from '../../src/api/errors.js';
import { identityOf } from '../../src/api/cert-identity.js';
import { findCopies, LookupError } from '../../src/api/find.js';
import { listAll } from '../../src/api/list.js';
import { ListPageError } from '../../src/api/list-result.js';
import { backoffMs, defaultPolicy, nextWait, parseRetryAfter } from '../../src/api/retry.js';
import { executePush } from '../../src/api/push.js';
import type { Deadline } from '../../src/api/deadline.js';
import { seed } from '../../src/emulator/seed.js';
import { makeBundle, testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const now = (): Date => NOW;
// The emulator on the same clock: requests are signed with it.
// The client signs with the fixed clock too: the emulator checks signatures against it.
const at = useEmulator('retry-after', { now, signatureNow: now });
/** A deadline that always has `ms` left. */
const left = (ms: number): Deadline => ({ remainingMs: () => ms, restart: () => {}, error: () => { throw new Error('unused'); }, budgetMs: ms });

describe('a Retry-After longer than scm waits', () => {
  it('120 s on list: one request, no sleep, RetryLaterError exit 5 naming 120 s and the time', async () => {
    at.emu.faults.add([{ op: 'list', times: 5, after: 0, status: 429, retry_after: 120 }]);
    const { client, sleeps, retries } = await testClient(at.emu.url, { retries: 3, now });
    const e = (await client.listPage().catch((x: unknown) => x)) as RetryLaterError;
    expect(e).toBeInstanceOf(RetryLaterError);
    expect(at.emu.store.requests.byOperation.list).toBe(1);
    expect([sleeps, retries]).toEqual([[], []]);
    expect([e.exitCode, e.code, e.retryAfterMs, e.retryAt.toISOString(), e.retryable, e.mayHaveTakenEffect]).toEqual([5, 'APIGW.0308', 120_000, '2026-03-01T08:02:00.000Z', false, false]);
    expect(e.message.split('\n')[0]).toMatch(/^SCM could not complete listing certificates: APIGW\.0308 .*\(HTTP 429, request id \w+\); SCM asked to wait 120s before trying again \(until 2026-03-01 08:02:00 UTC\), longer than scm waits for a Retry-After \(30s\)$/);
    expect(e.hint).toBe('try again after 2026-03-01 08:02:00 UTC (in 120s)');
    expect(e.cause).toBeInstanceOf(ScmApiError);
    expect(e.toJSON()).toMatchObject({ type: 'RetryLaterError', exitCode: 5, code: 'APIGW.0308', status: 429, error_code: 'APIGW.0308', operation: 'list', retry_after_seconds: 120, retry_at: '2026-03-01T08:02:00.000Z' });
  });

  it('5 s with --retries 0: the 429 reaches the user saying the wait SCM asked for (said once when scm stops on it)', async () => {
    at.emu.faults.add([{ op: 'list', times: 1, after: 0, status: 429, retry_after: 5 }]);
    const { client } = await testClient(at.emu.url, { retries: 0, now });
    const e = (await client.listPage().catch((x: unknown) => x)) as ScmApiError;
    expect(e).toBeInstanceOf(ScmApiError);
    expect(e.message.split('\n')).toContain('  SCM asked to wait 5s before trying again (Retry-After)');
    at.emu.faults.add([{ op: 'list', times: 1, after: 0, status: 429, retry_after: 120 }]);
    const later = (await client.listPage().catch((x: unknown) => x)) as RetryLaterError;
    expect(later.message.match(/asked to wait/g)).toHaveLength(1);
  });

  it('in Chinese', async () => {
    at.emu.faults.add([{ op: 'list', times: 5, after: 0, status: 429, retry_after: 120 }]);
    const { client } = await testClient(at.emu.url, { now, lang: 'zh' });
    const e = (await client.listPage().catch((x: unknown) => x)) as RetryLaterError;
    expect(e.message.split('\n')[0]).toMatch(/；SCM 要求等待 120 秒（到 2026-03-01 08:02:00 UTC）后再试，超过了 scm 对 Retry-After 的最长等待时间（30 秒）$/);
    expect(e.hint).toBe('请在 2026-03-01 08:02:00 UTC 之后再试（120 秒后）');
  });

  it('within the cap but past what is left of the deadline: stops, naming the time left', async () => {
    at.emu.faults.add([{ op: 'show', times: 5, after: 0, status: 503, retry_after: 20 }]);
    const { client, sleeps } = await testClient(at.emu.url, { now, deadline: left(12_345) });
    const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as RetryLaterError;
    expect([e.constructor, e.exitCode, sleeps, at.emu.store.requests.byOperation.show]).toEqual([RetryLaterError, 5, [], 1]);
    expect(e.message.split('\n')[0]).toMatch(/; SCM asked to wait 20s before trying again \(until 2026-03-01 08:00:20 UTC\), longer than what is left of this operation's time limit \(12\.3s\)$/);
  });

  it('a page of the list keeps the page and the time; a lookup keeps the time in its hint', async () => {
    seed(at.emu.store, { certificates: Array.from({ length: 60 }, (_, i) => ({ name: `s-${i}`, domain: 'shop.example.test' })) }, new Date());
    at.emu.faults.add([{ op: 'list', times: 5, after: 1, status: 429, retry_after: 90 }]);
    const { client } = await testClient(at.emu.url, { now });
    const e = (await listAll(client).catch((x: unknown) => x)) as ListPageError;
    expect([e.constructor, e.exitCode, e.page, e.code, e.hint]).toEqual([ListPageError, 5, 2, 'APIGW.0308', 'try again after 2026-03-01 08:01:30 UTC (in 90s)']);
    expect(e.message).toMatch(/^could not read page 2 of the certificate list: .*; SCM asked to wait 90s before trying again \(until 2026-03-01 08:01:30 UTC\)/);

    const bundle = makeBundle(join(at.dir, 'b'), { cn: 'shop.example.test' });
    at.emu.faults.clear();
    at.emu.faults.add([{ op: 'list', times: 5, after: 0, status: 429, retry_after: 90 }]);
    const { client: fresh } = await testClient(at.emu.url, { now });
    const l = (await findCopies(fresh, identityOf(readFileSync(bundle.cert, 'utf8'))).catch((x: unknown) => x)) as LookupError;
    expect([l.constructor, l.exitCode, l.hint]).toEqual([LookupError, 5, 'try again after 2026-03-01 08:01:30 UTC (in 90s)']);
  });

  it('a push stops without re-sending: the row and the error say when', async () => {
    const [id] = seed(at.emu.store, { certificates: [{ name: 'p', domain: 'shop.example.test' }] }, new Date()).certificates;
    at.emu.faults.add([{ op: 'push', times: 5, after: 0, status: 429, retry_after: 600 }]);
    const { client, sleeps } = await testClient(at.emu.url, { now });
    const outcome = await executePush(client, { id: id!, service: 'ELB', projects: ['ap-southeast-1'], mode: 'single', batches: [] });
    expect([at.emu.store.requests.byOperation.push, sleeps]).toEqual([1, []]);
    expect(outcome.rows).toMatchObject([{ project: 'ap-southeast-1', ok: false, result: 'failed' }]);
    expect(outcome.rows[0]!.message).toMatch(/SCM asked to wait 600s before trying again \(until 2026-03-01 08:10:00 UTC\)/);
    expect([outcome.error?.constructor, outcome.error?.exitCode, outcome.error?.hint]).toEqual([RetryLaterError, 5, 'try again after 2026-03-01 08:10:00 UTC (in 600s)']);
  });
});

describe('a Retry-After scm waits for', () => {
  it('7 s, then 30 s (the cap itself): slept in full, then sent again', async () => {
    at.emu.faults.add([{ op: 'list', times: 1, after: 0, status: 429, retry_after: 7 }, { op: 'list', times: 1, after: 1, status: 429, retry_after: 30 }]);
    const { client, sleeps } = await testClient(at.emu.url, { now });
    await client.listPage();
    expect([sleeps, at.emu.store.requests.byOperation.list]).toEqual([[7000, 30_000], 3]);
  });

  it('backoff is at least Retry-After, never cut; nextWait refuses what it will not wait', () => {
    const p = { ...defaultPolicy(3), random: () => 1 };
    expect([backoffMs(0, p, 2000), backoffMs(0, p, 10 * 60_000)]).toEqual([2000, 600_000]);
    const e = new ScmApiError({ operation: 'list', status: 429, errorCode: 'APIGW.0308', retryAfterMs: 30_001, retryAt: new Date(NOW.getTime() + 30_001) });
    expect(() => nextWait(0, e, p)).toThrow(RetryLaterError);
    const fits = new ScmApiError({ operation: 'list', status: 429, errorCode: 'APIGW.0308', retryAfterMs: 30_000 });
    expect(nextWait(0, fits, p)).toBe(30_000);
    expect(() => nextWait(0, fits, { ...p, deadline: left(30_000) })).toThrow(RetryLaterError);
    expect(nextWait(0, fits, { ...p, deadline: left(30_001) })).toBe(30_000);
  });
});

// RFC 9110 §10.2.3: delta-seconds or an HTTP-date. A proxy that joins two Retry-After headers sends "5, 5",
// which Date.parse took for a date in 2001 (retry at once) and "120, 120" for nothing (the wait ignored).
describe('a Retry-After as headers joined by a proxy, or as a date', () => {
  it('"5, 5": slept 5 s before each retry, not sent again at once', async () => {
    at.emu.faults.add([{ op: 'list', times: 2, after: 0, status: 429, retry_after: '5, 5' }]);
    const { client, sleeps } = await testClient(at.emu.url, { now });
    await client.listPage();
    expect([sleeps, at.emu.store.requests.byOperation.list]).toEqual([[5000, 5000], 3]);
  });

  it('"120, 120": past the cap, one request and RetryLaterError naming 120 s', async () => {
    at.emu.faults.add([{ op: 'list', times: 5, after: 0, status: 429, retry_after: '120, 120' }]);
    const { client, sleeps } = await testClient(at.emu.url, { retries: 3, now });
    const e = (await client.listPage().catch((x: unknown) => x)) as RetryLaterError;
    expect(e).toBeInstanceOf(RetryLaterError);
    expect([e.retryAfterMs, sleeps, at.emu.store.requests.byOperation.list]).toEqual([120_000, [], 1]);
  });

  it('an IMF-fixdate, doubled: the first date is read, comma and all', async () => {
    const date = 'Sun, 01 Mar 2026 08:02:00 GMT';
    at.emu.faults.add([{ op: 'list', times: 5, after: 0, status: 429, retry_after: `${date}, ${date}` }]);
    const { client } = await testClient(at.emu.url, { retries: 3, now });
    const e = (await client.listPage().catch((x: unknown) => x)) as RetryLaterError;
    expect(e.retryAfterMs).toBe(120_000);
  });

  it('the RFC forms and nothing looser', () => {
    const s = (v: string): number | undefined => parseRetryAfter(v, NOW);
    expect([s('7'), s(' 7 '), s('abc, 9'), s('Sunday, 01-Mar-26 08:00:30 GMT'), s('Sun Mar  1 08:00:10 2026'), s('Sun, 01 Mar 2026 07:00:00 GMT')]).toEqual([7000, 7000, 9000, 30_000, 10_000, 0]);
    expect([s(''), s('1.5'), s('-3'), s('2026-03-01'), s('Sun, 31 Feb 2026 08:00:00 GMT'), s('120 seconds')]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('a delta past any date (99999999999999999999) is 2^31 s, as RFC 9111 has caches read an overflowing delta: a time to name, never "Invalid time value" (exit 70)', async () => {
    const huge = 2 ** 31 * 1000;
    expect([parseRetryAfter('99999999999999999999', NOW), parseRetryAfter('2147483649', NOW), parseRetryAfter('2147483647', NOW)]).toEqual([huge, huge, 2_147_483_647_000]);
    at.emu.faults.add([{ op: 'list', times: 1, after: 0, status: 429, retry_after: '99999999999999999999' }]);
    const { client } = await testClient(at.emu.url, { retries: 3, now });
    const e = (await client.listPage().catch((x: unknown) => x)) as RetryLaterError;
    expect([e instanceof RetryLaterError, e.exitCode, e.retryAt.toISOString()]).toEqual([true, 5, '2094-03-19T11:14:08.000Z']);
    expect(e.hint).toBe('try again after 2094-03-19 11:14:08 UTC (in 2147483648s)');
  });
});

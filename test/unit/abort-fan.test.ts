// src/io/abort-fan.ts: many operations waiting on one AbortSignal add one listener to it (Node warns from 11),
// each is called on abort, and one that ended is not; the listener goes with the last waiter.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { whenAborted } from '../../src/io/abort-fan.js';

const listeners = (s: AbortSignal): number => getEventListeners(s, 'abort').length;

describe('whenAborted', () => {
  it('15 waiters: one listener on the signal; every waiter still waiting is called once on abort', () => {
    const c = new AbortController();
    const called: number[] = [];
    const forget = Array.from({ length: 15 }, (_, i) => whenAborted(c.signal, () => called.push(i)));
    expect(listeners(c.signal)).toBe(1);
    forget[3]!();
    forget[3]!();
    c.abort();
    c.abort();
    expect(called).toEqual([...Array(15).keys()].filter((i) => i !== 3));
  });

  it('the listener is removed when the last waiter is forgotten, and added again for a new one', () => {
    const c = new AbortController();
    const a = whenAborted(c.signal, () => {});
    const b = whenAborted(c.signal, () => {});
    a();
    expect(listeners(c.signal)).toBe(1);
    b();
    expect(listeners(c.signal)).toBe(0);
    let called = 0;
    whenAborted(c.signal, () => called++);
    expect(listeners(c.signal)).toBe(1);
    c.abort();
    expect(called).toBe(1);
  });

  it('signals are apart: aborting one calls only its own waiters', () => {
    const [x, y] = [new AbortController(), new AbortController()];
    const called: string[] = [];
    whenAborted(x.signal, () => called.push('x'));
    whenAborted(y.signal, () => called.push('y'));
    x.abort();
    expect(called).toEqual(['x']);
  });
});

// Plain http is allowed to loopback hosts only. The IPv4-mapped IPv6 form of 127.0.0.1 was refused as remote
// (URL writes http://[::ffff:127.0.0.1] as [::ffff:7f00:1]). Other hosts and mapped non-loopback addresses stay
// refused, and so does localhost. (test/unit/config.test.ts keeps it out).
import { expect, it } from 'vitest';
import { isLoopback } from '../../src/api/endpoints.js';

it('loopback in every spelling URL leaves, and nothing else', () => {
  const host = (u: string): string => new URL(u).hostname;
  expect(['http://[::ffff:127.0.0.1]:1', 'http://[::ffff:127.9.8.7]:1', 'http://LOCALHOST:1', 'http://[::1]:1', 'http://127.0.0.2:1', 'http://[0:0:0:0:0:0:0:1]:1'].map((u) => isLoopback(host(u)))).toEqual([true, true, true, true, true, true]);
  expect(['http://[::ffff:10.0.0.1]:1', 'http://[::ffff:8000:1]:1', 'http://0.0.0.0:1', 'http://localhost.example.com:1', 'http://foo.localhost:1', 'http://[::2]:1'].map((u) => isLoopback(host(u)))).toEqual([false, false, false, false, false, false]);
});

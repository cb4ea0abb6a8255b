// Who listens where a found config file's loopback endpoint sends requests: /proc/net/tcp and tcp6 as Linux
// prints them (addresses in 32-bit words of the machine's byte order, the port in hex, state 0A = LISTEN).
import { describe, expect, it } from 'vitest';
import { checkLoopbackListener, loopbackListeners } from '../../src/config/loopback-listener.js';
import type { Source } from '../../src/config/sources.js';

const HEAD = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n';
const row = (address: string, state: string, uid: number): string => `   0: ${address} 00000000:0000 ${state} 00000000:00000000 00:00000000 00000000  ${uid}        0 1 1 0 100 0 0 10 0\n`;
const tables = (tcp: string, tcp6 = ''): ((p: string) => string) => (p) => HEAD + (p.endsWith('6') ? tcp6 : tcp);

describe('loopbackListeners', () => {
  it('finds the owners of listening sockets a loopback connection reaches (little-endian words)', () => {
    const tcp = row('0100007F:1F90', '0A', 1001) + row('00000000:1F90', '0A', 1002) + row('0A00000A:1F90', '0A', 1003) + row('0100007F:1F90', '01', 1004) + row('0100007F:1F91', '0A', 1005);
    const tcp6 = row('00000000000000000000000001000000:1F90', '0A', 1006) + row('00000000000000000000000000000000:1F90', '0A', 1007) + row('0000000000000000FFFF00000100007F:1F90', '0A', 1008) + row('000080FE00000000FF005450B8B7B6FE:1F90', '0A', 1009);
    // 10.0.0.10 (another address), an established connection, another port, fe80:: are not reached.
    expect(loopbackListeners(8080, tables(tcp, tcp6), true)).toEqual([1001, 1002, 1006, 1007, 1008]);
  });
  it('reads big-endian words too', () => {
    expect(loopbackListeners(8080, tables(row('7F000001:1F90', '0A', 7) + row('0A00000A:1F90', '0A', 8), row('00000000000000000000000000000001:1F90', '0A', 9)), false)).toEqual([7, 9]);
  });
  it('undefined where the system keeps no table (not Linux)', () => {
    expect(loopbackListeners(8080, () => { throw new Error('ENOENT'); }, true)).toBeUndefined();
  });
});

describe('checkLoopbackListener', () => {
  const found: Source = { kind: 'file', path: '/home/me/repo/.scmrc', key: 'endpoint', layer: 'project' };
  const by = (...owners: number[]) => () => owners;
  const refused = (url: string, source: Source, owners: number[], uid = 1000): string | undefined => {
    try {
      checkLoopbackListener(new URL(url), source, uid, 'en', by(...owners));
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };
  it("refuses a found file's loopback endpoint where someone but you or root listens", () => {
    expect(refused('http://127.0.0.1:8080', found, [1000, 0, 1001])).toBe('refusing endpoint 127.0.0.1:8080 from /home/me/repo/.scmrc: user 1001, not you or root, is listening on that port of this machine and would get every request, credentials and private keys included; nothing was sent');
    expect(refused('http://localhost', found, [33])).toContain('user 33, not you');
  });
  it('leaves alone your own or root\'s server, nobody listening, other hosts, and every other source', () => {
    expect(refused('http://127.0.0.1:8080', found, [1000, 0])).toBeUndefined();
    expect(refused('http://127.0.0.1:8080', found, [])).toBeUndefined();
    expect(refused('https://scm.cn-north-4.myhuaweicloud.com', found, [1001])).toBeUndefined();
    for (const source of [{ ...found, layer: 'user' }, { ...found, layer: 'explicit' }, { kind: 'env', name: 'SCM_ENDPOINT' }, { kind: 'flag', name: '--endpoint' }] as Source[]) {
      expect(refused('http://127.0.0.1:8080', source, [1001])).toBeUndefined();
    }
  });
});

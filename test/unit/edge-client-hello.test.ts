// The emulator's edge reads the server name from a ClientHello (client-hello.ts) to refuse a name it does not
// serve with unrecognized_name (112), as real servers do, where Node's TLS server could only say handshake_failure (40).
import { connect } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { clientHello } from '../../src/io/server-hello.js';
import { sniOf } from '../../src/emulator/client-hello.js';
import { Store } from '../../src/emulator/store.js';
import { startEdge } from '../../src/emulator/edge.js';

describe('sniOf', () => {
  it('reads the name of a ClientHello, whole or cut into pieces; none without SNI or for bytes that are not TLS', () => {
    const hello = clientHello('www.example.com');
    expect(sniOf(hello)).toBe('www.example.com');
    expect(sniOf(hello.subarray(0, 3))).toBe('more');
    expect(sniOf(hello.subarray(0, hello.length - 1))).toBe('more');
    expect(sniOf(clientHello(undefined))).toBeUndefined();
    expect(sniOf(Buffer.from('GET / HTTP/1.1\r\n'))).toBeUndefined();
  });
});

describe('the edge', () => {
  it('answers a name nothing serves with the fatal alert unrecognized_name (112)', async () => {
    const edge = await startEdge(new Store(), 0);
    try {
      const alert = await new Promise<string>((resolve) => {
        const s = connect({ host: '127.0.0.1', port: edge.port, servername: 'nothing.example.com', rejectUnauthorized: false });
        s.on('error', (e: NodeJS.ErrnoException) => resolve(`${e.code ?? e.message}`));
        s.on('secureConnect', () => resolve('connected'));
      });
      expect(alert).toBe('ERR_SSL_TLSV1_UNRECOGNIZED_NAME');
    } finally {
      await edge.close();
    }
  });
});

// The reader of a server's plain-text first flight (src/io/server-hello.ts): handshake messages split across
// records and records across reads, the chain in the server's order, an alert ending the flight.
import { describe, expect, it } from 'vitest';
import { clientHello, readFlight } from '../../src/io/server-hello.js';

const u24 = (n: number): number[] => [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const message = (type: number, body: number[]): number[] => [type, ...u24(body.length), ...body];
const records = (stream: number[], size: number): Buffer => {
  const out: number[] = [];
  for (let at = 0; at < stream.length; at += size) {
    const part = stream.slice(at, at + size);
    out.push(0x16, 0x03, 0x03, part.length >> 8, part.length & 0xff, ...part);
  }
  return Buffer.from(out);
};
const cert = (fill: number, n: number): number[] => [...u24(n), ...Array<number>(n).fill(fill)];
const certs = [...cert(1, 300), ...cert(2, 200)];
const FLIGHT = [
  ...message(2, [0x03, 0x01, ...Array<number>(38).fill(0)]),
  ...message(11, [...u24(certs.length), ...certs]),
  ...message(13, [1, 1, 0, 0]),
  ...message(14, []),
];

describe('readFlight', () => {
  it('reads version, chain and the certificate request through records of 7 bytes, only once all arrived', () => {
    const data = records(FLIGHT, 7);
    const half = readFlight(data.subarray(0, 200));
    expect([half.done, half.version, half.chain.length]).toEqual([false, 'TLSv1', 0]);
    const whole = readFlight(data);
    expect([whole.done, whole.version, whole.certificateRequested]).toEqual([true, 'TLSv1', true]);
    expect(whole.chain.map((c) => [c.length, c[0]])).toEqual([[300, 1], [200, 2]]);
  });

  it('an alert ends the flight; what came before it is kept', () => {
    const data = Buffer.concat([records(FLIGHT.slice(0, 44), 100), Buffer.from([0x15, 0x03, 0x01, 0, 2, 2, 40])]);
    expect(readFlight(data)).toEqual({ done: true, version: 'TLSv1', chain: [], certificateRequested: false });
  });

  it('the ClientHello is one TLS 1.0 record offering TLS 1.2, with the SNI when there is one', () => {
    const hello = clientHello('www.example.com');
    expect([hello[0], hello.readUInt16BE(1), hello.readUInt16BE(3), hello[5], hello.readUInt16BE(9)]).toEqual([0x16, 0x0301, hello.length - 5, 1, 0x0303]);
    expect(hello.includes(Buffer.from('www.example.com'))).toBe(true);
  });
});

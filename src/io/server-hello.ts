// The TLS version a server that refused ours speaks, read from its ServerHello alone. A second full handshake
// with OpenSSL (accepting old versions at SECLEVEL=0) learns it only when the whole handshake succeeds: a server
// that then requires a client certificate, or offers only suites this OpenSSL lacks or refuses (anonymous,
// export, legacy), fails after choosing its version, and the version was lost. Here a hand-made ClientHello
// offering up to TLS 1.2 and every cipher suite code is sent, and the server's choice is read from the first
// bytes it answers; nothing else is read, and the connection is closed right after.
import { connect } from 'node:net';
import { whenAborted } from './abort-fan.js';

/** ServerHello's server_version, as Node names versions (SSLv3 is what a server older than TLS answers). */
const NAMES: Record<number, string> = { 0x0300: 'SSLv3', 0x0301: 'TLSv1', 0x0302: 'TLSv1.1', 0x0303: 'TLSv1.2' };

const u16 = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
const u24 = (n: number): number[] => [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const vec16 = (bytes: number[]): number[] => [...u16(bytes.length), ...bytes];
const ext = (type: number, body: number[]): number[] => [...u16(type), ...vec16(body)];
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Every suite code of the classic and ECC ranges and ChaCha20 (a server ignores codes it does not know), so that
 * whatever suites a SECLEVEL=0 server allows, one is offered; not TLS_FALLBACK_SCSV (0x5600).
 */
const SUITES = [...range(0x0001, 0x00ff), ...range(0xc001, 0xc0ff), ...range(0xcca8, 0xccae)];
/** Every named curve and FFDHE group, so that an (EC)DHE suite can be chosen whatever curve the server has. */
const GROUPS = [...range(0x0001, 0x001e), ...range(0x0100, 0x0104)];
/** Signature algorithms a TLS 1.2 server may need to choose a suite: {MD5..SHA512} x {RSA, DSA, ECDSA}, PSS, EdDSA. */
const SIGALGS = [...range(1, 6).flatMap((h) => [(h << 8) | 1, (h << 8) | 2, (h << 8) | 3]), ...range(0x0804, 0x080b)];

export function clientHello(servername: string | undefined): Buffer {
  const name = servername ? Buffer.from(servername, 'ascii') : undefined;
  const extensions = [
    ...(name ? ext(0x0000, vec16([0, ...u16(name.length), ...name])) : []),
    ...ext(0x000a, vec16(GROUPS.flatMap(u16))),
    ...ext(0x000b, [1, 0]),
    ...ext(0x000d, vec16(SIGALGS.flatMap(u16))),
  ];
  const body = [
    ...u16(0x0303), ...Array.from({ length: 32 }, () => Math.floor(Math.random() * 256)), 0,
    ...vec16(SUITES.flatMap(u16)), 1, 0, ...vec16(extensions),
  ];
  const handshake = [1, ...u24(body.length), ...body];
  // The record says TLS 1.0, as clients do for the widest reach; the ClientHello offers up to TLS 1.2.
  return Buffer.from([0x16, ...u16(0x0301), ...u16(handshake.length), ...handshake]);
}

/** The version in the first record when it is a ServerHello; undefined for an alert or anything else. */
export function helloVersion(data: Buffer): string | undefined {
  if (data.length < 11 || data[0] !== 0x16 || data[5] !== 2) return undefined;
  return NAMES[data.readUInt16BE(9)];
}

export function serverVersion(o: { host: string; port: number; servername?: string; timeoutMs: number; signal: AbortSignal }): Promise<string | undefined> {
  return new Promise((resolve) => {
    if (o.signal.aborted) return resolve(undefined);
    const socket = connect({ host: o.host, port: o.port });
    let got = Buffer.alloc(0);
    let settled = false;
    const done = (version: string | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      forget();
      socket.destroy();
      resolve(version);
    };
    const forget = whenAborted(o.signal, () => done(undefined));
    const timer = setTimeout(() => done(undefined), o.timeoutMs);
    socket.once('connect', () => socket.write(clientHello(o.servername)));
    socket.on('data', (d: Buffer) => {
      got = Buffer.concat([got, d]);
      if (got.length >= 11) done(helloVersion(got));
    });
    socket.once('error', () => done(undefined));
    socket.once('close', () => done(helloVersion(got)));
  });
}

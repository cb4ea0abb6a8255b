// What a server that refused our handshake sends in plain text before any key is agreed (TLS 1.2 and older):
// the version it speaks (its ServerHello), its chain, and whether it asks for a client certificate. A second
// full handshake with OpenSSL learns them only when the whole handshake succeeds: a server that requires a client
// certificate, or offers only suites this OpenSSL lacks or refuses (anonymous, export, legacy at SECLEVEL=0),
// fails after choosing its version and sending its chain, and both were lost. Here a hand-made ClientHello
// offering up to TLS 1.2 and every cipher suite code is sent and the server's first flight (ServerHello ..
// ServerHelloDone) is read; nothing is answered, and the connection is closed right after.
import { secondLook, type SecondLook } from './second-look.js';

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

/** What the server's first flight said, in plain text up to TLS 1.2: its version, its chain, whether it asks for a client certificate. */
export interface ServerFlight {
  version?: string;
  /** DER, in the server's order. */
  chain: Buffer[];
  certificateRequested: boolean;
}

const HANDSHAKE = 0x16;
const SERVER_HELLO = 2;
const CERTIFICATE = 11;
const CERTIFICATE_REQUEST = 13;
const SERVER_HELLO_DONE = 14;
/** A chain of 16 large certificates fits; a server that sends more is not read further. */
const MOST = 256 * 1024;

/** The handshake messages of the records in `data` (as received); `done` once nothing more is to be read. */
export function readFlight(data: Buffer): ServerFlight & { done: boolean } {
  const parts: Buffer[] = [];
  let at = 0;
  let other = false;
  while (at + 5 <= data.length && !other) {
    const length = data.readUInt16BE(at + 3);
    // An alert, or anything that is not a handshake record: the flight ends there.
    if (data[at] !== HANDSHAKE) other = true;
    else if (at + 5 + length > data.length) break;
    else parts.push(data.subarray(at + 5, at + 5 + length));
    at += 5 + length;
  }
  const flight = messages(Buffer.concat(parts));
  return { ...flight, done: flight.done || other || data.length >= MOST };
}

function messages(stream: Buffer): ServerFlight & { done: boolean } {
  const out: ServerFlight & { done: boolean } = { chain: [], certificateRequested: false, done: false };
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = stream[at]!;
    const length = stream.readUIntBE(at + 1, 3);
    if (at + 4 + length > stream.length) break;
    const body = stream.subarray(at + 4, at + 4 + length);
    if (type === SERVER_HELLO && body.length >= 2) out.version = NAMES[body.readUInt16BE(0)];
    if (type === CERTIFICATE && body.length >= 3) out.chain = certificates(body.subarray(3, 3 + body.readUIntBE(0, 3)));
    if (type === CERTIFICATE_REQUEST) out.certificateRequested = true;
    // The end of the flight, or a ServerHello this reader cannot follow (a version it does not know).
    if (type === SERVER_HELLO_DONE || (type === SERVER_HELLO && out.version === undefined)) out.done = true;
    if (out.done) break;
    at += 4 + length;
  }
  return out;
}

function certificates(list: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at + 3 <= list.length; ) {
    const length = list.readUIntBE(at, 3);
    if (at + 3 + length > list.length) break;
    out.push(Buffer.from(list.subarray(at + 3, at + 3 + length)));
    at += 3 + length;
  }
  return out;
}

/**
 * The server's first flight to a ClientHello offering up to TLS 1.2 and every suite; what was read when it stops
 * (a few seconds at most: second-look.ts).
 */
export async function serverFlight(o: SecondLook & { servername?: string; signal: AbortSignal }): Promise<ServerFlight> {
  const got = await secondLook({ ...o, ask: clientHello(o.servername), enough: (data) => readFlight(data).done });
  if (!got) return { chain: [], certificateRequested: false };
  const { done: _, ...flight } = readFlight(got);
  return flight;
}

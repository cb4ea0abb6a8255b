// The server name a TLS ClientHello asks for (RFC 6066 server_name), read from the first bytes a client sends, so
// that the emulator's edge can refuse a name it does not serve as real servers do: with the fatal alert
// unrecognized_name (112), which Node's TLS server cannot send (its SNICallback can only go on without a
// certificate, and OpenSSL then answers handshake_failure, 40).

/** The fatal alert unrecognized_name (112) as a TLS record (TLS 1.2's record version, which 1.3 keeps). */
export const UNRECOGNIZED_NAME = Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 112]);

/**
 * What the bytes so far say: 'more' until the first handshake record is whole; then the host name asked for,
 * or undefined when there is none (no SNI, not a ClientHello, or bytes that are not TLS: OpenSSL answers those).
 */
export function sniOf(bytes: Buffer): string | undefined | 'more' {
  if (bytes.length < 5) return bytes.length > 0 && bytes[0] !== 0x16 ? undefined : 'more';
  if (bytes[0] !== 0x16) return undefined;
  const end = 5 + bytes.readUInt16BE(3);
  if (bytes.length < end) return 'more';
  const hello = bytes.subarray(5, end);
  // handshake type 1 (ClientHello), 3 length bytes, version (2), random (32)
  if (hello[0] !== 1) return undefined;
  let at = 4 + 2 + 32;
  const skip = (lengthBytes: 1 | 2): boolean => {
    if (at + lengthBytes > hello.length) return false;
    at += lengthBytes + (lengthBytes === 1 ? hello[at]! : hello.readUInt16BE(at));
    return at <= hello.length;
  };
  if (!skip(1) || !skip(2) || !skip(1)) return undefined; // session id, cipher suites, compression methods
  if (at + 2 > hello.length) return undefined;
  const extensionsEnd = Math.min(hello.length, at + 2 + hello.readUInt16BE(at));
  at += 2;
  while (at + 4 <= extensionsEnd) {
    const type = hello.readUInt16BE(at);
    const length = hello.readUInt16BE(at + 2);
    const body = hello.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    // server_name: a list (2 length bytes) of entries: name type 0 (host_name), 2 length bytes, the name
    if (type !== 0 || body.length < 5 || body[2] !== 0) continue;
    const nameLength = body.readUInt16BE(3);
    return body.length >= 5 + nameLength ? body.subarray(5, 5 + nameLength).toString('latin1') : undefined;
  }
  return undefined;
}

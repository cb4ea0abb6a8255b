// Serial numbers RFC 5280 (4.1.2.2) forbids: negative or zero ("MUST be a positive integer"), or longer than 20
// octets. OpenSSL, browsers and SCM take them; Go (since 1.23) refuses a negative one and rustls (webpki) any of
// them, so API clients and tools built on those fail where curl and browsers work. Pure.
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { Cert } from './model.js';

/** The serial's octets without sign or leading zeros, from Node's hex (a negative one starts with '-'). */
const octets = (hex: string): number => Math.ceil(hex.replace(/^-/, '').replace(/^0+/, '').length / 2);

/**
 * Each certificate of the path with such a serial; a root after the leaf is left out (clients take their own copy,
 * and trust stores hold roots with serial 0, as Go Daddy's and Starfield's G2). `at`: the index of the first one
 * to judge (check judges one certificate at a time).
 */
export function checkSerials(path: readonly Cert[], f: Findings, at = 0): void {
  for (const [i, c] of path.entries()) {
    if (i < at || (i > 0 && c.selfSigned)) continue;
    const serial = c.x509.serialNumber;
    if (serial.startsWith('-')) f.add('serial-invalid', M.serialNegative, { cert: c.name, serial });
    else if (/^0*$/.test(serial)) f.add('serial-invalid', M.serialZero, { cert: c.name });
    else if (octets(serial) > 20) f.add('serial-invalid', M.serialLong, { cert: c.name, octets: octets(serial) });
  }
}

// A negative serial number, which RFC 5280 (4.1.2.2) forbids ("MUST be a positive integer"): OpenSSL, browsers and
// SCM take it, but Go's crypto/x509 refuses it since Go 1.23 ("x509: negative serial number"), so API clients and
// tools built with Go fail where curl and browsers work. A zero or overlong serial is not said: no client in common
// use is known to refuse one (rustls-webpki, for one, is lenient, as the RFC asks users to be). Pure.
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { Cert } from './model.js';

/**
 * Each certificate of the path with a negative serial (Node writes it with a '-'); a root after the leaf is left
 * out (clients take their own copy). `at`: the index of the first one to judge (check judges one at a time).
 */
export function checkSerials(path: readonly Cert[], f: Findings, at = 0): void {
  for (const [i, c] of path.entries()) {
    if (i < at || (i > 0 && c.selfSigned)) continue;
    const serial = c.x509.serialNumber;
    if (serial.startsWith('-')) f.add('serial-negative', M.serialNegative, { cert: c.name, serial });
  }
}

// The TLS alerts a server may end a handshake with, by number, under their RFC 8446 / RFC 6066 names (the names
// people search for; OpenSSL's own texts, "sslv3 alert handshake failure", are older and vary). Pure data.
const ALERTS: Readonly<Record<number, string>> = {
  0: 'close_notify', 10: 'unexpected_message', 20: 'bad_record_mac', 22: 'record_overflow', 40: 'handshake_failure',
  42: 'bad_certificate', 43: 'unsupported_certificate', 44: 'certificate_revoked', 45: 'certificate_expired',
  46: 'certificate_unknown', 47: 'illegal_parameter', 48: 'unknown_ca', 49: 'access_denied', 50: 'decode_error',
  51: 'decrypt_error', 70: 'protocol_version', 71: 'insufficient_security', 80: 'internal_error',
  86: 'inappropriate_fallback', 90: 'user_canceled', 109: 'missing_extension', 110: 'unsupported_extension',
  112: 'unrecognized_name', 113: 'bad_certificate_status_response', 115: 'unknown_psk_identity',
  116: 'certificate_required', 120: 'no_application_protocol',
};

/** The alert's name, or "alert N" for a number no RFC names. */
export const alertName = (n: number): string => ALERTS[n] ?? `alert ${n}`;

/** unrecognized_name: the server does not serve the name sent as SNI (RFC 6066, section 3). */
export const UNRECOGNIZED_NAME = 112;

/** protocol_version: the server speaks no TLS version the client offered (RFC 8446, 6.2). */
export const PROTOCOL_VERSION = 70;

/**
 * The alerts a missing SNI can explain: unrecognized_name, and handshake_failure (a server with no certificate
 * for a handshake without a name). Any other (protocol_version, internal_error ...) has another cause.
 */
export const sniMayExplain = (alert: number): boolean => alert === UNRECOGNIZED_NAME || alert === 40;

// Whether a Java keystore (JKS or JCEKS) is a truststore: every entry a trusted certificate, no private key entry.
// The entry list is not encrypted (the password only guards an integrity hash at the end), so this is read without
// one: a truststore is then refused as what it is, instead of with the conversion that would only make a
// PKCS#12 truststore (truststore.ts).

/** True when the entries parse and all are trustedCertEntry (tag 2); anything else or unreadable: false. */
export function trustedOnly(data: Buffer): boolean {
  try {
    const version = data.readUInt32BE(4);
    const count = data.readUInt32BE(8);
    if (count === 0 || (version !== 1 && version !== 2)) return false;
    let at = 12;
    const skipUtf = (): void => {
      at += 2 + data.readUInt16BE(at);
    };
    for (let i = 0; i < count; i++) {
      if (data.readUInt32BE(at) !== 2) return false;
      at += 4;
      skipUtf(); // alias
      at += 8; // creation date
      if (version === 2) skipUtf(); // certificate type ("X.509")
      at += 4 + data.readUInt32BE(at);
      if (at > data.length) return false;
    }
    return true;
  } catch {
    return false; // cut short: say what it is, as before
  }
}

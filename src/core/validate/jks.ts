// Java keystores (JKS, JCEKS), which scm cannot open: one known by its magic number, the words of keytool's
// conversion to PKCS#12, and whether it is a truststore: every entry a trusted certificate, no private key entry.
// The entry list is not encrypted (the password only guards an integrity hash at the end), so this is read without
// one: a truststore is then refused as what it is, instead of with the conversion that would only make a
// PKCS#12 truststore (truststore.ts).
import { shellWord } from '../shell-word.js';

export type JavaKeystore = 'JKS' | 'JCEKS';

/** A Java keystore by its magic number (JKS: FE ED FE ED; JCEKS: CE CE CE CE), which no other input starts with. */
export function javaKeystore(data: Buffer): JavaKeystore | undefined {
  if (data.length < 4) return undefined;
  const magic = data.readUInt32BE(0);
  return magic === 0xfeedfeed ? 'JKS' : magic === 0xcececece ? 'JCEKS' : undefined;
}

/** The words of keytool's conversion of a keystore: the file, its kind, and the .p12 beside it to make. */
export function keystoreParams(source: string, kind: JavaKeystore): { source: string; sourceWord: string; kind: string; p12Word: string } {
  const p12 = `${source.replace(/\.(jks|jceks|keystore|ks)$/i, '')}.p12`;
  return { source, sourceWord: shellWord(source), kind, p12Word: shellWord(p12) };
}

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

// DER certificates and private keys joined into one file (`cat cert.der key.der`, `copy /b`): DER holds one object
// per file, and no server or tool reads past the first. A bundle read by content takes each piece (pool.ts), said
// once with the commands that write each as a PEM file of its own; as --cert or --chain it is no certificate file,
// said so with the same commands. Pure.
import { shellWord } from '../shell-word.js';
import { CM, noFileName } from './container.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { Scanned } from './scan.js';

/**
 * What the file holds ("1 certificate and 1 private key") and, one per piece, the command that writes it as PEM:
 * OpenSSL reads the first DER object of what it is given, so each piece is read from its offset with `tail -c`.
 */
function described(scan: Scanned, f: Findings): Record<string, string | number> {
  const pieces = scan.derMixed ?? [];
  const certs = pieces.filter((p) => p.kind === 'cert').length;
  const file = noFileName(scan.source) ? f.say(CM.archiveFile) : shellWord(scan.source);
  let [c, k] = [0, 0];
  const commands = pieces.map((p) => {
    const out = p.kind === 'cert' ? (c++ === 0 ? 'cert.pem' : `chain-${c}.pem`) : (k++ === 0 ? 'key.pem' : `key-${k}.pem`);
    const tool = p.kind === 'cert' ? 'openssl x509 -inform der' : 'openssl pkey -inform der';
    return `\`${p.at === 0 ? `${tool} -in ${file}` : `tail -c +${p.at + 1} ${file} | ${tool}`} -out ${out}\``;
  });
  return { source: scan.source, sourceWord: file, what: f.say(M.derMixedWhat, { certs, keys: pieces.length - certs }), commands: commands.join(f.say(M.listSeparator)) };
}

/** Read as a bundle: sent as PEM (input-converted), with the commands that split it for a server. */
export function sayDerMixedRead(scan: Scanned, f: Findings): void {
  f.add('input-converted', M.derMixed, described(scan, f), M.derMixedFix);
}

/** Given as --cert, --chain or --key (`rule`): no file of one kind; the same commands, and the way that reads it whole. */
export function sayDerMixedSlot(scan: Scanned, rule: string, f: Findings): void {
  f.add(rule, M.derMixedSlot, { ...described(scan, f), kind: f.say(rule === 'key-unparsable' ? M.derMixedKeyFile : M.derMixedCertFile) });
}

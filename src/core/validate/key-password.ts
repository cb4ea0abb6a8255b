// A password-protected private key (decode-key.ts): opened with the password the user gave, or said with the
// command that removes the password. Messages name files and ciphers, never the password or key material.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import type { Message, Params } from '../i18n.js';
import { shellWord } from '../shell-word.js';
import { noFileName } from './container.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';

/**
 * A password-protected key: its fix names the file to give `openssl pkey -in` (one shell word), not the rule's
 * placeholder encrypted.key, and writes FILE.dec beside it, where a bundle folder validated again finds it (the
 * encrypted one is then passed over); standard input has no name to give, so it keeps the rule's.
 */
export function encrypted(f: Findings, message: Message, params: { source: string } & Params, legacy?: string): void {
  // A cipher OpenSSL 3 runs only with its legacy provider (DES, RC2, PKCS#5 v1.5 PBE): the plain command would
  // answer "unsupported", so the fix loads that provider and says why.
  if (noFileName(params.source)) return f.add('key-encrypted', message, { ...params, ...(legacy ? { cipher: legacy } : {}) }, legacy ? M.keyEncryptedLegacyStdinFix : undefined);
  const dec = `${params.source}.dec`;
  const fixParams = { ...params, sourceWord: shellWord(params.source), dec, decWord: shellWord(dec), ...(legacy ? { cipher: legacy } : {}) };
  f.add('key-encrypted', message, fixParams, legacy ? M.keyEncryptedLegacyFix : M.keyEncryptedFix);
}

/**
 * An encrypted key (PKCS#8: `openssl pkcs8 -topk8`, `openssl genpkey -aes256`; or OpenSSL's traditional PEM
 * encryption, `openssl rsa -aes256`) opened with the password the user gave
 * for the bundle (--pfx-password-file FILE or SCM_PFX_PASSWORD, as for a .pfx): read (and sent) without it, as SCM
 * takes no encrypted key. 'wrong' when that password does not open it; undefined when none was
 * given, or the cipher is one Node's OpenSSL does not run (the usual key-encrypted finding then names the command).
 */
export function openedKey(der: Buffer | string | undefined, password: string | undefined): KeyObject | 'wrong' | undefined {
  if (!der || !password) return undefined;
  try {
    // A string: a traditional key's PEM with its Proc-Type and DEK-Info headers (OpenSSL reads the cipher there).
    return createPrivateKey(typeof der === 'string' ? { key: der, format: 'pem', passphrase: password } : { key: der, format: 'der', type: 'pkcs8', passphrase: password });
  } catch (e) {
    return /unsupported/i.test(`${(e as { code?: string }).code ?? ''} ${String((e as Error).message)}`) ? undefined : 'wrong';
  }
}

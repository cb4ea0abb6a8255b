// The form a host name is compared in, apart from the domain checks (domains.ts): push, deploy and the
// inventory compare names too, and importing it from domains.ts loaded validate's messages and certificate
// model with them (~70 kB that `scm push` never uses).
import { domainToASCII } from 'node:url';

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A host name as the commands compare it: trimmed, lower case, without the trailing dot of `www.example.com.`,
 * and a Unicode name in punycode (`bücher.example` → xn--bcher-kva.example), as SCM lists names and as validate
 * compares --domain. Only a non-ASCII name goes through URL host parsing, which would read an ASCII '3221225985'
 * as 192.0.2.1; one with no punycode form stays as given (matching nothing; --domain refuses it before).
 */
export function hostForm(name: string): string {
  const plain = name.trim().toLowerCase().replace(/\.$/, '');
  return NON_ASCII.test(plain) ? (domainToASCII(plain) || plain).replace(/\.$/, '') : plain;
}

// What a --domain value must be: a host name (maybe a wildcard, maybe Unicode) or one IP address. Checked as typed,
// before any parsing: domainToASCII() is WHATWG host parsing, which drops a path, a query, a fragment or anything
// after a backslash ('www.example.com/x' → www.example.com) and reads '3221225985' or '0xc0.0.2.1' as 192.0.2.1, so
// a value that is no host name would pass as covered. Each refusal names what to remove.
import { domainToASCII, domainToUnicode } from 'node:url';
import { hostnameProblem, isIp, SPACE_OR_CONTROL, type Problem } from './domains.js';
import { ipv6Form } from './names.js';
import { M } from './messages.js';

const IPV4_LOOSE = /^\d{1,3}(\.\d{1,3}){3}$/;
const decimal = (v: string): string => v.split('.').map((n) => String(Number(n))).join('.');

/** A value written as a URL or an address with extras: which extra, and the host the person meant. */
function extraProblem(value: string): Problem | undefined {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#\\]*)/.exec(value);
  if (scheme) return [M.argScheme, { host: scheme[1]!.replace(/^\[(.*)\]$/, '$1') }];
  const bracket = /^\[([^\]]*)\](.*)$/.exec(value);
  if (bracket) return bracket[2] ? [M.argPort, { port: bracket[2], host: bracket[1]! }] : [M.argBrackets, { host: bracket[1]! }];
  const zone = value.indexOf('%');
  if (zone > 0 && value.slice(0, zone).includes(':')) return [M.argZone, { zone: value.slice(zone), host: value.slice(0, zone) }];
  const stop = value.search(/[/?#\\]/);
  if (stop > 0) {
    const [head, rest] = [value.slice(0, stop), value.slice(stop)];
    if (/^\/\d{1,3}$/.test(rest) && isIp(head)) return [M.argPrefix, { prefix: rest, host: head }];
    if (rest.startsWith('/')) return [M.argPath, { path: rest, host: head }];
    if (rest.startsWith('\\')) return [M.argBackslash, { host: head }];
    return [M.argQuery, { part: rest, host: head }];
  }
  const port = /^([^:]+):(\d*)$/.exec(value);
  if (port) return [M.argPort, { port: `:${port[2]}`, host: port[1]! }];
  return undefined;
}

/**
 * Why a name's `xn--` label is no A-label, or undefined when each is one: it must be punycode that decodes to an
 * internationalised label IDNA allows and that encodes back to itself. URL parsing gives '' for such a name, and
 * the checks fell back to the name as typed, so 'xn--zz.example' passed for a host and was sent as one.
 */
export function aLabelProblem(name: string): Problem | undefined {
  for (const label of name.split('.')) {
    if (!/^xn--/i.test(label)) continue;
    const unicode = domainToUnicode(label);
    // A label that decodes to plain ASCII ('xn--ab-' → ab) encodes back to that ASCII, not to itself.
    if (unicode === '' || domainToASCII(unicode) !== label.toLowerCase()) return [M.argALabelInvalid, { label }];
  }
  return undefined;
}

/** Why a --domain value is not a domain name (nor an IP address), or undefined when it is one. */
export function domainArgProblem(value: string): Problem | undefined {
  // Checked before punycode conversion, which silently drops tabs and line breaks ('ex\tample.com' → example.com).
  if (SPACE_OR_CONTROL.test(value)) return [M.hostSpaces];
  const extra = extraProblem(value);
  if (extra) return extra;
  if (isIp(value)) return value.includes(':') && !ipv6Form(value) ? [M.argBadIpv6] : undefined;
  const ascii = domainToASCII(value);
  // An address in a notation other than four decimal numbers: URL parsing reads 010 as octal, 0xc0 as hex.
  if (isIp(ascii) && !(IPV4_LOOSE.test(value) && decimal(value) === ascii)) return [M.argIpNotation, { ip: ascii }];
  return hostnameProblem(ascii === '' ? value : ascii) ?? aLabelProblem(value);
}

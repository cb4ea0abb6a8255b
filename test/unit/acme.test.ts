// The ACME hook environments (--from certbot|lego|acme.sh) mapped to upload inputs, and the default names
// derived from a domain and the date (always within SCM's name rule, SCM.0032).
import { describe, expect, it } from 'vitest';
import { ACME_CLIENTS } from '../../src/core/acme/clients.js';
import { defaultCertificateName, mainName, nameSafeDomain } from '../../src/core/acme/name.js';
import { ACME_VARIABLES, acmeInputs, mainDomain } from '../../src/core/acme/sources.js';
import { NAME_PATTERN } from '../../src/core/validate/limits.js';
import { UsageError } from '../../src/errors.js';

const NOW = new Date('2026-11-28T23:30:00Z');
const fail = (f: () => unknown): UsageError => {
  try {
    f();
  } catch (e) {
    return e as UsageError;
  }
  throw new Error('did not throw');
};

describe('--from certbot', () => {
  it('reads RENEWED_LINEAGE (fullchain.pem + privkey.pem) and RENEWED_DOMAINS', () => {
    const x = acmeInputs('certbot', { RENEWED_LINEAGE: '/etc/letsencrypt/live/example.com', RENEWED_DOMAINS: 'example.com www.example.com' });
    expect(x).toMatchObject({ cert: '/etc/letsencrypt/live/example.com/fullchain.pem', key: '/etc/letsencrypt/live/example.com/privkey.pem', domains: ['example.com', 'www.example.com'] });
    expect(x.chain).toBeUndefined();
    expect(mainDomain(x)).toBe('example.com');
  });
  it('names the missing or empty variable (exit 2)', () => {
    const e = fail(() => acmeInputs('certbot', {}));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe('--from certbot: RENEWED_LINEAGE is not set');
    expect(fail(() => acmeInputs('certbot', { RENEWED_LINEAGE: '  ' })).message).toBe('--from certbot: RENEWED_LINEAGE is empty');
    const noDomains = acmeInputs('certbot', { RENEWED_LINEAGE: '/x' });
    expect(fail(() => mainDomain(noDomains)).message).toMatch(/RENEWED_DOMAINS is not set, and without --name/);
    // Blank is "empty", as for every other variable, not "not set".
    expect(fail(() => mainDomain(acmeInputs('certbot', { RENEWED_LINEAGE: '/x', RENEWED_DOMAINS: ' \n' }))).message).toBe('--from certbot: RENEWED_DOMAINS is empty, and without --name scm needs it to name the certificate');
    expect(fail(() => mainDomain(acmeInputs('lego', { LEGO_HOOK_CERT_PATH: '/c', LEGO_HOOK_CERT_KEY_PATH: '/k', LEGO_HOOK_CERT_DOMAINS: '', LEGO_HOOK_CERT_NAME: ' ' }))).message).toMatch(/^--from lego: LEGO_HOOK_CERT_DOMAINS is empty, and/);
    expect(fail(() => mainDomain(acmeInputs('acme.sh', { CERT_KEY_PATH: '/k', CERT_FULLCHAIN_PATH: '/f', Le_Domain: ' ' }), 'zh')).message).toBe('--from acme.sh：Le_Domain 的值为空，而不指定 --name 时，scm 要用它给证书命名');
  });
});

describe('--from lego', () => {
  it('v5: LEGO_HOOK_CERT_PATH / LEGO_HOOK_CERT_KEY_PATH, domains comma-separated', () => {
    const x = acmeInputs('lego', { LEGO_HOOK_CERT_PATH: '/l/c/example.com.crt', LEGO_HOOK_CERT_KEY_PATH: '/l/c/example.com.key', LEGO_HOOK_CERT_DOMAINS: 'example.com,*.example.com', LEGO_CERT_PATH: '/old.crt' });
    expect(x).toMatchObject({ cert: '/l/c/example.com.crt', key: '/l/c/example.com.key', domains: ['example.com', '*.example.com'] });
  });
  it('v5 without domains falls back to LEGO_HOOK_CERT_NAME', () => {
    expect(acmeInputs('lego', { LEGO_HOOK_CERT_PATH: '/a.crt', LEGO_HOOK_CERT_KEY_PATH: '/a.key', LEGO_HOOK_CERT_NAME: 'a.example.com' }).domains).toEqual(['a.example.com']);
  });
  it('v4: LEGO_CERT_PATH (the full chain) / LEGO_CERT_KEY_PATH / LEGO_CERT_DOMAIN', () => {
    const x = acmeInputs('lego', { LEGO_CERT_PATH: '/l/c/_.example.com.crt', LEGO_CERT_KEY_PATH: '/l/c/_.example.com.key', LEGO_CERT_DOMAIN: '*.example.com' });
    expect(x).toMatchObject({ cert: '/l/c/_.example.com.crt', key: '/l/c/_.example.com.key', domains: ['*.example.com'], domainVariable: 'LEGO_CERT_DOMAIN' });
  });
  it('names what is missing', () => {
    expect(fail(() => acmeInputs('lego', {})).message).toBe('--from lego: neither LEGO_HOOK_CERT_PATH (lego v5) nor LEGO_CERT_PATH (lego v4) is set');
    expect(fail(() => acmeInputs('lego', { LEGO_HOOK_CERT_PATH: '/a.crt' })).message).toBe('--from lego: LEGO_HOOK_CERT_KEY_PATH is not set');
    expect(fail(() => acmeInputs('lego', { LEGO_CERT_PATH: '/a.crt', LEGO_CERT_KEY_PATH: '' })).message).toBe('--from lego: LEGO_CERT_KEY_PATH is empty');
    expect(fail(() => acmeInputs('lego', { LEGO_CERT_KEY_PATH: '/a.key' })).message).toBe('--from lego: LEGO_CERT_PATH is not set');
  });
});

describe('--from acme.sh', () => {
  const base = { CERT_PATH: '/a/example.com.cer', CERT_KEY_PATH: '/a/example.com.key', CA_CERT_PATH: '/a/ca.cer', Le_Domain: 'example.com' };
  it('prefers CERT_FULLCHAIN_PATH; else CERT_PATH with CA_CERT_PATH as the chain', () => {
    expect(acmeInputs('acme.sh', { ...base, CERT_FULLCHAIN_PATH: '/a/fullchain.cer' })).toMatchObject({ cert: '/a/fullchain.cer', key: '/a/example.com.key', domains: ['example.com'] });
    const x = acmeInputs('acme.sh', base);
    expect(x).toMatchObject({ cert: '/a/example.com.cer', chain: '/a/ca.cer' });
    expect(fail(() => acmeInputs('acme.sh', { ...base, CA_CERT_PATH: '' })).message).toMatch(/^--from acme\.sh: CA_CERT_PATH is empty/);
  });
  it('names what is missing', () => {
    expect(fail(() => acmeInputs('acme.sh', { CERT_PATH: '/a.cer' })).message).toBe('--from acme.sh: CERT_KEY_PATH is not set');
    expect(fail(() => acmeInputs('acme.sh', { CERT_KEY_PATH: '/a.key' })).message).toBe('--from acme.sh: neither CERT_FULLCHAIN_PATH nor CERT_PATH is set');
    expect(fail(() => mainDomain(acmeInputs('acme.sh', { CERT_KEY_PATH: '/k', CERT_PATH: '/c', CA_CERT_PATH: '/ca' }))).message).toMatch(/Le_Domain is not set/);
  });
  it('every variable read is listed for scm help environment', () => {
    for (const client of ACME_CLIENTS) expect(ACME_VARIABLES[client].length).toBeGreaterThan(0);
  });
});

describe('default names', () => {
  it('domain and UTC date', () => {
    expect(defaultCertificateName('example.com', NOW)).toBe('example.com-20261128');
    expect(defaultCertificateName('Example.COM.', NOW)).toBe('example.com-20261128');
  });
  it('a wildcard becomes wildcard.<domain>', () => {
    expect(defaultCertificateName('*.example.com', NOW)).toBe('wildcard.example.com-20261128');
    expect(nameSafeDomain('*.example.com')).toBe('wildcard.example.com');
  });
  it('characters outside the rule become "-"; IDNs in A-label form stay', () => {
    expect(defaultCertificateName('bücher.example', NOW)).toBe('b-cher.example-20261128');
    expect(defaultCertificateName('xn--bcher-kva.example', NOW)).toBe('xn--bcher-kva.example-20261128');
  });
  it('long domains are cut at a label boundary, within 63 characters', () => {
    const long = `${'a'.repeat(30)}.${'b'.repeat(30)}.example.com`;
    const name = defaultCertificateName(long, NOW);
    expect(name).toBe(`${'a'.repeat(30)}-20261128`);
    const oneLabel = `${'x'.repeat(80)}.com`;
    expect(defaultCertificateName(oneLabel, NOW)).toBe(`${'x'.repeat(54)}-20261128`);
  });
  it('always obeys the SCM.0032 rule', () => {
    const samples = ['a', '', '*', '*.a', '.', '-a-.b', '_x', `${'ab.'.repeat(40)}c`, '日本.jp', 'a'.repeat(300), '*.*.example.com', 'EXAMPLE.com', 'a.b-', `${'a'.repeat(53)}.-x`];
    for (const d of samples) {
      const name = defaultCertificateName(d, NOW);
      expect(NAME_PATTERN.test(name), `${d} -> ${name}`).toBe(true);
      expect(name.length).toBeLessThanOrEqual(63);
    }
    for (let i = 0; i < 500; i++) {
      const d = Array.from({ length: Math.floor(Math.random() * 120) }, () => String.fromCharCode(32 + Math.floor(Math.random() * 200))).join('');
      expect(NAME_PATTERN.test(defaultCertificateName(d, NOW)), JSON.stringify(d)).toBe(true);
    }
  });
});

describe('mainName: what upload without --name names a certificate after', () => {
  it('the CN when it is one of the names, else the first name; never an IP address', () => {
    expect(mainName({ subject: 'O=Example, CN=www.example.com', names: ['example.com', 'www.example.com'] })).toBe('www.example.com');
    expect(mainName({ subject: 'CN=Example Server', names: ['example.com', 'www.example.com'] })).toBe('example.com');
    expect(mainName({ subject: 'O=IP Only Org', names: ['10.0.0.1', '2001:db8::1'] })).toBeUndefined();
    expect(mainName({ subject: 'CN=10.0.0.1', names: ['10.0.0.1', 'example.com'] })).toBe('example.com');
    expect(mainName({ subject: 'CN=legacy.example.com', names: [] })).toBe('legacy.example.com');
  });
});

// `scm upload --from CLIENT`: the whole inputs each hook environment gives, exactly (files, domains, the
// variables named on the stderr log line), values trimmed, domain lists in every separator the clients use,
// and the hint of each "missing variable" error.
import { describe, expect, it } from 'vitest';
import { acmeInputs, notAFolder, type Env } from '../../src/core/acme/sources.js';
import { UsageError } from '../../src/errors.js';
import type { AcmeClient } from '../../src/core/acme/clients.js';

const fail = (client: AcmeClient, env: Env): UsageError => {
  try {
    acmeInputs(client, env);
  } catch (e) {
    return e as UsageError;
  }
  throw new Error('did not throw');
};

describe('certbot', () => {
  it('exact inputs, values trimmed, domains split on any whitespace', () => {
    expect(acmeInputs('certbot', { RENEWED_LINEAGE: ' /etc/le/live/a ', RENEWED_DOMAINS: ' a.example.com \t www.a.example.com\n' })).toStrictEqual({
      client: 'certbot', cert: '/etc/le/live/a/fullchain.pem', key: '/etc/le/live/a/privkey.pem',
      domains: ['a.example.com', 'www.a.example.com'], domainVariable: 'RENEWED_DOMAINS', domainVariableSet: true, folder: { variable: 'RENEWED_LINEAGE', path: '/etc/le/live/a' },
      used: ['RENEWED_LINEAGE=/etc/le/live/a', 'RENEWED_DOMAINS=a.example.com www.a.example.com'],
    });
  });

  it('RENEWED_LINEAGE is the folder the files are in: named so that one that is not a folder can be said to be one', () => {
    const found = acmeInputs('certbot', { RENEWED_LINEAGE: ' /l/fullchain.pem ' });
    expect(found.folder).toStrictEqual({ variable: 'RENEWED_LINEAGE', path: '/l/fullchain.pem' });
    const e = notAFolder(found, 'en');
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe("--from certbot: RENEWED_LINEAGE must be a folder (certbot's live/ folder of the certificate, holding fullchain.pem and privkey.pem); /l/fullchain.pem is not one");
    expect(e.hint).toMatch(/^run it as certbot's deploy hook/);
    expect(acmeInputs('lego', { LEGO_CERT_PATH: '/c', LEGO_CERT_KEY_PATH: '/k' }).folder).toBeUndefined();
  });

  it('without domains: none, and none named on the log line', () => {
    for (const RENEWED_DOMAINS of [undefined, '', '  ']) {
      expect(acmeInputs('certbot', { RENEWED_LINEAGE: '/l', RENEWED_DOMAINS })).toStrictEqual({
        client: 'certbot', cert: '/l/fullchain.pem', key: '/l/privkey.pem', domains: [], domainVariable: 'RENEWED_DOMAINS', domainVariableSet: RENEWED_DOMAINS !== undefined, folder: { variable: 'RENEWED_LINEAGE', path: '/l' }, used: ['RENEWED_LINEAGE=/l'],
      });
    }
  });
});

describe('lego', () => {
  it('v5: exact inputs; domains separated by commas, spaces or both', () => {
    expect(acmeInputs('lego', { LEGO_HOOK_CERT_PATH: ' /c.crt ', LEGO_HOOK_CERT_KEY_PATH: '/c.key', LEGO_HOOK_CERT_DOMAINS: 'a.example.com , b.example.com,c.example.com  d.example.com' })).toStrictEqual({
      client: 'lego', cert: '/c.crt', key: '/c.key', domains: ['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com'], domainVariable: 'LEGO_HOOK_CERT_DOMAINS', domainVariableSet: true,
      used: ['LEGO_HOOK_CERT_PATH=/c.crt', 'LEGO_HOOK_CERT_KEY_PATH=/c.key', 'LEGO_HOOK_CERT_DOMAINS=a.example.com,b.example.com,c.example.com,d.example.com'],
    });
  });

  it('v5 without domains: the certificate name, named as such on the log line', () => {
    expect(acmeInputs('lego', { LEGO_HOOK_CERT_PATH: '/c.crt', LEGO_HOOK_CERT_KEY_PATH: '/c.key', LEGO_HOOK_CERT_DOMAINS: ' ', LEGO_HOOK_CERT_NAME: ' a.example.com ' })).toStrictEqual({
      client: 'lego', cert: '/c.crt', key: '/c.key', domains: ['a.example.com'], domainVariable: 'LEGO_HOOK_CERT_DOMAINS', domainVariableSet: true,
      used: ['LEGO_HOOK_CERT_PATH=/c.crt', 'LEGO_HOOK_CERT_KEY_PATH=/c.key', 'LEGO_HOOK_CERT_NAME=a.example.com'],
    });
    expect(acmeInputs('lego', { LEGO_HOOK_CERT_PATH: '/c.crt', LEGO_HOOK_CERT_KEY_PATH: '/c.key' })).toStrictEqual({
      client: 'lego', cert: '/c.crt', key: '/c.key', domains: [], domainVariable: 'LEGO_HOOK_CERT_DOMAINS', domainVariableSet: false, used: ['LEGO_HOOK_CERT_PATH=/c.crt', 'LEGO_HOOK_CERT_KEY_PATH=/c.key'],
    });
  });

  it('v5 is chosen by either of its variables: the other one is then reported missing', () => {
    expect(fail('lego', { LEGO_HOOK_CERT_KEY_PATH: '/c.key', LEGO_CERT_PATH: '/old.crt', LEGO_CERT_KEY_PATH: '/old.key' }).message).toBe('--from lego: LEGO_HOOK_CERT_PATH is not set');
    expect(fail('lego', { LEGO_HOOK_CERT_PATH: '/c.crt', LEGO_CERT_PATH: '/old.crt', LEGO_CERT_KEY_PATH: '/old.key' }).message).toBe('--from lego: LEGO_HOOK_CERT_KEY_PATH is not set');
  });

  it('v4: exact inputs; domains separated by commas, spaces or both', () => {
    expect(acmeInputs('lego', { LEGO_CERT_PATH: '/o.crt', LEGO_CERT_KEY_PATH: ' /o.key', LEGO_CERT_DOMAIN: '*.example.com,example.com , www.example.com  api.example.com' })).toStrictEqual({
      client: 'lego', cert: '/o.crt', key: '/o.key', domains: ['*.example.com', 'example.com', 'www.example.com', 'api.example.com'], domainVariable: 'LEGO_CERT_DOMAIN', domainVariableSet: true,
      used: ['LEGO_CERT_PATH=/o.crt', 'LEGO_CERT_KEY_PATH=/o.key', 'LEGO_CERT_DOMAIN=*.example.com,example.com,www.example.com,api.example.com'],
    });
    expect(acmeInputs('lego', { LEGO_CERT_PATH: '/o.crt', LEGO_CERT_KEY_PATH: '/o.key' })).toStrictEqual({
      client: 'lego', cert: '/o.crt', key: '/o.key', domains: [], domainVariable: 'LEGO_CERT_DOMAIN', domainVariableSet: false, used: ['LEGO_CERT_PATH=/o.crt', 'LEGO_CERT_KEY_PATH=/o.key'],
    });
  });
  it('the issuer lego names: LEGO_HOOK_ISSUER_CERT_PATH (v5), LEGO_ISSUER_CERT_PATH (newer v4); each only with its own names; blank is none', () => {
    expect(acmeInputs('lego', { LEGO_HOOK_CERT_PATH: '/c.crt', LEGO_HOOK_CERT_KEY_PATH: '/c.key', LEGO_HOOK_ISSUER_CERT_PATH: ' /c.issuer.crt ', LEGO_ISSUER_CERT_PATH: '/old.issuer.crt' }).issuer)
      .toStrictEqual({ variable: 'LEGO_HOOK_ISSUER_CERT_PATH', path: '/c.issuer.crt' });
    expect(acmeInputs('lego', { LEGO_CERT_PATH: '/o.crt', LEGO_CERT_KEY_PATH: '/o.key', LEGO_ISSUER_CERT_PATH: '/o.issuer.crt', LEGO_HOOK_ISSUER_CERT_PATH: '/x' }).issuer)
      .toStrictEqual({ variable: 'LEGO_ISSUER_CERT_PATH', path: '/o.issuer.crt' });
    expect(acmeInputs('lego', { LEGO_CERT_PATH: '/o.crt', LEGO_CERT_KEY_PATH: '/o.key', LEGO_ISSUER_CERT_PATH: ' ' }).issuer).toBeUndefined();
  });
});

describe('acme.sh', () => {
  const base = { CERT_KEY_PATH: ' /a/k.key ', Le_Domain: ' example.com  www.example.com ' };

  it('the full chain when given: exact inputs, no chain', () => {
    expect(acmeInputs('acme.sh', { ...base, CERT_FULLCHAIN_PATH: '/a/fullchain.cer', CERT_PATH: '/a/a.cer', CA_CERT_PATH: '/a/ca.cer' })).toStrictEqual({
      client: 'acme.sh', key: '/a/k.key', cert: '/a/fullchain.cer', domains: ['example.com', 'www.example.com'], domainVariable: 'Le_Domain', domainVariableSet: true,
      used: ['CERT_KEY_PATH=/a/k.key', 'Le_Domain=example.com www.example.com', 'CERT_FULLCHAIN_PATH=/a/fullchain.cer'],
    });
  });

  it('else the certificate and its CA file as the chain', () => {
    expect(acmeInputs('acme.sh', { ...base, CERT_PATH: '/a/a.cer', CA_CERT_PATH: ' /a/ca.cer ' })).toStrictEqual({
      client: 'acme.sh', key: '/a/k.key', cert: '/a/a.cer', chain: '/a/ca.cer', domains: ['example.com', 'www.example.com'], domainVariable: 'Le_Domain', domainVariableSet: true,
      used: ['CERT_KEY_PATH=/a/k.key', 'Le_Domain=example.com www.example.com', 'CERT_PATH=/a/a.cer', 'CA_CERT_PATH=/a/ca.cer'],
    });
  });

  it('CERT_PATH without CERT_FULLCHAIN_PATH needs CA_CERT_PATH: exit 2 naming it, not a leaf sent without its chain', () => {
    for (const [CA_CERT_PATH, state] of [[undefined, 'is not set'], ['', 'is empty'], [' ', 'is empty']] as const) {
      const e = fail('acme.sh', { CERT_KEY_PATH: '/k', CERT_PATH: '/c', CA_CERT_PATH, CERT_FULLCHAIN_PATH: ' ' });
      expect(e).toBeInstanceOf(UsageError);
      expect(e.message).toBe(`--from acme.sh: CA_CERT_PATH ${state} (without CERT_FULLCHAIN_PATH, the chain sent with CERT_PATH is read from it)`);
    }
  });
});

describe('a missing variable: exit 2, the message names it, the hint says how to run the hook', () => {
  it.each([
    ['certbot', {}, '--from certbot: RENEWED_LINEAGE is not set', "run it as certbot's deploy hook: certbot renew --deploy-hook 'scm upload --from certbot'; or pass the files with --cert/--key"],
    ['lego', {}, '--from lego: neither LEGO_HOOK_CERT_PATH (lego v5) nor LEGO_CERT_PATH (lego v4) is set', "run it as lego's hook: lego ... run --run-hook 'scm upload --from lego' (v4; renewals: renew --renew-hook) or --deploy-hook (v5); or pass the files with --cert/--key"],
    ['acme.sh', { CERT_KEY_PATH: '/k' }, '--from acme.sh: neither CERT_FULLCHAIN_PATH nor CERT_PATH is set', "run it from acme.sh (--reloadcmd 'scm upload --from acme.sh', or the deploy hook contrib/acme.sh/scm.sh); or pass the files with --cert/--key"],
  ] as Array<[AcmeClient, Env, string, string]>)('%s', (client, env, message, hint) => {
    const e = fail(client, env);
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(message);
    expect(e.hint).toBe(hint);
  });
});

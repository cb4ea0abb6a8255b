// A 404 to ShowCertificate that is not SCM's own "not held" (a proxy's HTML page, an empty body, the gateway's
// APIGW.0101 "the API does not exist") says nothing about the certificate. In the lookup after a lost import
// answer and in the --if-changed lookup it is a failed lookup (exit 5, nothing imported on a guess, never
// re-sent), not "no copy"; and show/export do not turn it into SCM.0008. SCM's own answer (SCM.0008, a 404
// with an SCM code) still means "deleted between the list and now". hunt5-api finding N1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { explainNotHeld } from '../../src/api/not-held.js';
import { identityOf } from '../../src/api/cert-identity.js';
import { LookupError } from '../../src/api/find.js';
import { uploadCertificate } from '../../src/api/upload.js';
import { parseFault } from '../../src/emulator/faults.js';
import '../../src/emulator/checks.js';
import { makeBundle, testClient, type Bundle } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

let b: Bundle;
const read = (p: string): string => readFileSync(p, 'utf8');
const body = () => ({ name: 'proxy-404', certificate: read(b.cert), certificate_chain: read(b.chain), private_key: b.keyPem, duplicate_check: false });
const at = useEmulator('lookup-404', {}, (dir) => {
  b = makeBundle(join(dir, 'b'));
});
const ops = () => at.emu.store.requests.byOperation;
const page = { status: 404, body: '<html><head><title>404 Not Found</title></head><body>nginx</body></html>' };
const notScm = { 'an HTML page': { answer: page }, 'an empty 404': { answer: { status: 404 } }, 'APIGW.0101': { status: 404, error_code: 'APIGW.0101' } };

describe.each(Object.entries(notScm))('ShowCertificate answers %s', (_, show) => {
  it('after a lost import answer: the lookup failed, exit 5, one copy, the import never re-sent', async () => {
    at.emu.faults.add([parseFault({ op: 'import', status: 502, commit: true }), parseFault({ op: 'show', times: 100, ...show })]);
    const { client } = await testClient(at.emu.url, { retries: 3 });
    const e = (await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)) }).catch((x: unknown) => x)) as ScmApiError;
    expect([e.exitCode, e.hint]).toEqual([5, expect.stringMatching(/^the import may have succeeded and the lookup failed/)]);
    expect([ops().import, at.emu.store.all().length]).toEqual([1, 1]);
  });

  it('--if-changed: cannot tell (exit 5, nothing imported on a guess), no second copy', async () => {
    const { client } = await testClient(at.emu.url, { retries: 1 });
    const first = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)) });
    at.emu.faults.add([parseFault({ op: 'show', times: 100, ...show })]);
    const e = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)), ifChanged: true }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LookupError);
    expect([(e as LookupError).exitCode, (e as LookupError).message, (e as LookupError).hint]).toEqual([
      5, expect.stringMatching(/^cannot tell whether SCM already holds this certificate: .*nothing was imported$/),
      expect.stringMatching(/^nothing is imported on a guess; that 404 is not SCM's answer about the certificate/),
    ]);
    expect([ops().import, at.emu.store.all().map((c) => c.id)]).toEqual([1, [first.certificateId]]);
  });

  it('show/export: the real status and code, never a made-up SCM.0008', async () => {
    at.emu.faults.add([parseFault({ op: 'show', ...show })]);
    const { client } = await testClient(at.emu.url, { retries: 0 });
    const e = await client.show('scs1700000000001').catch((x: unknown) => explainNotHeld(x, 'en'));
    expect(e).toBeInstanceOf(ScmApiError);
    const json = (e as ScmApiError).toJSON();
    expect([json.status, json.error_code]).toEqual([404, 'error_code' in show ? 'APIGW.0101' : null]);
    expect((e as ScmApiError).message).not.toMatch(/SCM\.0008/);
  });
});

describe("SCM's own answer in the lookup", () => {
  it('a 404 with SCM.0008 while looking: deleted between the list and now, so not a copy (the import is re-sent)', async () => {
    at.emu.faults.add([parseFault({ op: 'import', status: 502 }), parseFault({ op: 'list', answer: { status: 200, body: { certificates: [{ id: 'scs1700000000042', name: 'x', domain: identityOf(read(b.cert)).names[0] }], total_count: 1 } } }), parseFault({ op: 'show', status: 404, error_code: 'SCM.0008' })]);
    const { client } = await testClient(at.emu.url, { retries: 1 });
    const r = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)) });
    // Two shows: the faulted one while looking, and the check of the one copy after the re-send.
    expect([ops().import, ops().show, at.emu.store.all().map((c) => c.id)]).toEqual([2, 2, [r.certificateId]]);
  });

  it('a code-less 404 gets a hint that it is not SCM\'s answer (English and Chinese)', () => {
    const en = new ScmApiError({ operation: 'show', status: 404, errorMsg: 'HTML: 404 Not Found' });
    const zh = new ScmApiError({ operation: 'show', status: 404, lang: 'zh' });
    expect([en.hint, zh.hint]).toEqual([expect.stringMatching(/^this 404 carries no SCM error code, so it is not SCM's answer: check the endpoint/), expect.stringMatching(/^这个 404 没有 SCM 错误码，不是 SCM 的应答/)]);
  });
});

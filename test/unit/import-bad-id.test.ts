// An import answered with a certificate_id that is not `scs` + 13 digits (another case, another length, a
// space) is no id scm can use: like a missing one, the import may have landed, so it is looked up by
// fingerprint; the id SCM lists is reported, the malformed one never. hunt5-api finding N3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BadResponseError } from '../../src/api/exchange-errors.js';
import { identityOf } from '../../src/api/cert-identity.js';
import { uploadCertificate } from '../../src/api/upload.js';
import { parseFault } from '../../src/emulator/faults.js';
import '../../src/emulator/checks.js';
import { seed } from '../../src/emulator/seed.js';
import { makeBundle, testClient, type Bundle } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

let b: Bundle;
const read = (p: string): string => readFileSync(p, 'utf8');
const body = () => ({ name: 'hunt-90', certificate: read(b.cert), certificate_chain: read(b.chain), private_key: b.keyPem, duplicate_check: false });
const at = useEmulator('import-bad-id', {}, (dir) => {
  b = makeBundle(join(dir, 'b'));
});
const ops = () => at.emu.store.requests.byOperation;
const answered = (id: unknown) => parseFault({ op: 'import', answer: { status: 200, body: { certificate_id: id } } });
const BAD = ['SCS1796094999995', 'scs17960949999951234', 'scs179609499999', ' scs1796094999995', 'scs1796094999995 '];

describe('an import answered with a malformed certificate_id', () => {
  it.each(BAD)('%j, the import landed: the id SCM lists is reported, found by fingerprint', async (bad) => {
    // The import landed (its copy is in SCM) and its answer named it wrongly.
    const [held] = seed(at.emu.store, { certificates: [{ name: 'hunt-90', pem: read(b.cert) }] }, new Date()).certificates as [string];
    at.emu.faults.add([answered(bad)]);
    const { client } = await testClient(at.emu.url);
    // `looked`: the copy seeded stands for the import landing, which a look before the import would find first.
    const r = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)), looked: true });
    expect([r.certificateId, r.changed, r.recovered]).toEqual([held, true, true]);
    expect([ops().import, at.emu.store.all().map((c) => c.id)]).toEqual([1, [held]]);
  });

  it('not in SCM either: exit 5 quoting the value, never sent again, never taken for an id', async () => {
    at.emu.faults.add([answered('SCS1796094999995')]);
    const { client } = await testClient(at.emu.url);
    const e = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BadResponseError);
    expect([(e as BadResponseError).exitCode, (e as BadResponseError).message]).toEqual([5, expect.stringMatching(/^SCM answered the import with HTTP 200 and a certificate_id that is not a certificate id \(scs \+ 13 digits\): "SCS1796094999995"/)]);
    expect([ops().import, at.emu.store.all()]).toEqual([1, []]);
    at.emu.faults.add([answered('scs17960949999951234')]);
    const { client: zh } = await testClient(at.emu.url, { lang: 'zh' });
    const z = await uploadCertificate(zh, body()).catch((x: unknown) => x);
    expect((z as Error).message).toMatch(/^SCM 对导入的应答（HTTP 200）中的 `certificate_id` 不是证书 ID（scs \+ 13 位数字）："scs17960949999951234"/);
  });

  // A number (or an object) where SCM sends a string was said as 'no certificate_id', as if SCM had sent none.
  it.each([[17960949999951, '17960949999951'], [{ id: 'scs1796094999995' }, '{"id":"scs1796094999995"}'], [true, 'true']])('%j: said as it came, looked up, exit 5, never sent again', async (bad, said) => {
    at.emu.faults.add([answered(bad)]);
    const { client } = await testClient(at.emu.url);
    const e = (await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)) }).catch((x: unknown) => x)) as BadResponseError;
    expect(e).toBeInstanceOf(BadResponseError);
    expect([e.exitCode, e.message.split('\n')[0]]).toEqual([5, expect.stringContaining(`a certificate_id that is not a certificate id (scs + 13 digits): ${said}`)]);
    expect(e.message).not.toMatch(/no certificate_id/);
    expect([ops().import, at.emu.store.all()]).toEqual([1, []]);
  });
});

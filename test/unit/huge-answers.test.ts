// An answer far larger than any SCM sends: an 11 MB error_msg is still SCM's refusal (exit 4, classified by
// status and code, with or without --debug's trace), the server's words are cut to 500 characters, the
// scrubber runs in linear time over any length (it overflowed the stack on a long base64-looking run), and no
// more of a body than MAX_BODY is read at all.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { MAX_BODY } from '../../src/api/http.js';
import { REDACTED, scrubber } from '../../src/api/redact.js';
import { parseFault } from '../../src/emulator/faults.js';
import { makeBundle, testClient, type Bundle } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

let b: Bundle;
const at = useEmulator('huge-answers', {}, (dir) => {
  b = makeBundle(join(dir, 'b'));
});

const body = () => ({ name: 'huge-test', certificate: readFileSync(b.cert, 'utf8'), certificate_chain: readFileSync(b.chain, 'utf8'), private_key: b.keyPem, duplicate_check: true });

describe('the scrubber over long text', () => {
  it('an 11 MB run of base64 letters, with and without line breaks, is scrubbed without a stack overflow', () => {
    const scrub = scrubber(['a-secret-value-1234'], { privateKeys: [readFileSync(b.key, 'utf8')] });
    const long = 'A'.repeat(11_000_000);
    expect(scrub(long)).toBe(long);
    const lines = `${'B'.repeat(64)}\\n`.repeat(150_000);
    expect(scrub(lines)).toBe(lines);
  });

  it('still finds a line of the key sent, quoted in a long answer, with escaped slashes and line breaks', () => {
    const pem = readFileSync(b.key, 'utf8');
    const scrub = scrubber([], { privateKeys: [pem] });
    const keyLines = pem.split('\n').filter((l) => l && !l.startsWith('-----'));
    const quoted = keyLines.join('\\n').replace(/\//g, '\\/');
    const out = scrub(`${'x '.repeat(200_000)}bad key: ${quoted} end`);
    expect(out.endsWith(`bad key: ${REDACTED} end`)).toBe(true);
  });
});

describe('an 11 MB error answer', () => {
  const huge = () => at.emu.faults.add([parseFault({ op: 'import', status: 400, error_code: 'SCM.0005', error_msg: `The certificate is bad: ${'A'.repeat(11_000_000)}` })]);

  it('is SCM refusing the import (exit 4, sent once), its words cut to 500 characters, also when traced', async () => {
    huge();
    const { client, trace } = await testClient(at.emu.url, { privateKeys: [readFileSync(b.key, 'utf8')] });
    const e = (await client.importOnce(body()).catch((x: unknown) => x)) as ScmApiError;
    expect(e).toBeInstanceOf(ScmApiError);
    expect([e.exitCode, e.status, e.errorCode]).toEqual([4, 400, 'SCM.0005']);
    expect(e.errorMsg!.length).toBeLessThanOrEqual(501);
    expect(e.errorMsg).toMatch(/^The certificate is bad: A+…$/);
    const said = e.message.split('\n').find((l) => l.includes('server said'))!;
    expect(said.length).toBeLessThan(600);
    expect(at.emu.store.requests.byOperation.import).toBe(1);
    // The trace (--debug) shows at most 2000 characters of the body, and says how much came.
    expect(Math.max(...trace.map((l) => l.length))).toBeLessThanOrEqual(2100);
  });

  it('an answer is read up to MAX_BODY only: a success too large to be SCM\'s is an answer scm cannot use (exit 5)', async () => {
    at.emu.faults.add([parseFault({ op: 'list', answer: { status: 200, body: { certificates: [], total_count: 0, filler: 'x'.repeat(MAX_BODY + 10) } } })]);
    const { client } = await testClient(at.emu.url, { retries: 0 });
    const e = (await client.listPage({ limit: 50, offset: 0 }).catch((x: unknown) => x)) as Error & { exitCode: number };
    expect(e.exitCode).toBe(5);
    expect(e.message).toMatch(/larger than/);
  });
});

describe('a compressed error answer past the read cap', () => {
  // Incompressible text: its gzip is itself larger than MAX_BODY, so only the first MAX_BODY bytes of it are read.
  const noise = () => randomBytes(MAX_BODY + (1 << 20)).toString('base64');

  it.each(['gzip', 'deflate', 'br'] as const)('%s, larger than 8 MB once compressed: SCM refusing the import (exit 4), read from its start and cut like a plain one', async (encoding) => {
    at.emu.faults.add([parseFault({ op: 'import', status: 400, error_code: 'SCM.0005', error_msg: `The certificate is bad: ${noise()}`, encoding })]);
    const { client } = await testClient(at.emu.url, { timeoutMs: 120_000 });
    const e = (await client.importOnce(body()).catch((x: unknown) => x)) as ScmApiError;
    expect(e).toBeInstanceOf(ScmApiError);
    expect([e.exitCode, e.status, e.errorCode]).toEqual([4, 400, 'SCM.0005']);
    expect(e.errorMsg).toMatch(/^The certificate is bad: [A-Za-z0-9+/]{400,}…$/);
    expect(e.errorMsg!.length).toBeLessThanOrEqual(501);
  }, 180_000);

  it('one that inflates far past the cap (40 MB from a few kB): a gateway 502 still (retried, then exit 5 as a server failure), not an unreadable answer', async () => {
    at.emu.faults.add([parseFault({ op: 'list', status: 502, error_msg: `Backend unavailable ${'A'.repeat(40 << 20)}`, encoding: 'gzip', times: 2 })]);
    const { client, retries } = await testClient(at.emu.url, { retries: 1, timeoutMs: 120_000 });
    const e = (await client.listPage({ limit: 50, offset: 0 }).catch((x: unknown) => x)) as ScmApiError;
    expect(e).toBeInstanceOf(ScmApiError);
    expect([e.exitCode, e.status, e.errorCode]).toEqual([5, 502, 'APIGW.0201']);
    expect(e.errorMsg).toMatch(/^Backend unavailable A+…$/);
    expect(retries).toHaveLength(1);
  }, 180_000);

  it('a success that inflates past the cap (9 MB) is an answer scm cannot use (exit 5, "larger than"), as a plain one is', async () => {
    at.emu.faults.add([parseFault({ op: 'list', answer: { status: 200, body: { certificates: [], total_count: 0, filler: 'x'.repeat(MAX_BODY + (1 << 20)) } }, encoding: 'gzip' })]);
    const { client } = await testClient(at.emu.url, { retries: 0, timeoutMs: 120_000 });
    const e = (await client.listPage({ limit: 50, offset: 0 }).catch((x: unknown) => x)) as Error & { exitCode: number };
    expect(e.exitCode).toBe(5);
    expect(e.message).toMatch(/larger than/);
  }, 180_000);
});

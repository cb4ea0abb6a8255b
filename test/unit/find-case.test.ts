// DNS names are case-insensitive, SCM's keyword search need not be: a leaf named API.Find.Example.TEST that
// SCM lists as api.find.example.test must still be found by `upload --if-changed`, the lookup after a lost
// import, and rotate (which would otherwise upload a second copy and take the first for an old one). And a
// list entry with no names at all cannot be ruled out by names: it is opened like any candidate.
// hunt4-api finding 1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityOf, type CertIdentity } from '../../src/api/cert-identity.js';
import { findCopies } from '../../src/api/find.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { makeBundle, testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

let pem: string;
let id: CertIdentity;
const at = useEmulator('find-case', {}, (dir) => {
  pem = readFileSync(makeBundle(join(dir, 'b'), { cn: 'API.Find.Example.TEST' }).cert, 'utf8');
  id = identityOf(pem);
});
const ops = () => at.emu.store.requests.byOperation;

describe('the lookup and the case of names', () => {
  it('a search as written that finds nothing (SCM lists the name in lower case): the lower-case search finds the copy', async () => {
    const [copy] = seed(at.emu.store, { certificates: [{ name: 'api', pem }] }, new Date()).certificates;
    // A case-sensitive keyword search: nothing for "API.Find.Example.TEST".
    at.emu.faults.add([parseFault({ op: 'list', answer: { status: 200, body: { certificates: [], total_count: 0 } } })]);
    const { client } = await testClient(at.emu.url);
    const r = await findCopies(client, id);
    expect([r.copies, r.shows, ops().list]).toEqual([[{ id: copy, name: 'api' }], 1, 2]);
  });

  it('both searches find it: one copy, opened once', async () => {
    const [copy] = seed(at.emu.store, { certificates: [{ name: 'api', pem }] }, new Date()).certificates;
    const { client } = await testClient(at.emu.url);
    const r = await findCopies(client, id);
    expect([r.copies.map((c) => c.id), r.listed, r.shows, ops()]).toEqual([[copy], 1, 1, { list: 2, show: 1 }]);
  });

  it('an entry with names in another case, or none at all, is opened and matched by fingerprint', async () => {
    const [upper, blank] = seed(at.emu.store, { certificates: [{ name: 'a', pem }, { name: 'b', pem }] }, new Date()).certificates as [string, string];
    const entry = (cid: string, domain: string, sans: string) => ({ id: cid, name: cid, domain, sans, expire_time: '', status: 'UPLOAD' });
    const body = { certificates: [entry(upper, 'API.FIND.EXAMPLE.TEST', 'api.find.example.test;WWW.API.FIND.EXAMPLE.TEST'), entry(blank, '', '')], total_count: 2 };
    at.emu.faults.add([parseFault({ op: 'list', times: 2, answer: { status: 200, body } })]);
    const { client } = await testClient(at.emu.url);
    const r = await findCopies(client, id);
    expect([r.copies.map((c) => c.id), r.shows]).toEqual([[upper, blank], 2]);
  });
});

// A server (a gateway's translation layer, a stand-in written from other docs) whose JSON members are in another
// case: {"Certificates":[{"Id","Expire_Time",...}],"TotalCount":1}. The list was read as empty and complete
// ("no certificates match", exit 0: --if-changed would import a copy, prune would see nothing), or its rows as
// certificates with no id. Members are read whatever their case (CamelCase, camelCase, Snake_Case); an answer
// with a list under another name, or rows without an id, is no list (exit 5), never an empty account.
import { describe, expect, it } from 'vitest';
import { BadResponseError } from '../../src/api/exchange-errors.js';
import { listAll } from '../../src/api/list.js';
import { snakeMembers } from '../../src/api/member-case.js';
import { useAnswerServer } from '../helpers/answer-server.js';
import { testClient } from '../helpers/emulator.js';

const ROW = { Id: 'scs1700000000001', Name: 'case', Domain: 'case.example.test', Sans: 'case.example.test', Expire_Time: '2030-01-01 00:00:00.0', Status: 'UPLOAD' };
let answer: unknown;
const server = useAnswerServer(() => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(answer) }));

describe('members in another case', () => {
  it('snakeMembers: CamelCase, camelCase and Snake_Case become snake_case, deep; a member already in snake_case wins', () => {
    expect(snakeMembers({ TotalCount: 2, Certificates: [{ Id: 'a', expireTime: 't', Expire_time: 'u', SANs: 's' }], total_count: 3 })).toEqual({ total_count: 3, certificates: [{ id: 'a', expire_time: 't', sans: 's' }] });
    expect(snakeMembers({ id: 'x', name: 'y' })).toEqual({ id: 'x', name: 'y' });
    expect(snakeMembers(['A', { B: null }])).toEqual(['A', { b: null }]);
  });

  it('a list in CamelCase is read: its certificate, its id and expiry, its count', async () => {
    answer = { Certificates: [ROW], TotalCount: 1 };
    const { client } = await testClient(server.url);
    const all = await listAll(client);
    expect([all.items.map((c) => [c.id, c.expire_time]), all.total, all.complete]).toEqual([[['scs1700000000001', '2030-01-01 00:00:00.0']], 1, true]);
  });

  it('show in CamelCase is read', async () => {
    answer = { ...ROW, Fingerprint: 'AB' };
    const { client } = await testClient(server.url);
    expect((await client.show('scs1700000000001')).fingerprint).toBe('AB');
  });

  it('a list under another name, or rows without an id: no list (exit 5), never empty', async () => {
    const { client } = await testClient(server.url, { retries: 0 });
    for (const body of [{ data: [ROW], total: 1 }, { certificates: [{ name: 'no id' }], total_count: 1 }]) {
      answer = body;
      const e = (await client.listPage({ limit: 50, offset: 0 }).catch((x: unknown) => x)) as BadResponseError;
      expect([e instanceof BadResponseError, e.exitCode]).toEqual([true, 5]);
    }
    answer = {};
    expect((await client.listPage({ limit: 50, offset: 0 })).certificates).toEqual([]);
  });
});

// A machine whose clock is off signs AK/SK requests with an X-Sdk-Date the gateway refuses (APIGW.0301 "signature
// expired" when more than 15 minutes off). The 401 said only the generic "check the AK/SK, ... the clock";
// the gateway's Date header tells by how much the clock is off: said on its own line, with a hint to set it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { TEST_TOKEN, testClient } from '../helpers/emulator.js';

const SERVER_NOW = new Date('2026-03-01T10:00:00.000Z');
let status = 401;
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(status, { 'Content-Type': 'application/json', Date: SERVER_NOW.toUTCString() }).end(JSON.stringify(status === 401 ? { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: signature expired', request_id: 'r1' } : { error_code: 'SCM.0014', error_msg: 'mismatch' })));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const refusal = async (at: string, o: { lang?: 'en' | 'zh'; token?: boolean } = {}): Promise<ScmApiError> => {
  const { client } = await testClient(url, { retries: 0, now: () => new Date(at), ...(o.lang ? { lang: o.lang } : {}), ...(o.token ? { auth: { kind: 'token', token: TEST_TOKEN } } : {}) });
  return (await client.show('scs1700000000001').catch((x: unknown) => x)) as ScmApiError;
};

describe("the gateway's clock against this machine's", () => {
  it('2 h 5 min behind: said with the gateway time, and the hint is to set the clock (exit 3)', async () => {
    const e = await refusal('2026-03-01T07:55:00.000Z');
    expect(e.exitCode).toBe(3);
    expect(e.message.split('\n')[1]).toBe("  this machine's clock is 2 h 5 min behind the server's (its answer is dated 2026-03-01 10:00:00 UTC): AK/SK signatures are refused when the clock is more than 15 minutes off");
    expect(e.hint).toBe("set this machine's clock to the right time (enable NTP, e.g. `timedatectl set-ntp true`), then run again");
  });

  it('1 day 20 min ahead, in Chinese', async () => {
    const e = await refusal('2026-03-02T10:20:00.000Z', { lang: 'zh' });
    expect(e.message.split('\n')[1]).toBe('  本机时钟比服务器快 1 天 20 分钟（服务器应答的时间为 2026-03-01 10:00:00 UTC）：时钟偏差超过 15 分钟时，AK/SK 签名会被拒绝');
    expect(e.hint).toBe('请将本机时钟校准到正确时间（启用 NTP，例如 `timedatectl set-ntp true`），然后重新运行');
  });

  it('within 15 minutes, with a token, or on an answer that is no refusal of credentials: not said', async () => {
    for (const e of [await refusal('2026-03-01T09:50:00.000Z'), await refusal('2026-03-01T07:00:00.000Z', { token: true })]) {
      expect(e.message).not.toMatch(/clock/);
      expect(e.hint).not.toMatch(/NTP/);
    }
    status = 400;
    const e = await refusal('2026-03-01T07:00:00.000Z');
    status = 401;
    expect([e.exitCode, /clock/.test(e.message)]).toEqual([4, false]);
  });
});

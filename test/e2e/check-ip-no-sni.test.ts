// `scm check 203.0.113.5:443`: an IP address is never sent as SNI (RFC 6066), so the server serves its default
// certificate, which may be another site's. When what it served does not cover the address or is not the one
// --expect names, check says that no SNI was sent and how to send one (--servername NAME), once, in both
// languages and in --json; with --servername the name is sent and the note is gone.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:net';
import { createSecureContext, createServer } from 'node:tls';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const EC = 'bundles/ec-ok';
const RSA = 'bundles/rsa-ok';
const NOTE = '; no SNI was sent (an IP address is never sent as SNI), so the server chose which certificate to serve: add --servername NAME with the name the site is reached by';
const servers: Server[] = [];
afterAll(() => { for (const s of servers) s.close(); });
const check = (args: string[]) => runCli(['check', ...args]);
const context = (dir: string) => createSecureContext({ cert: readFileSync(fixture(`${dir}/fullchain.pem`)), key: readFileSync(fixture(`${dir}/privkey.pem`)) });

/** `fallback`'s certificate without SNI (or for another name), rsa.example.com's for that name (both RSA: OpenSSL keeps the default's key type). */
function serve(fallback: string): Promise<number> {
  const rsa = context(RSA);
  const s = createServer({ cert: readFileSync(fixture(`${fallback}/fullchain.pem`)), key: readFileSync(fixture(`${fallback}/privkey.pem`)), SNICallback: (name, cb) => cb(null, name === 'rsa.example.com' ? rsa : undefined) }, (c) => c.end());
  s.on('tlsClientError', () => {});
  servers.push(s);
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as { port: number }).port)));
}

describeFixtures('scm check IP:PORT (no SNI)', () => {
  it('the default certificate does not cover the address: needs attention, no SNI said with --servername NAME (en, zh, --json)', async () => {
    const port = await serve(EC);
    const r = await check([`127.0.0.1:${port}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  ✗ does not cover 127.0.0.1 (its names: ec.example.com, www.ec.example.com)${NOTE}\n`);
    const zh = await check([`127.0.0.1:${port}`, '--lang', 'zh']);
    expect(zh.stdout).toContain('  ✗ 不包含 127.0.0.1（证书中的域名：ec.example.com、www.ec.example.com）；未发送 SNI（IP 地址不会作为 SNI 发送），发送哪张证书由服务器自行决定：请加上 `--servername 域名`，给出访问网站所用的域名\n');
    const json = await check([`https://127.0.0.1:${port}`, '--json']);
    expect(JSON.parse(json.stdout).targets[0].problems).toEqual([{ id: 'name-mismatch', message: `does not cover 127.0.0.1 (its names: ec.example.com, www.ec.example.com)${NOTE}` }]);
  });

  it('--expect another site\'s certificate: the note once; with --servername that site\'s name it is served and matches (exit 0)', async () => {
    const port = await serve('bundles/empty-subject');
    const r = await check([`127.0.0.1:${port}`, '--expect', fixture(RSA), '--json']);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).targets[0].problems as { id: string; message: string }[];
    expect(problems.map((p) => p.id)).toEqual(['name-mismatch', 'expect-mismatch']);
    expect(problems.filter((p) => p.message.endsWith(NOTE))).toHaveLength(1);
    const named = await check([`127.0.0.1:${port}`, '--expect', fixture(RSA), '--servername', 'rsa.example.com']);
    expect([named.code, named.stderr]).toEqual([0, '']);
    expect(named.stdout).not.toContain('no SNI');
  });
});

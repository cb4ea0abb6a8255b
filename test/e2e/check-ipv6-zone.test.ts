// `scm check https://[fe80::1%25eth0]`: an IPv6 address with its zone (the interface a link-local address needs),
// written as RFC 6874 puts it in a URL (`%25`, the encoded `%`) or as typed (`%eth0`): both read, and the server
// reached through that interface. Node's URL refuses both. Here ::1 on the loopback interface `lo`.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:tls';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer({ cert: readFileSync(fixture('bundles/ec-ok/fullchain.pem')), key: readFileSync(fixture('bundles/ec-ok/privkey.pem')) }, (c) => c.end());
  server.on('tlsClientError', () => {});
  port = await new Promise<number>((resolve) => server.listen(0, '::1', () => resolve((server.address() as { port: number }).port)));
});
afterAll(() => void server?.close());

describeFixtures('scm check of an IPv6 address with its zone', () => {
  it.each(['https://[::1%25lo]:PORT', 'https://[::1%lo]:PORT/', '[::1%25lo]:PORT', '[::1%lo]:PORT'])('%s: reached and read (the served leaf reported)', async (form) => {
    const r = await runCli(['check', form.replace('PORT', String(port)), '--servername', 'ec.example.com', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).targets[0]).toMatchObject({ ok: true, subject: expect.stringContaining('ec.example.com') });
  });
});

// `scm emulator` as a process: the listening line (with --edge-port the edge's comes second), clean exit 0 on
// SIGTERM and SIGINT, flag errors (exit 2), and a signed request from the real CLI reaching it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { spawnEmulator, TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

describe('scm emulator', () => {
  it('prints the listening line first, serves, and exits 0 on SIGTERM', async () => {
    const emu = await spawnEmulator();
    expect(emu.stdout()).toMatch(/^scm emulator listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    const res = await fetch(`${emu.url}/v3/scm/certificates`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error_code: 'APIGW.0301' });
    expect((await emu.state()).requests).toMatchObject({ total: 1, unauthorized: 1 });
    expect(await emu.stop()).toBe(0);
    expect(emu.stderr()).toMatch(/emulator: GET \/v3\/scm\/certificates -> 401/);
    expect(emu.stderr()).not.toContain(TEST_SK);
  });

  it('--edge-port: the edge\'s listening line comes second, and a name nothing is deployed for gets the alert unrecognized_name (needs attention, exit 1)', async () => {
    const emu = await spawnEmulator(['--edge-port', '0', '--quiet']);
    try {
      const edge = await emu.edgeUrl();
      expect(emu.stdout()).toBe(`scm emulator listening on ${emu.url}\nscm emulator edge listening on ${edge}\n`);
      // A name it does not serve: unrecognized_name (112), as real servers refuse one; no name: handshake_failure
      // (40), the listener having no certificate of its own. Either way the edge refuses, it is reached.
      const r = await runCli(['check', edge, '--servername', 'nothing.example.com', '--timeout', '5']);
      expect(r.code).toBe(1);
      const hostPort = edge.slice('https://'.length);
      expect(r.stdout).toBe(`${edge} (SNI nothing.example.com): needs attention\n  ✗ ${hostPort} does not serve nothing.example.com: it refused the TLS handshake with the alert unrecognized_name (112)\n`);
      const bare = await runCli(['check', edge, '--timeout', '5']);
      expect(bare.code).toBe(1);
      expect(bare.stdout).toContain(`✗ ${hostPort} refused the TLS handshake with the alert handshake_failure (40); no SNI was sent: add --servername NAME\n`);
    } finally {
      expect(await emu.stop()).toBe(0);
    }
  });

  it('exits 0 on SIGINT too', async () => {
    const emu = await spawnEmulator(['--quiet']);
    const exited = new Promise<number | null>((r) => emu.child.on('exit', (c) => r(c)));
    emu.child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(emu.stderr()).toBe('');
  });

  it('accepts a request signed by the real CLI with the same credentials', async () => {
    const emu = await spawnEmulator();
    try {
      const r = await runCli(['push', 'scs1700000000000', '--service', 'CDN'], { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url } });
      // Signed correctly, so the answer is the business error for an unknown id, not APIGW.0301.
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/SCM\.0008/);
      expect((await emu.state()).requests.unauthorized).toBe(0);
    } finally {
      await emu.stop();
    }
  });

  it('rejects a bad --fault and a busy port with exit 2', async () => {
    const bad = await runCli(['emulator', '--fault', '{"op":"explode"}']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fault: fault field 'op' must be/);
    expect((await runCli(['emulator', '--fault', 'nope'])).stderr).toMatch(/not valid JSON/);
    expect((await runCli(['emulator', '--ak', 'x'])).code).toBe(2);

    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const busy = await runCli(['emulator', '--port', String(port)]);
      expect(busy.code).toBe(2);
      expect(busy.stderr).toMatch(new RegExp(`port ${port} is in use`));
    } finally {
      blocker.close();
    }
  });

  it('applies --fault given at start-up (before authentication)', async () => {
    const emu = await spawnEmulator(['--fault', '{"op":"list","status":503,"retry_after":2}']);
    try {
      expect((await emu.state()).faults).toMatchObject([{ op: 'list', status: 503, remaining: 1 }]);
      const first = await fetch(`${emu.url}/v3/scm/certificates`);
      expect([first.status, first.headers.get('retry-after')]).toEqual([503, '2']);
      expect((await fetch(`${emu.url}/v3/scm/certificates`)).status).toBe(401);
    } finally {
      await emu.stop();
    }
  });
});

describe('the public demo secret in the environment', () => {
  it('is not hidden: emulator --help prints it for copying, and completion prints the shipped scripts', async () => {
    const { DEMO_SK } = await import('../../src/commands/emulator/demo.js');
    const env = { HUAWEICLOUD_SDK_SK: DEMO_SK };
    const help = await runCli(['emulator', '--help'], { env });
    expect(help.stdout).toContain(`HUAWEICLOUD_SDK_SK=${DEMO_SK}`);
    expect(help.stdout).not.toContain('[redacted]');
    const zsh = await runCli(['completion', 'zsh'], { env });
    expect(zsh.stdout).toBe(readFileSync(new URL('../../completions/_scm', import.meta.url), 'utf8'));
    // Any other secret is still hidden.
    const other = await runCli(['emulator', '--help'], { env: { HUAWEICLOUD_SDK_SK: 'public demo secret' } });
    expect(other.stdout).toContain('[redacted]');
  });
});

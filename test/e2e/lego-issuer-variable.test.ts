// lego --no-bundle writes the leaf alone in the .crt; lego v5 names the chain in LEGO_HOOK_ISSUER_CERT_PATH and
// newer v4 in LEGO_ISSUER_CERT_PATH. scm takes the chain from that variable when it is set (the .issuer.crt
// beside the .crt only when it is not), so a chain kept elsewhere still goes with the leaf. The environment is
// the one lego sets for its hook (cmd/internal/hook/metadata.go in v5, cmd/hook.go in v4), files as lego names them.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';

const NAME = 'lego-issuer.example.test';
const certsIn = (dir: string) => join(dir, 'lego', 'certificates');
const t = withEmulator('lego-issuer', {
  cn: NAME,
  setup: (dir, b) => {
    mkdirSync(certsIn(dir), { recursive: true });
    mkdirSync(join(dir, 'chains'));
    copyFileSync(b.cert, join(certsIn(dir), `${NAME}.crt`)); // --no-bundle: the leaf alone
    copyFileSync(b.key, join(certsIn(dir), `${NAME}.key`));
    copyFileSync(b.chain, join(dir, 'chains', 'issuer.pem')); // not beside the .crt as NAME.issuer.crt
  },
});
const certs = () => certsIn(t.dir);
const elsewhere = () => join(t.dir, 'chains', 'issuer.pem');

const v5 = (issuer: string) => ({
  LEGO_HOOK_ACCOUNT_ID: 'hook@example.com', LEGO_HOOK_ACCOUNT_EMAIL: 'hook@example.com', LEGO_HOOK_CERT_NAME: NAME, LEGO_HOOK_CERT_NAME_SANITIZED: NAME,
  LEGO_HOOK_CERT_KEY_TYPE: 'EC256', LEGO_HOOK_CERT_DOMAINS: `${NAME},www.${NAME}`,
  LEGO_HOOK_CERT_PATH: join(certs(), `${NAME}.crt`), LEGO_HOOK_CERT_KEY_PATH: join(certs(), `${NAME}.key`), LEGO_HOOK_ISSUER_CERT_PATH: issuer,
});
const v4 = (issuer: string) => ({
  LEGO_ACCOUNT_EMAIL: 'hook@example.com', LEGO_CERT_DOMAIN: NAME,
  LEGO_CERT_PATH: join(certs(), `${NAME}.crt`), LEGO_CERT_KEY_PATH: join(certs(), `${NAME}.key`), LEGO_ISSUER_CERT_PATH: issuer,
});

describe('--from lego with the issuer named by lego', () => {
  it.each([['v5', v5], ['v4', v4]] as const)('lego %s: the chain from the variable goes with the leaf (one certificate, one chain)', async (_, env) => {
    const r = await runCli(['upload', '--from', 'lego'], { env: { ...t.env(), ...env(elsewhere()) } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`ISSUER_CERT_PATH=${elsewhere()}`);
    const dry = await runCli(['upload', '--from', 'lego', '--dry-run', '--json'], { env: { ...t.env(), ...env(elsewhere()) } });
    const body = JSON.parse(dry.stdout).requests[0].body as { certificate: string; certificate_chain: string };
    expect(body.certificate_chain).toMatch(/BEGIN CERTIFICATE/);
  });

  it('a full chain in the .crt with the issuer named too: the issuer is not sent twice', async () => {
    const full = join(t.dir, 'full');
    mkdirSync(full, { recursive: true });
    copyFileSync(t.b.fullchain, join(full, `${NAME}.crt`));
    const env = { ...v5(elsewhere()), LEGO_HOOK_CERT_PATH: join(full, `${NAME}.crt`) };
    const dry = await runCli(['upload', '--from', 'lego', '--dry-run', '--json'], { env: { ...t.env(), ...env } });
    expect(dry.code, dry.stderr).toBe(0);
    const body = JSON.parse(dry.stdout).requests[0].body as { certificate_chain: string };
    expect(body.certificate_chain.match(/BEGIN CERTIFICATE/g)).toHaveLength(1);
    expect(dry.stderr).not.toContain('ISSUER');
  });
});

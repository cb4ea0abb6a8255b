// The command a hook failure's hint names to finish by hand is read in a log, by someone in another folder:
// lego gives its hook the paths as its --path was written (`lego --path ./certs` from a cron script's folder:
// LEGO_CERT_PATH=certs/certificates/example.com.crt), so the command names the files by their absolute paths.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, TEST_AK, TEST_SK, type Bundle } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
let b: Bundle;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-hook-paths-'));
  mkdirSync(join(dir, 'certs', 'certificates'), { recursive: true });
  b = makeBundle(join(dir, 'certs', 'certificates'), { cn: 'example.com' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Nothing listens on port 9: the lookup fails (exit 5) and the hint names the command that finishes. A function:
// the folder (HOME) exists only once beforeAll has run.
const env = () => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: 'http://127.0.0.1:9', HOME: dir });

describe('upload --from lego with paths relative to lego\'s folder', () => {
  const lego = () => ({ LEGO_CERT_PATH: 'certs/certificates/fullchain.pem', LEGO_CERT_KEY_PATH: 'certs/certificates/privkey.pem', LEGO_CERT_DOMAIN: 'example.com' });

  it('the hint names the files by their absolute paths', async () => {
    const r = await runCli(['upload', '--from', 'lego', '--if-changed', '--quiet', '--retries', '0', '--name', 'by-hand'], { env: { ...env(), ...lego() }, cwd: dir });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`to finish by hand, run scm upload --cert ${b.fullchain} --key ${b.key} --name by-hand --if-changed\n`);
  });

  it('with --rotate too', async () => {
    const r = await runCli(['upload', '--from', 'lego', '--quiet', '--retries', '0', '--name', 'by-hand', '--rotate'], { env: { ...env(), ...lego() }, cwd: dir });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`to finish by hand, run scm rotate --domain example.com --cert ${b.fullchain} --key ${b.key} --name by-hand\n`);
  });
});

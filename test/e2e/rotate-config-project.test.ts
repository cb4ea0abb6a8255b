// The config file's enterpriseProjectId is documented as the project an upload goes to unless
// --enterprise-project-id is given. A rotation from files uploads the new certificate "as upload --if-changed
// would" (and `upload --rotate` did take the key), yet `scm rotate FILES` imported without it: the new certificate
// and its key landed outside the project the user chose. Now the import takes the flag, else the config key. WAF
// resources take only the flag (the key is not documented for them): it is not sent with them.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

const EP = '3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b';
const FLAG_EP = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
let oldId: string;

beforeAll(async () => {
  ({ dir, old, fresh, emu } = await rotationWorld('rotate-config-project'));
  const user = join(dir, '.config', 'scm');
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, 'config.yaml'), `enterpriseProjectId: "${EP}"\n`);
  chmodSync(join(user, 'config.yaml'), 0o600);
}, 60_000);
afterAll(() => leaveWorld(emu, dir));
beforeEach(async () => {
  await emu.reset();
  [oldId] = (await emu.seed({ certificates: [{ name: 'example-old', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
  await emu.seed({ resources: [{ service: 'WAF', project: 'cn-north-4', id: 'waf-1', certificate_id: oldId }] });
});

const env = (): Record<string, string> => ({ HOME: dir, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url });
/** The ids ListCertificates gives for one enterprise project. */
const idsIn = async (ep: string): Promise<string[]> => JSON.stringify(JSON.parse((await runCli(['list', '--enterprise-project-id', ep, '--json'], { env: env() })).stdout)).match(/scs\d+/g) ?? [];

describe('scm rotate FILES with enterpriseProjectId in the config file', () => {
  it('the new certificate is imported into the config file\'s enterprise project (before: none sent, so not there)', async () => {
    const r = await runCli(['rotate', oldId, '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'example-new', '--waf-type', 'cloud', '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(await idsIn(EP)).toContain(doc.new);
  });

  it('--enterprise-project-id beats the config key for the import', async () => {
    const r = await runCli(['rotate', oldId, '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'example-new', '--waf-type', 'cloud', '--enterprise-project-id', FLAG_EP, '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(await idsIn(FLAG_EP)).toContain(doc.new);
    expect(await idsIn(EP)).not.toContain(doc.new);
  });
});

describe('scm deploy --service WAF with enterpriseProjectId in the config file', () => {
  it('the config key is not sent with the WAF resource (documented: only the flag is)', async () => {
    const r = await runCli(['deploy', oldId, '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-2', '--waf-type', 'cloud', '--dry-run', '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).requests[0].body.resources).toEqual([{ id: 'waf-2', type: 'cloud' }]);
  });
});

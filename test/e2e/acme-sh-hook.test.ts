// contrib/acme.sh/scm.sh, the acme.sh deploy hook. acme.sh is not packaged in Debian (and nothing is
// downloaded here), so the hook is sourced into bash and dash with stand-ins for the acme.sh helpers it
// calls (_info, _err, _debug, _savedeployconf, _getdeployconf: saved settings kept in a file, as acme.sh
// keeps them in the domain's config) and scm_deploy is called the way acme.sh calls it. Also
// `scm upload --from acme.sh` with the variables acme.sh exports to --reloadcmd and its other hooks.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { secretMarkers, TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runProgram, scmOnPath, ymd } from '../helpers/pebble.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { findTool, requireTool } from '../helpers/tools.js';

const HOOK = join(ROOT, 'contrib', 'acme.sh', 'scm.sh');
const DOMAIN = 'acme-sh.example.test';

/** The acme.sh helpers the hook uses; saved settings live in $SAVED like acme.sh's SAVED_* domain config. */
const STUBS = `
_info() { printf '[info] %s\\n' "$*"; }
_err() { printf '[err] %s\\n' "$*" >&2; return 1; }
_debug() { :; }
_debug2() { :; }
_savedeployconf() { grep -v "^SAVED_$1=" "$SAVED" > "$SAVED.tmp" 2>/dev/null; printf "SAVED_%s='%s'\\n" "$1" "$2" >> "$SAVED.tmp"; mv "$SAVED.tmp" "$SAVED"; }
_getdeployconf() {
  eval "_v=\\\${$1:-}"
  [ -n "$_v" ] && return 0
  [ -f "$SAVED" ] || return 0
  _v=$(sed -n "s/^SAVED_$1='\\(.*\\)'$/\\1/p" "$SAVED")
  eval "$1=\\$_v"
  export "$1"
}
`;

let pathDir: string;
let files: { key: string; cert: string; ca: string; fullchain: string; keyPem: string };

requireTool('openssl');
const t = withEmulator('acmesh', {
  cn: DOMAIN,
  // acme.sh's layout, from the suite's bundle: <domain>_ecc/<domain>.cer (leaf), <domain>.key, ca.cer, fullchain.cer.
  setup: (dir, b) => {
    const home = join(dir, `${DOMAIN}_ecc`);
    mkdirSync(home, { recursive: true });
    files = { key: join(home, `${DOMAIN}.key`), cert: join(home, `${DOMAIN}.cer`), ca: join(home, 'ca.cer'), fullchain: join(home, 'fullchain.cer'), keyPem: b.keyPem };
    copyFileSync(b.key, files.key);
    copyFileSync(b.cert, files.cert);
    copyFileSync(b.chain, files.ca);
    copyFileSync(b.fullchain, files.fullchain);
    pathDir = scmOnPath(dir);
  },
});

// acme.sh runs under sh: dash on Debian; bash elsewhere. dash is optional here, bash is not.
const SHELLS = [requireTool('bash') ?? 'bash', ...(findTool('dash') ? ['dash'] : [])];

describe.each(SHELLS)('contrib/acme.sh/scm.sh under %s', (shell) => {
  const saved = () => join(t.dir, `saved-${basename(shell)}.conf`);
  beforeEach(() => rmSync(saved(), { force: true }));
  /** acme.sh sources deploy/<name>.sh and calls <name>_deploy domain keyfile certfile cafile fullchain. */
  const deploy = (env: Record<string, string | undefined>) => runProgram(shell, ['-c', `${STUBS}\n. "$HOOK"\nscm_deploy "$@"`, 'acme.sh', DOMAIN, files.key, files.cert, files.ca, files.fullchain], {
    env: { PATH: process.env.PATH, HOME: join(t.dir, 'home'), LANG: 'C.UTF-8', NO_COLOR: '1', HOOK, SAVED: saved(), ...env },
    timeoutMs: 30_000,
  });

  it('first deploy: uploads <domain>-<date>, pushes, saves its settings; credentials only through DEPLOY_SCM_AK/SK', async () => {
    const r = await deploy({ DEPLOY_SCM_BIN: join(pathDir, 'scm'), DEPLOY_SCM_PUSH: 'WAF:cn-north-4 CDN', DEPLOY_SCM_ENDPOINT: t.emu.url, DEPLOY_SCM_AK: TEST_AK, DEPLOY_SCM_SK: TEST_SK });
    expect(r.code, r.stderr).toBe(0);
    const { certificates } = await t.emu.state();
    expect(certificates).toHaveLength(1);
    expect(certificates[0]).toMatchObject({ name: `${DOMAIN}-${ymd()}`, domain: DOMAIN, pushes: [{ service: 'WAF', project: 'cn-north-4' }, { service: 'CDN', project: '' }] });
    expect(r.stdout).toBe(`[info] Certificate for ${DOMAIN} is in SCM as ${certificates[0]!.id}\n`);
    const conf = readFileSync(saved(), 'utf8');
    expect(conf).toContain(`SAVED_DEPLOY_SCM_PUSH='WAF:cn-north-4 CDN'`);
    expect(conf).toContain(`SAVED_DEPLOY_SCM_ENDPOINT='${t.emu.url}'`);
    for (const m of [TEST_SK, ...secretMarkers(files.keyPem, readFileSync(files.fullchain, 'utf8'))]) expect(r.stdout + r.stderr).not.toContain(m);
  });

  it('renewal: the saved settings are reused; the same certificate is not imported again', async () => {
    const first = await deploy({ DEPLOY_SCM_BIN: join(pathDir, 'scm'), DEPLOY_SCM_ENDPOINT: t.emu.url, DEPLOY_SCM_AK: TEST_AK, DEPLOY_SCM_SK: TEST_SK, DEPLOY_SCM_NAME: 'site-cert' });
    expect(first.code, first.stderr).toBe(0);
    // acme.sh's cron run: none of the DEPLOY_SCM_* variables in the environment, only the saved config.
    const again = await deploy({});
    expect(again.code, again.stderr).toBe(0);
    const state = await t.emu.state();
    expect(state.requests.byOperation.import).toBe(1);
    expect(state.certificates).toMatchObject([{ name: 'site-cert', domain: DOMAIN }]);
    expect(again.stdout).toBe(first.stdout);
  });

  it('credentials from the environment (or scm config) work too; a refused upload fails the deploy with the exit status', async () => {
    const ok = await deploy({ PATH: `${pathDir}:${process.env.PATH}`, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: t.emu.url });
    expect(ok.code, ok.stderr).toBe(0);
    const bad = await deploy({ PATH: `${pathDir}:${process.env.PATH}`, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: 'not-the-right-secret-key', SCM_ENDPOINT: t.emu.url });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/\[err\] scm upload failed for acme-sh\.example\.test \(exit 3;/);
    expect(bad.stderr).not.toContain('not-the-right-secret-key');
  });

  it('DEPLOY_SCM_ROTATE=yes: the renewed certificate replaces the older one wherever it is deployed', async () => {
    const { certificates: [older] } = await t.emu.seed({ certificates: [{ name: 'older', domain: DOMAIN, sans: [DOMAIN, `www.${DOMAIN}`] }] });
    await t.emu.seed({ resources: [{ service: 'WAF', project: 'cn-north-4', id: 'acme-waf', certificate_id: older }, { service: 'CDN', kind: 'domain', id: `www.${DOMAIN}`, certificate_id: older }] });
    const r = await deploy({ DEPLOY_SCM_BIN: join(pathDir, 'scm'), DEPLOY_SCM_ROTATE: 'yes', DEPLOY_SCM_WAF_TYPE: 'cloud', DEPLOY_SCM_ENDPOINT: t.emu.url, DEPLOY_SCM_AK: TEST_AK, DEPLOY_SCM_SK: TEST_SK });
    expect(r.code, r.stderr).toBe(0);
    const state = await t.emu.state();
    const renewed = state.certificates.find((c) => c.id !== older)!;
    expect(r.stdout).toBe(`[info] Certificate for ${DOMAIN} is in SCM as ${renewed.id}\n`);
    expect(state.resources.map((x) => [x.id, x.certificateId])).toEqual([['acme-waf', renewed.id], [`www.${DOMAIN}`, renewed.id]]);
    expect(readFileSync(saved(), 'utf8')).toContain(`SAVED_DEPLOY_SCM_ROTATE='yes'`);
    expect(readFileSync(saved(), 'utf8')).toContain(`SAVED_DEPLOY_SCM_WAF_TYPE='cloud'`);
  });

  it('DEPLOY_SCM_ROTATE=yes, one deployment failing: the rows (what moved, what failed) go to acme.sh\'s log with _info, then the error', async () => {
    const { certificates: [older] } = await t.emu.seed({ certificates: [{ name: 'older', domain: DOMAIN, sans: [DOMAIN, `www.${DOMAIN}`] }] });
    await t.emu.seed({ resources: [{ service: 'WAF', project: 'cn-north-4', id: 'acme-waf', certificate_id: older }, { service: 'CDN', kind: 'domain', id: `www.${DOMAIN}`, certificate_id: older }] });
    await t.emu.fault({ op: 'deploy', times: 4, fail_resources: ['acme-waf'], error_msg: 'WAF.00011005 The certificate is in use.' });
    const r = await deploy({ DEPLOY_SCM_BIN: join(pathDir, 'scm'), DEPLOY_SCM_ROTATE: 'yes', DEPLOY_SCM_WAF_TYPE: 'cloud', DEPLOY_SCM_ENDPOINT: t.emu.url, DEPLOY_SCM_AK: TEST_AK, DEPLOY_SCM_SK: TEST_SK });
    expect(r.code).toBe(1);
    const renewed = (await t.emu.state()).certificates.find((c) => c.id !== older)!;
    // Each line through _info (acme.sh writes those to its log file; a bare printf would reach the terminal only).
    expect(r.stdout).toMatch(new RegExp(`^\\[info\\] CDN +global +www\\.acme-sh\\.example\\.test +${older} +deployed +now uses ${renewed.id}$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^\\[info\\] WAF +cn-north-4 +acme-waf +${older} +failed +failed: WAF\\.00011005`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^\\[info\\] ${older}: kept: a deployment failed, so it may still be needed$`, 'm'));
    expect(r.stdout.split('\n').filter((l) => l && !l.startsWith('[info] '))).toEqual([]);
    expect(r.stdout).not.toContain('is in SCM as');
    expect(r.stderr).toMatch(new RegExp(`\\[err\\] the certificate for acme-sh\\.example\\.test was uploaded \\(in SCM as ${renewed.id}\\), but the scm rotation to it failed \\(exit 4;`));
  });

  it('a push failing after the upload: the hook still says which id the certificate has in SCM', async () => {
    await t.emu.fault({ op: 'push', status: 400, times: 4 });
    const r = await deploy({ DEPLOY_SCM_BIN: join(pathDir, 'scm'), DEPLOY_SCM_PUSH: 'ELB:cn-north-4', DEPLOY_SCM_ENDPOINT: t.emu.url, DEPLOY_SCM_AK: TEST_AK, DEPLOY_SCM_SK: TEST_SK });
    expect(r.code).toBe(1);
    const [cert] = (await t.emu.state()).certificates;
    expect(r.stdout).toBe(`[info] Certificate for ${DOMAIN} is in SCM as ${cert!.id}\n`);
    expect(r.stderr).toMatch(/\[err\] the certificate for acme-sh\.example\.test was uploaded \(in SCM as scs\d{13}\), but the scm push after it failed \(exit 4;/);
  });

  it('half a key pair is refused before scm runs', async () => {
    const r = await deploy({ DEPLOY_SCM_BIN: join(pathDir, 'scm'), DEPLOY_SCM_AK: TEST_AK });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[err] DEPLOY_SCM_AK is set but DEPLOY_SCM_SK is not');
    expect(existsSync(saved())).toBe(false);
  });

  it('the SK without the AK is refused too (it was saved and never used), in Chinese as well', async () => {
    const r = await deploy({ DEPLOY_SCM_BIN: join(pathDir, 'scm'), DEPLOY_SCM_SK: TEST_SK, DEPLOY_SCM_ENDPOINT: t.emu.url });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[err] DEPLOY_SCM_SK is set but DEPLOY_SCM_AK is not');
    expect(existsSync(saved())).toBe(false);
    expect((await t.emu.state()).requests.total).toBe(0);
    const zh = await deploy({ DEPLOY_SCM_BIN: join(pathDir, 'scm'), DEPLOY_SCM_SK: TEST_SK, LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toContain('[err] 已设置 DEPLOY_SCM_SK，但未设置 DEPLOY_SCM_AK');
  });
});

describe('scm upload --from acme.sh (as --reloadcmd runs it)', () => {
  const env = () => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: t.emu.url, CERT_PATH: files.cert, CERT_KEY_PATH: files.key, CA_CERT_PATH: files.ca, Le_Domain: DOMAIN });

  it('CERT_PATH + CA_CERT_PATH: leaf and chain, name from Le_Domain', async () => {
    const r = await runCli(['upload', '--from', 'acme.sh', '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, name: `${DOMAIN}-${ymd()}`, from: 'acme.sh', certificate: { names: [DOMAIN, `www.${DOMAIN}`] } });
    expect(doc.certificate.chain).toHaveLength(3);
    expect((await t.emu.state()).certificates).toMatchObject([{ id: doc.certificate_id, domain: DOMAIN }]);
  });

  it('CERT_FULLCHAIN_PATH wins; the log line names the variables used', async () => {
    const r = await runCli(['upload', '--from', 'acme.sh', '--name', 'reload-test'], { env: { ...env(), CERT_PATH: '/nonexistent', CERT_FULLCHAIN_PATH: files.fullchain } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^from acme\\.sh: CERT_KEY_PATH=.*, Le_Domain=${DOMAIN}, CERT_FULLCHAIN_PATH=.*fullchain\\.cer\\n`));
    expect(r.stdout).toMatch(/^uploaded reload-test as scs\d{13}\n$/);
  });

  it('a missing variable is a usage error naming it (exit 2); nothing is sent', async () => {
    const r = await runCli(['upload', '--from', 'acme.sh'], { env: { ...env(), CERT_KEY_PATH: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scm: --from acme\.sh: CERT_KEY_PATH is empty\n/);
    const j = await runCli(['upload', '--from', 'acme.sh', '--json'], { env: { ...env(), Le_Domain: undefined } });
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, message: expect.stringContaining('Le_Domain is not set') });
    // CERT_PATH alone is a leaf without its chain: the missing CA_CERT_PATH is named, not chain-too-short (exit 1).
    const leafOnly = await runCli(['upload', '--from', 'acme.sh'], { env: { ...env(), CA_CERT_PATH: undefined } });
    expect([leafOnly.code, leafOnly.stderr.split('\n')[0]]).toEqual([2, 'scm: --from acme.sh: CA_CERT_PATH is not set (without CERT_FULLCHAIN_PATH, the chain sent with CERT_PATH is read from it)']);
    const zh = await runCli(['upload', '--from', 'acme.sh', '--lang', 'zh'], { env: { ...env(), CA_CERT_PATH: ' ' } });
    expect([zh.code, zh.stderr.split('\n')[0]]).toEqual([2, 'scm: --from acme.sh：CA_CERT_PATH 的值为空（没有 CERT_FULLCHAIN_PATH 时，随 CERT_PATH 发送的证书链从它读取）']);
    const both = await runCli(['upload', '--from', 'acme.sh', '--cert', files.cert], { env: env() });
    expect(both.code).toBe(2);
    expect((await t.emu.state()).requests.total).toBe(0);
  });
});

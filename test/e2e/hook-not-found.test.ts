// The hooks when scm cannot be run at all: certbot's systemd timer and cron give their hooks a short PATH
// (/usr/bin:/bin), without /usr/local/bin or nvm's folder where `npm install -g` put scm (and node). The shell
// then exits 127, which the hooks said was an "unexpected failure"; they now say what is missing and what to set.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, type Bundle } from '../helpers/emulator.js';
import { runProgram } from '../helpers/pebble.js';
import { ACME_SH_HOOK, ACME_SH_STUBS, CERTBOT_HOOK } from '../helpers/hooks.js';
import { requireTool } from '../helpers/tools.js';

let dir: string;
let b: Bundle;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-hook-127-'));
  b = makeBundle(join(dir, 'live', 'example.com'), { cn: 'example.com' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = (extra: Record<string, string>) => ({ PATH: '/usr/bin:/bin', HOME: dir, LANG: 'C.UTF-8', ...extra });

describe('contrib/certbot/deploy-hook.sh', () => {
  it('scm not on PATH: exit 127, and the last line says to set SCM_HOOK_BIN', async () => {
    const r = await runProgram(CERTBOT_HOOK, [], { env: env({ SCM_HOOK_BIN: join(dir, 'no-such-scm'), RENEWED_LINEAGE: b.dir, RENEWED_DOMAINS: 'example.com' }) });
    expect(r.code).toBe(127);
    expect(r.stderr.trim().split('\n').pop()).toBe(`scm deploy hook: upload of ${b.dir} failed (exit 127): ${join(dir, 'no-such-scm')} could not be found (nor the node it runs with) on the PATH certbot gives its hooks (/usr/bin:/bin): set SCM_HOOK_BIN to scm's full path, with node's before it when node is not on that PATH ('/path/to/node /path/to/scm')`);
  });

  it('scm there but not executable (exit 126): said so, not "not found"', async () => {
    const bin = join(dir, 'scm-not-executable');
    writeFileSync(bin, '#!/bin/sh\n', { mode: 0o644 });
    const r = await runProgram(CERTBOT_HOOK, [], { env: env({ SCM_HOOK_BIN: bin, RENEWED_LINEAGE: b.dir, RENEWED_DOMAINS: 'example.com' }) });
    expect(r.code).toBe(126);
    expect(r.stderr.trim().split('\n').pop()).toBe(`scm deploy hook: upload of ${b.dir} failed (exit 126): ${bin} cannot be executed (run: chmod +x on it, or set SCM_HOOK_BIN to the scm that is installed)`);
  });

  it('in Chinese', async () => {
    const r = await runProgram(CERTBOT_HOOK, [], { env: env({ SCM_HOOK_BIN: 'no-such-scm', RENEWED_LINEAGE: b.dir, RENEWED_DOMAINS: 'example.com', LANG: 'zh_CN.UTF-8' }) });
    expect(r.code).toBe(127);
    // scm cannot say which language it speaks: the locale decides, as scm's own default would.
    expect(r.stderr.trim().split('\n').pop()).toBe(`scm 部署钩子：上传 ${b.dir} 失败（退出码 127）：在 certbot 提供给钩子的 PATH（/usr/bin:/bin）中找不到 no-such-scm（或运行它所需的 node）：请把 SCM_HOOK_BIN 设为 scm 的完整路径；node 不在该 PATH 中时，在前面加上 node 的完整路径（'/path/to/node /path/to/scm'）`);
  });
});

describe('contrib/acme.sh/scm.sh', () => {
  it('scm not on PATH: the deploy fails saying to set DEPLOY_SCM_BIN', async () => {
    const r = await runProgram(requireTool('bash') ?? 'bash', ['-c', `${ACME_SH_STUBS}\n. "$HOOK"\nscm_deploy "$@"`, 'acme.sh', 'example.com', b.key, b.cert, b.chain, b.fullchain], {
      env: env({ HOOK: ACME_SH_HOOK, DEPLOY_SCM_BIN: 'no-such-scm' }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe("[err] scm upload failed for example.com (exit 127): no-such-scm could not be found (nor the node it runs with) on the PATH acme.sh gives its hooks (/usr/bin:/bin): set DEPLOY_SCM_BIN to scm's full path, with node's before it when node is not on that PATH ('/path/to/node /path/to/scm')");
  });

  it('scm there but not executable: exit 126 said as such', async () => {
    const bin = join(dir, 'scm-not-executable-2');
    writeFileSync(bin, '#!/bin/sh\n', { mode: 0o644 });
    const r = await runProgram(requireTool('bash') ?? 'bash', ['-c', `${ACME_SH_STUBS}\n. "$HOOK"\nscm_deploy "$@"`, 'acme.sh', 'example.com', b.key, b.cert, b.chain, b.fullchain], {
      env: env({ HOOK: ACME_SH_HOOK, DEPLOY_SCM_BIN: bin }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe(`[err] scm upload failed for example.com (exit 126): ${bin} cannot be executed (run: chmod +x on it, or set DEPLOY_SCM_BIN to the scm that is installed)`);
  });
});

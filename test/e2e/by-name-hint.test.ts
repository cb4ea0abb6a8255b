// A certificate's name given where its id is wanted: `scm rotate shop-2026 --to ID`, `scm show shop-2026`, and
// delete, export, notify and deploy the same. Each refuses it before sending anything, as before, and its hint
// now says how to find the id, `scm list --search NAME -q` (shared/by-name.ts), in both languages and in the
// --json error line; that command does print the id. An id mistyped (scs and digits) keeps its own hint.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, spawnEmulator, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let id: string;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const NAME = 'shop-2026';
const EN = `if '${NAME}' is a certificate's name, find its id with 'scm list --search ${NAME} -q'`;
const ZH = `如果“${NAME}”是证书的名称，请用 \`scm list --search ${NAME} -q\` 查出它的 ID`;
const NEW = 'scs1700000000001';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-by-name-'));
  const b = makeBundle(join(dir, 'b'), { cn: 'shop.example.test' });
  emu = await spawnEmulator();
  id = (await emu.seed({ certificates: [{ name: NAME, pem: readFileSync(b.cert, 'utf8'), chain: readFileSync(b.chain, 'utf8'), private_key: b.keyPem }] })).certificates[0]!;
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a certificate name given for its id', () => {
  it('the hinted command prints the id', async () => {
    const r = await run(['list', '--search', NAME, '-q']);
    expect([r.code, r.stdout]).toEqual([0, `${id}\n`]);
  });

  const cases: [string, string[], number][] = [
    ['rotate NAME --to ID', ['rotate', NAME, '--to', NEW], 2],
    ['rotate NAME --cert --key', ['rotate', NAME, '--cert', 'b/fullchain.pem', '--key', 'b/privkey.pem'], 2],
    ['rotate ID NAME (read as the new folder)', ['rotate', NEW, NAME], 2],
    ['rotate ID --to NAME', ['rotate', 'scs1700000000002', '--to', NAME], 2],
    ['show', ['show', NAME], 2],
    ['delete', ['delete', 'scs1700000000002', NAME], 2],
    ['export', ['export', NAME, '--out', 'never-made'], 2],
    ['notify', ['notify', 'off', NAME], 2],
    ['deploy', ['deploy', NAME, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1'], 1],
  ];
  it.each(cases)('scm %s: refused as before, nothing sent, the hint finds the id (en, zh, --json)', async (_, args, code) => {
    const before = (await emu.state()).requests.total;
    const en = await run(args, { cwd: dir });
    expect([en.code, en.stdout]).toEqual([code, '']);
    expect(en.stderr.endsWith(`\nhint: ${EN}\n`), en.stderr).toBe(true);
    const zh = await run([...args, '--lang', 'zh'], { cwd: dir });
    expect(zh.stderr.endsWith(`\n提示：${ZH}\n`), zh.stderr).toBe(true);
    const json = await run([...args, '--json'], { cwd: dir });
    expect(JSON.parse(json.stderr.trim().split('\n').at(-1)!).error).toMatchObject({ exitCode: code, hint: EN });
    expect((await emu.state()).requests.total).toBe(before);
  });

  it('a file given where a folder is read keeps its own hint; a path is never taken for a name', async () => {
    const file = await run(['rotate', NEW, 'b/fullchain.pem'], { cwd: dir });
    expect([file.code, file.stderr]).toEqual([2, 'scm: b/fullchain.pem is not a directory\nhint: pass files with --cert/--key, folders as arguments\n']);
    const path = await run(['show', '/etc/scm/shop']);
    expect(path.stderr).not.toContain('scm list --search');
  });

  it('an id mistyped keeps the id hint; a name needing quotes is quoted for the shell', async () => {
    const typo = await run(['show', 'scs170000000000']);
    expect(typo.stderr).toContain('hint: pass the ID that `scm upload` printed');
    const spaced = await run(['show', "shop's site"]);
    expect(spaced.stderr).toContain(`find its id with 'scm list --search 'shop'\\''s site' -q'`);
  });
});

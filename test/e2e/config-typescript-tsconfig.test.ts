// Through the built binary (run as root, as scm runs from cron): a TypeScript config named with --config is
// compiled with the tsconfig.json TypeScript finds above it, whose options decide what the compiled config
// imports (importHelpers: `tslib`, resolved from any node_modules above). In a sticky folder such as /tmp any
// user may put a tsconfig.json and a node_modules/tslib above the config's own folder: that tsconfig.json is
// judged as a config file is and refused (exit 2; a marker file proves the planted tslib never ran), while one
// of the user's own, beside the config or in a folder above that only they can write, is used as before.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const NOBODY = 65534;
const SK = 'scm-tsconfig-trust-secret-00000000000000';
const root = mkdtempSync(join(tmpdir(), 'scm-e2e-tsconfig-'));
const shared = join(root, 'shared'); // 1777, as /tmp
const mine = join(shared, 'mine');
const config = join(mine, 'scm.config.ts');
const marker = join(root, 'marker');

const put = (path: string, text: string, owner: number): void => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chownSync(path, owner, owner);
};
/** A tsconfig.json asking for helpers from `tslib`, and a tslib beside it that notes it ran, owned by `owner`. */
const plant = (dir: string, owner: number): void => {
  put(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { importHelpers: true, experimentalDecorators: true } }), owner);
  const tslib = join(dir, 'node_modules', 'tslib');
  put(join(tslib, 'package.json'), JSON.stringify({ name: 'tslib', type: 'module', main: 'index.js' }), owner);
  put(
    join(tslib, 'index.js'),
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, String(process.env.HUAWEICLOUD_SDK_SK === ${JSON.stringify(SK)}));\nexport const __decorate = (ds, t) => t;\n`,
    owner,
  );
  for (const d of [join(dir, 'node_modules'), tslib]) chownSync(d, owner, owner);
};
const scm = (args: string[]) => runCli(args, { env: { HOME: join(root, 'home'), HUAWEICLOUD_SDK_AK: 'TSCONFIGTRUSTAK01', HUAWEICLOUD_SDK_SK: SK }, cwd: mine });

afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(shared, { recursive: true, force: true });
  rmSync(marker, { force: true });
  mkdirSync(mine, { recursive: true });
  mkdirSync(join(root, 'home'), { recursive: true });
  chmodSync(shared, 0o1777);
  chmodSync(mine, 0o700);
  // A decorator: compiled with importHelpers, it imports __decorate from tslib.
  writeFileSync(config, "function keep(t: any) { return t; }\n@keep class A {}\nexport default { region: 'ap-southeast-1' };\n", { mode: 0o600 });
});

describe('the tsconfig.json above a named TypeScript config', () => {
  it('another user put in the sticky folder above: refused before anything is compiled or run', async () => {
    plant(shared, NOBODY);
    const tsconfig = join(shared, 'tsconfig.json');
    const r = await scm(['config', '--config', config]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `scm: refusing to compile config file ${config} with ${tsconfig}, the tsconfig.json above it: it belongs to user ${NOBODY}, not to you or root; its options decide what the compiled config imports and runs with your credentials in reach\n` +
        `hint: put a tsconfig.json of your own in ${mine}, beside the config (TypeScript then looks no further), or write the config as .js, .mjs, JSON or YAML (no compiling needed)\n`,
    );
    const zh = await scm(['list', '--config', config, '--lang', 'zh']);
    expect([zh.code, zh.stdout]).toEqual([2, '']);
    expect(zh.stderr).toBe(
      `scm: 拒绝用 ${tsconfig} 编译配置文件 ${config}（这是它上级目录中的 tsconfig.json）：它属于用户 ${NOBODY}，既不是你，也不是超级用户；它的选项决定编译后的配置会导入并运行哪些代码，而这些代码能接触到你的凭证\n` +
        `提示：请在配置文件所在的目录 ${mine} 中放一个你自己的 tsconfig.json（这样就不会再往上查找），或把配置改写为 .js、.mjs、JSON 或 YAML 格式（无需编译）\n`,
    );
    expect(existsSync(marker)).toBe(false);
  });

  it('with a tsconfig.json of the user’s own beside the config, the one above is not reached', async () => {
    plant(shared, NOBODY);
    put(join(mine, 'tsconfig.json'), '{}', 0);
    const r = await scm(['config', '--config', config, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).settings.region.value).toBe('ap-southeast-1');
    expect(existsSync(marker)).toBe(false);
  });

  it('the user’s own above it, in a folder only they can write: used as before (its options apply)', async () => {
    chmodSync(shared, 0o755);
    plant(shared, 0);
    const r = await scm(['config', '--config', config, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).settings.region.value).toBe('ap-southeast-1');
    expect(readFileSync(marker, 'utf8')).toBe('true');
  });
});

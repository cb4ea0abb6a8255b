// This build's dist/ (scripts/packs.mjs): every run of its import graph finds each module defined by a pack read
// before it is required (bin/scm.js fails outright otherwise). The graph is the one the build wrote, dist/meta.json.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { packMembers } from '../../scripts/packs.mjs';
import { missing, type Imports } from '../helpers/pack-walk.js';
import { runCli } from '../helpers/run-cli.js';

it('holds for the graph of this build: no run finds a module undefined', () => {
  const meta = JSON.parse(readFileSync(new URL('../../dist/meta.json', import.meta.url), 'utf8')) as { outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }> };
  const members = packMembers(meta.outputs);
  const graph: Imports = Object.fromEntries(Object.entries(meta.outputs).map(([p, o]) => [p.replace(/^dist\//, ''), o.imports.filter((i) => !i.external && i.kind !== 'require-call').map((i): [string, 'static' | 'dynamic'] => [i.path.replace(/^dist\//, ''), i.kind === 'dynamic-import' ? 'dynamic' : 'static'])]));
  expect(members.size).toBeGreaterThan(20);
  expect(missing(graph, members)).toBeUndefined();
});

/** Credentials and an endpoint nothing listens on: a --dry-run sends nothing, and needs no emulator. */
const API_ENV = { HUAWEICLOUD_SDK_AK: 'SCMEMULATORDEMOAK000', HUAWEICLOUD_SDK_SK: 'scm-emulator-demo-secret-0000000000000000', SCM_ENDPOINT: 'http://127.0.0.1:9' };
/** A description of the seed catalogue (src/core/catalogue/seed-codes.ts), in every build. */
const CATALOGUE = 'refused the certificate; its own reason follows the colon';
/** A message of src/core/validate/messages.ts, in every build: the host-name checks of validate alone say it. */
const VALIDATION = 'is not ASCII and has no punycode form';

/** The packs among `read` whose text holds `marker`. */
const holding = (read: string[], marker: string): string[] => read.filter((f) => readFileSync(f, 'latin1').includes(marker));

/** The dist/ packs a run of the built binary reads, in order (a preload that watches fs.openSync). */
async function packsRead(args: string[], env: Record<string, string> = {}): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'scm-packs-'));
  try {
    const log = join(dir, 'read.log');
    const hook = join(dir, 'hook.cjs');
    writeFileSync(hook, `const fs = require('fs'); const open = fs.openSync;
fs.openSync = function (p, ...rest) { if (/[\\\\/]dist[\\\\/].*\\.js$/.test(String(p))) fs.appendFileSync(${JSON.stringify(log)}, p + '\\n'); return open.call(this, p, ...rest); };\n`);
    const r = await runCli(args, { env: { ...env, NODE_OPTIONS: `-r ${hook}` } });
    expect(r.signal).toBeNull();
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

it('scm push reads none of validate\'s messages (it checks no bundle)', async () => {
  const read = await packsRead(['push', 'x', '--service', 'WAF', '--project', 'cn-north-4']);
  expect(read.length).toBeGreaterThan(2);
  const marker = VALIDATION;
  const validate = await packsRead(['validate', 'test/fixtures/generated/bundles/ec-ok']);
  expect(holding(validate, marker)).toHaveLength(1);
  expect(holding(read, marker)).toEqual([]);
});

/** dist/ module -> the packs among `read` that define it (bin/scm.js compiles every pack it reads in full). */
function definers(read: string[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const pack of read) {
    for (const [, name] of readFileSync(pack, 'latin1').matchAll(/__scmDefine\("([^"]+)"/g)) {
      const module = join(dirname(pack), name!);
      by.set(module, [...(by.get(module) ?? []), basename(pack)]);
    }
  }
  return by;
}

it('scm upload --dry-run reads the client once: the planner\'s pack holds none of what the connect pack held', async () => {
  const read = await packsRead(['upload', 'test/fixtures/generated/bundles/ec-ok', '--dry-run'], API_ENV);
  expect(read.map((f) => basename(f).replace(/-.*/, ''))).toEqual(expect.arrayContaining(['connect', 'plan']));
  const twice = [...definers(read)].filter(([, packs]) => packs.some((p) => p.startsWith('connect-')) && packs.some((p) => p.startsWith('plan-')));
  expect(twice).toEqual([]);
});

it('scm config reads 3 packs: cli.js, its spec and its run (its modules imported statically, not one pack each)', async () => {
  const read = await packsRead(['config']);
  expect(read.map((f) => basename(f).replace(/-.*/, ''))).toEqual(['cli.js', 'spec', 'run']);
});

it('scm config, and an upload its checks refuse, read no pack holding the catalogue (only the client needs it)', async () => {
  const marker = CATALOGUE;
  const config = await packsRead(['config']);
  const refused = await packsRead(['upload', 'test/fixtures/generated/bundles/mismatch', '--name', 'mismatch-bundle']);
  const explain = await packsRead(['explain', 'SCM.0014']);
  expect(holding(explain, marker)).toHaveLength(1);
  expect(holding([...config, ...refused], marker)).toEqual([]);
});

it('scm upload --dry-run reads the settings code once: the pack the start loads (setting-values.ts) is the one connect() uses', async () => {
  const read = await packsRead(['upload', 'test/fixtures/generated/bundles/ec-ok', '--dry-run'], API_ENV);
  // A message of src/config/messages.ts, and one of src/config/endpoint.ts's (its table is there too).
  for (const marker of ['expected an object of settings', 'plain http is accepted only for loopback hosts']) {
    expect(holding(read, marker), marker).toHaveLength(1);
  }
});

it('the README counts the files each start-up reads as the build has them', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  const said = /reads only what it runs: (\w+) files for `scm explain` and `scm --help`, (\w+) for `scm validate` and `scm config`, (\w+) for `scm upload --dry-run`/.exec(readme);
  expect(said, 'the sentence in README.md "How:"').not.toBeNull();
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
  const [two, three, ten] = said!.slice(1).map((w) => words.indexOf(w));
  expect((await packsRead(['explain', 'SCM.0014'])).length).toBe(two);
  expect((await packsRead(['--help'])).length).toBe(two);
  expect((await packsRead(['validate', 'test/fixtures/generated/bundles/ec-ok'])).length).toBe(three);
  expect((await packsRead(['config'])).length).toBe(three);
  expect((await packsRead(['upload', 'test/fixtures/generated/bundles/ec-ok', '--name', 'readme-count', '--dry-run'], API_ENV)).length).toBe(ten);
});

it("scm upload reads validation's messages once: validation's pack leaves out what the bundle reader's pack held", async () => {
  const marker = VALIDATION;
  for (const args of [['upload', 'test/fixtures/generated/bundles/ec-ok', '--dry-run'], ['upload', 'test/fixtures/generated/bundles/mismatch', '--name', 'mismatch-bundle']]) {
    const read = await packsRead(args, API_ENV);
    expect(holding(read, marker), args.join(' ')).toHaveLength(1);
  }
});

it('scm deploy --dry-run reads the client once (its run holds it: no pack of connect() of its own)', async () => {
  const read = await packsRead(['deploy', 'scs1700000000000', '--service', 'WAF', '--project', 'cn-north-4', '--resource', '5f1a2b3c', '--dry-run'], API_ENV);
  const marker = CATALOGUE;
  expect(holding(read, marker)).toHaveLength(1);
});

it("scm check reads the PKCS#12 code once: form.ts's pack leaves it to the gatherer's (a folder, a file)", async () => {
  const marker = 'public-key integrity mode (signedData)'; // src/core/validate/pkcs12.ts
  for (const target of ['test/fixtures/generated/bundles/ec-ok', 'test/fixtures/generated/bundles/ec-ok/fullchain.pem']) {
    const read = await packsRead(['check', target]);
    expect(holding(read, marker), target).toHaveLength(1);
  }
});

it("scm export reads the settings' messages once: config trust's words load only to refuse a folder", async () => {
  const out = mkdtempSync(join(tmpdir(), 'scm-packs-export-'));
  try {
    const read = await packsRead(['export', 'scs1700000000000', '--out', out, '--retries', '0'], API_ENV);
    expect(holding(read, 'expected an object of settings')).toHaveLength(1); // src/config/messages.ts
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

it('every pack the timed start-ups read has its code cache (scripts/cache-runs.mjs ran a command down that path)', async () => {
  // A pack no recorded run reads gets no .cache: every start of that command parses and compiles it from source.
  const bundle = 'test/fixtures/generated/bundles/ec-ok';
  for (const args of [['validate', bundle], ['check', bundle, '--within', '30'], ['check', `${bundle}/fullchain.pem`], ['explain', 'SCM.0014']]) {
    const read = await packsRead(args);
    expect(read.filter((f) => !existsSync(`${f}.cache`)), args.join(' ')).toEqual([]);
  }
});

it("the packs hold exports as values, not esbuild's getters (scripts/export-values.mjs): validate's keep none", async () => {
  const read = await packsRead(['validate', 'test/fixtures/generated/bundles/ec-ok']);
  const getters = read.flatMap((f) => [...readFileSync(f, 'latin1').matchAll(/__export\(\w+,\{([^{}]*)\}\)/g)].flatMap((m) => m[1]!.split(',')));
  expect(getters.length).toBeLessThan(5);
});

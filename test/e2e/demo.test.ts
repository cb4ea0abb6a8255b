// `npm run demo` (scripts/demo.mjs on the built binary) as the README promises it: every step against the
// emulator, ending with a renewal rotated into place and checked at the emulator's TLS edge: `check --expect`
// needs attention (exit 1) before the rotation and passes after it; the emulator is stopped at the end. The
// prune plan reads as after real renewals: the certificate the demo uploaded is the newest and the last upload,
// and the oldest, expired one is superseded (never kept as "the last one uploaded").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runProgram } from '../helpers/pebble.js';
import { ROOT } from '../helpers/run-cli.js';

it('runs to the end, the last step a rotation proven at the edge', async () => {
  const r = await runProgram(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], { env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LANG: 'C.UTF-8' }, timeoutMs: 90_000 });
  expect(r.code, r.stderr).toBe(0);
  const out = r.stdout;
  const before = out.indexOf('--servername www.demo.example.com --expect renewed/cert.pem\n');
  const rotate = out.indexOf('$ scm rotate --domain www.demo.example.com renewed --waf-type cloud --delete-old\n');
  const after = /\$ scm check (https:\/\/127\.0\.0\.1:\d+) --servername www\.demo\.example\.com --expect (scs\d{13})\n/.exec(out);
  expect(before).toBeGreaterThan(0);
  expect(rotate).toBeGreaterThan(before);
  expect(after?.index).toBeGreaterThan(rotate);
  expect(out.slice(before, rotate)).toContain('(SNI www.demo.example.com): needs attention');
  const prune = out.slice(out.indexOf('$ scm prune --domain www.demo.example.com --dry-run\n'), before);
  expect(prune).not.toContain('the last one uploaded');
  expect(prune).toMatch(/scs\d{13} +demo-example-com +\S+ \S+ +keep: newest\n/);
  expect(prune).toMatch(/scs\d{13} +demo-example-com-oldest +\S+ \S+ +delete: superseded by scs\d{13}\n/);
  expect(prune).toMatch(/scs\d{13} +demo-example-com-older +\S+ \S+ +keep: deployed to ELB cn-north-4\n/);
  expect(out.slice(rotate, after!.index)).toContain(`every resource uses ${after![2]}: 5 deployed, 0 unchanged`);
  // As a terminal shows it, not all of stderr first: the plan before the deletions it announces, check's
  // rows before its summary.
  const rotation = out.slice(rotate, after!.index);
  expect(rotation.indexOf('plan: deploy to 5 resources')).toBeGreaterThan(0);
  expect(rotation.indexOf('plan: deploy to 5 resources')).toBeLessThan(rotation.indexOf('deleting '));
  const checked = out.slice(before, rotate);
  expect(checked.indexOf('(SNI www.demo.example.com): needs attention')).toBeLessThan(checked.indexOf('scm: 1 of 1 target needs attention'));
  expect(out.slice(after!.index)).toContain(`(SNI www.demo.example.com): ok`);
  expect(out.slice(after!.index)).toContain(`matches ${after![2]}`);
  expect(out.trimEnd().split('\n').at(-1)).toBe('demo finished: every step did what it should');
  // Its first line names the steps the README's first command promises, in that order (it named the first three).
  const promised = /npm ci && npm run demo +# .*?then ([a-z →]+) against the local emulator/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1]!.split(' → ');
  const steps = out.split('\n')[0]!.replace(/ against .*/, '').replace(/^scm demo: /, '').split(' -> ');
  expect(steps.filter((s) => promised.includes(s))).toEqual(promised);
}, 120_000);

// A Chinese locale makes scm speak Chinese: the demo judges what scm did by its JSON and the emulator's
// state, never by scm's English words (under zh_CN.UTF-8 it failed at the prune plan, 'keep: newest').
it('runs to the end in a Chinese locale too', async () => {
  const r = await runProgram(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], { env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LANG: 'zh_CN.UTF-8' }, timeoutMs: 90_000 });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/scs\d{13} +demo-example-com +\S+ \S+ +保留：最新\n/);
  // The demo's own lines are Chinese too, as scm's are.
  expect(r.stdout.split('\n')[0]).toBe('scm 演示：对本机的 SCM 模拟器依次执行 validate -> upload -> push -> list -> prune -> rotate -> check（无需云账号）');
  expect(r.stdout).toMatch(/已推送到 WAF:cn-north-4、ELB:cn-north-4、ELB:ap-southeast-1\n/);
  expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('演示完成：每一步都符合预期');
}, 120_000);

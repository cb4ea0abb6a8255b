// `npm run demo`: the main job end to end with no cloud account. Makes a throw-away certificate chain with
// the openssl CLI, starts the built emulator, runs the built `scm` for validate -> upload -> push (and an
// --if-changed re-run) against it, then what renewals leave behind: `list --expiring` and a `prune --dry-run`
// over older copies seeded beside it, and last a renewal rotated into place (`rotate --delete-old`) and proven
// on the wire at the emulator's TLS edge (`check --expect`: exit 1 before, 0 after). Prints what happened,
// stops the emulator. Exits non-zero on any failure.
// Builds nothing itself: the npm script runs `npm run build` first.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeChain } from './make-chain.mjs';

const BIN = fileURLToPath(new URL('../bin/scm.js', import.meta.url));
// The emulator's documented demo pair (public; it opens nothing but the local emulator).
const DEMO = { HUAWEICLOUD_SDK_AK: 'SCMEMULATORDEMOAK000', HUAWEICLOUD_SDK_SK: 'scm-emulator-demo-secret-0000000000000000' };
const dir = mkdtempSync(join(tmpdir(), 'scm-demo-'));
const say = (s) => process.stdout.write(`${s}\n`);
// The demo's own lines in the language scm speaks (lang in its config file, else LC_ALL, LC_MESSAGES, LANG),
// asked of scm itself so that the two never differ, as the renewal hooks do; English when scm cannot say.
const zh = (() => {
  try {
    return JSON.parse(execFileSync(process.execPath, [BIN, 'config', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })).settings?.lang?.value === 'zh';
  } catch {
    return false;
  }
})();
/** `en` or `zhText`, as scm speaks. */
const tr = (en, zhText) => (zh ? zhText : en);
const indent = (s) => s.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
let emulator;

function makeCertificates() {
  makeChain(dir, { cn: 'demo.example.com', days: 90, label: 'scm demo' });
}

function startEmulator() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0', '--edge-port', '0', '--quiet'], { env: { ...process.env, ...DEMO }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('the emulator did not start within 15 s')), 15_000);
    child.on('exit', (code) => reject(new Error(`the emulator exited early (${code})`)));
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      // The API's line first, the TLS edge's second.
      const m = /^scm emulator listening on (\S+)\nscm emulator edge listening on (\S+)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], edge: m[2] });
      }
    });
  });
}

/** Runs the built scm against the emulator; `show: false` for a run the demo only reads (its JSON). */
function scm(args, { expect = 0, env = {}, show = true } = {}) {
  if (show) say(`\n$ scm ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, ...DEMO, SCM_ENDPOINT: emulator.url, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // What a terminal shows: both streams in the order scm wrote them (a rotation's plan before its steps'
    // 'deleting ...', check's rows before its summary), not all of stderr first.
    let shown = '';
    child.stdout.setEncoding('utf8').on('data', (d) => ((stdout += d), (shown += d)));
    child.stderr.setEncoding('utf8').on('data', (d) => ((stderr += d), (shown += d)));
    child.on('close', (code) => {
      if (show && shown.trim()) say(indent(shown));
      if (!show && code !== expect && stderr.trim()) say(indent(stderr));
      if (code !== expect) reject(new Error(`scm ${args[0]} exited ${code}, expected ${expect}`));
      else resolve(stdout);
    });
  });
}

async function state() {
  return (await fetch(`${emulator.url}/_emulator/state`)).json();
}

async function main() {
  say(tr('scm demo: validate -> upload -> push -> list -> prune -> rotate -> check against the local SCM emulator (no cloud account needed)', 'scm 演示：对本机的 SCM 模拟器依次执行 validate -> upload -> push -> list -> prune -> rotate -> check（无需云账号）'));
  makeCertificates();
  say(tr(`made a throw-away chain in ${dir}: demo.example.com <- scm demo intermediate <- scm demo root`, `已在 ${dir} 生成一次性的证书链：demo.example.com <- scm demo intermediate <- scm demo root`));
  emulator = await startEmulator();
  say(tr(`started the emulator: ${emulator.url} (credentials: its documented demo pair)`, `已启动模拟器：${emulator.url}（凭证：文档中公开的演示 AK/SK）`));

  await scm(['validate', '--cert', 'fullchain.pem', '--key', 'privkey.pem', '--name', 'demo-example-com']);
  const id = (await scm(['upload', '--cert', 'fullchain.pem', '--key', 'privkey.pem', '--name', 'demo-example-com', '--quiet'])).trim();
  if (!/^scs\d{13}$/.test(id)) throw new Error(`upload printed '${id}', not a certificate id`);
  await scm(['push', id, '--service', 'WAF', '--project', 'cn-north-4']);
  await scm(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--project', 'ap-southeast-1']);
  await scm(['upload', '--cert', 'fullchain.pem', '--key', 'privkey.pem', '--name', 'demo-example-com', '--if-changed']);
  await scm(['push', id, '--service', 'OBS'], { expect: 1 });

  const s = await state();
  const cert = s.certificates.find((c) => c.id === id);
  if (s.certificates.length !== 1 || !cert || cert.pushes.length !== 3) throw new Error(`unexpected emulator state: ${JSON.stringify(s)}`);
  const pushes = cert.pushes.map((p) => `${p.service}:${p.project}`).join(tr(', ', '、'));
  const counts = Object.entries(s.requests.byOperation).map(([k, v]) => `${k} ${v}`).join(tr(', ', '，'));
  say(tr(`\nthe emulator holds ${s.certificates.length} certificate (${id}, ${cert.domain}), pushed to ${pushes}`, `\n模拟器中有 ${s.certificates.length} 张证书（${id}，${cert.domain}），已推送到 ${pushes}`));
  say(tr(`it saw ${s.requests.total} API requests (${counts}); the refused push sent none`, `它共收到 ${s.requests.total} 个 API 请求（${counts}）；被拒绝的推送没有发出任何请求`));

  // What 60-day renewals leave in SCM: older certificates for the same names, one of them still used by an ELB.
  // Each was uploaded when it was issued (90 days before it expires), 60 days before the next: its upload time
  // and its id (`scs` + the upload's epoch milliseconds, as SCM's ids are) say so, so that prune reads the
  // certificate uploaded above as the last upload, as it would be after real renewals.
  const names = ['demo.example.com', 'www.demo.example.com'];
  const at = (n) => new Date(Date.now() + n * 86_400_000);
  const older = [12, -48, -108].map((expires, i) => {
    const uploaded = at(expires - 90);
    return { name: `demo-example-com-${['old', 'older', 'oldest'][i]}`, id: `scs${uploaded.getTime()}`, created_at: uploaded.toISOString(), not_before: uploaded.toISOString(), not_after: at(expires).toISOString() };
  });
  const seeded = await (await fetch(`${emulator.url}/_emulator/seed`, { method: 'POST', body: JSON.stringify({ certificates: older.map((c) => ({ ...c, domain: names[0], sans: names })) }) })).json();
  await fetch(`${emulator.url}/_emulator/seed`, { method: 'POST', body: JSON.stringify({ resources: [{ service: 'ELB', project: 'cn-north-4', name: 'demo-lb', certificate_id: seeded.certificates[1] }] }) });
  say(tr(`\nseeded ${older.length} older certificates for ${names.join(', ')} (what renewals leave behind); one is still used by an ELB`, `\n已为 ${names.join('、')} 预置 ${older.length} 张旧证书（续期后留下的）；其中一张仍被 ELB 使用`));
  await scm(['list', '--expiring', '30']);
  await scm(['prune', '--domain', 'www.demo.example.com', '--dry-run']);
  // The plan shown is in the user's language; it is judged by its JSON, which is the same in every language.
  const { plan } = JSON.parse(await scm(['prune', '--domain', 'www.demo.example.com', '--dry-run', '--json'], { show: false }));
  const has = (name, action, reason, by) => plan.some((e) => e.name === name && e.action === action && e.reason === reason && (by === undefined || e.supersededBy === by));
  const wants = [['demo-example-com', 'keep', 'newest'], [older[1].name, 'keep', 'deployed'], [older[2].name, 'delete', 'superseded', id]];
  for (const want of wants) if (!has(...want)) throw new Error(`the prune plan lacks ${want.join(' ')}: ${JSON.stringify(plan)}`);
  // The one uploaded above is both the newest and the last upload: no older one is kept as "the last one uploaded".
  if (plan.some((e) => e.reason === 'latest-upload')) throw new Error(`the prune plan keeps an older certificate as the last one uploaded: ${JSON.stringify(plan)}`);

  await rotation(id);
}

/** The renewal's last step: the new certificate everywhere the older ones are, proven at the TLS edge. */
async function rotation(id) {
  makeChain(join(dir, 'renewed'), { cn: 'demo.example.com', days: 90, label: 'scm demo renewed' });
  await fetch(`${emulator.url}/_emulator/seed`, { method: 'POST', body: JSON.stringify({ resources: [{ service: 'CDN', kind: 'domain', id: 'www.demo.example.com', certificate_id: id }] }) });
  say(tr(`\nrenewed: a new chain in ${join(dir, 'renewed')}; ${id} also serves the CDN domain www.demo.example.com`, `\n已续期：新证书链在 ${join(dir, 'renewed')}；${id} 还用于 CDN 加速域名 www.demo.example.com`));
  say(tr(`the emulator's TLS edge (${emulator.edge}) serves, by SNI, the certificate deployed for each name`, `模拟器的 TLS 边缘节点（${emulator.edge}）按 SNI 返回每个域名上部署的证书`));
  const edge = ['check', emulator.edge, '--servername', 'www.demo.example.com'];
  await scm([...edge, '--expect', 'renewed/cert.pem'], { expect: 1 });
  await scm(['rotate', '--domain', 'www.demo.example.com', 'renewed', '--waf-type', 'cloud', '--delete-old']);
  const s = await state();
  const left = s.certificates.map((c) => c.id);
  if (left.length !== 1 || left[0] === id) throw new Error(`after the rotation SCM should hold the renewed certificate alone, not ${left.join(', ')}`);
  if (s.resources.some((r) => r.certificateId !== left[0])) throw new Error('a resource does not use the renewed certificate');
  await scm([...edge, '--expect', left[0]]);
  say(tr(`\nevery resource (${s.resources.length}) uses ${left[0]}, the older certificates are deleted, and the edge serves it`, `\n所有资源（${s.resources.length} 个）都已使用 ${left[0]}，旧证书已删除，边缘节点返回的正是它`));
}

let failed = false;
try {
  await main();
  say(tr('\ndemo finished: every step did what it should', '\n演示完成：每一步都符合预期'));
} catch (e) {
  failed = true;
  process.stderr.write(`\n${tr('demo failed: ', '演示失败：')}${e instanceof Error ? e.message : String(e)}\n`);
} finally {
  if (emulator) {
    emulator.child.removeAllListeners('exit');
    const exited = new Promise((r) => emulator.child.once('exit', (code) => r(code)));
    emulator.child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) {
      failed = true;
      process.stderr.write(`the emulator exited ${code} on SIGTERM, expected 0\n`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

// `scm upload --push WAF:cn-north-4 --push waf:cn-north-4,cn-east-3 --push CDN --push cdn` (a hook's push list
// joined with a script's own, say): each --push was carried out on its own, so WAF cn-north-4 was pushed twice
// (two copies in WAF, as every WAF/ELB push makes one) and CDN twice. The targets of one service are now one
// push: each target once, one table per service.
import { expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withEmulator('push-merge', { cn: 'merge.example.com' });

it('the same service named twice is one push: every target once (exit 0)', async () => {
  const env = t.env();
  const r = await runCli(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'merge-1', '--push', 'WAF:cn-north-4', '--push', 'waf:cn-north-4,cn-east-3', '--push', 'CDN', '--push', 'cdn', '--json'], { env });
  expect(r.code, r.stderr).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.push.map((p: any) => [p.service, p.results.map((x: any) => x.project)])).toEqual([['WAF', ['cn-north-4', 'cn-east-3']], ['CDN', ['']]]);
  const held = (await t.emu.state()).certificates.find((c) => c.id === doc.certificate_id)!;
  expect(held.pushes.map((p) => `${p.service}:${p.project}`).sort()).toEqual(['CDN:', 'WAF:cn-east-3', 'WAF:cn-north-4']);
});

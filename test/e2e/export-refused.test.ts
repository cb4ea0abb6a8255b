// `scm export` of a certificate SCM will not export (SCM.0010: a certificate bought through SCM not issued
// yet): exit 4, nothing written, and the hint says what lets a certificate be exported, not the catalogue's
// advice about pushing SM2 or expired certificates.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('export-refused', { bundle: false });
const { run } = cliRecorder(() => t.env());
const ID = 'scs1700000000009';

beforeEach(async () => {
  await t.emu.seed({ certificates: [{ id: ID, name: 'bought', domain: 'a.example.com', not_after: '2099-06-01T00:00:00Z', status: 'CHECKING', type: 'DV', brand: 'GeoTrust' }] });
});

it.each([
  ['en', `hint: SCM exports a certificate only in a status that allows it: one bought through SCM once it is issued (not while it is applied for or checked, nor once revoked or cancelled); see its status with scm show ${ID} (more: scm explain SCM.0010)\n`],
  ['zh', `提示：SCM 只导出状态允许导出的证书：通过 SCM 购买的证书须在签发后才能导出（申请中、审核中，或已吊销、已取消的不能导出）；可用 \`scm show ${ID}\` 查看它的状态（详见 \`scm explain SCM.0010\`）\n`],
])('%s: SCM.0010 to an export gets the export hint', async (lang, hint) => {
  const out = join(t.dir, `out-${lang}`);
  const r = await run(['export', ID, '--out', out, '--lang', lang]);
  expect(r.code).toBe(4);
  expect(r.stderr).toContain('SCM.0010');
  expect(r.stderr.endsWith(hint)).toBe(true);
  expect(r.stderr.split('\n').filter((l) => /^(hint|提示)/.test(l))).toHaveLength(1);
  expect(existsSync(out)).toBe(false);
});

// `upload --push` ensures presence: it pushes only where ListDeployedResources does not show the certificate. A
// row of a regional service (WAF, ELB) that names no region_id (the SDK types it as required; a service may
// still leave it out, or send it empty) was read as deployed "nowhere in particular", so the target's region
// was "not there" and every rerun pushed again: a new WAF/ELB copy each time. Such a row may be the target's:
// it is said, and nothing is pushed there. CDN is global: its rows need no region. Against other-scm.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { send, store } from '../helpers/other-scm.js';
import { withOtherScm } from '../helpers/other-scm-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withOtherScm('push-regionless', 'regionless.example.com');

/** The certificate in SCM, deployed once in `service` by a row without region_id (absent, or ''). */
function deployedWithoutRegion(service: string, region?: string): string {
  t.m.certs.length = 0;
  t.m.pushes.length = 0;
  t.m.seen.length = 0;
  const id = store(t.m, 'regionless', readFileSync(t.b.cert, 'utf8')).id;
  t.m.hook = (req, res) => {
    if (req.path !== '/v3/scm/deployed-resources') return false;
    const row = { is_error: false, resources: [{ resource_id: 'copy-1', resource_name: 'copy-1' }], ...(region === undefined ? {} : { region_id: region }) };
    return send(res, 200, { results: [{ certificate_id: id, total_num: 1, deployed_resources: [{ service, resource_num: 1, resource_location: 'regional', region_resources: [row] }] }] });
  };
  return id;
}

const upload = (push: string, lang = 'en') =>
  runCli(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--if-changed', '--push', push, '--lang', lang], { env: t.env() });

describe('upload --push and a deployment row without its region', () => {
  it.each([[undefined], ['']])('WAF (region_id %j): not pushed again, said, exit 5', async (region) => {
    deployedWithoutRegion('WAF', region);
    const r = await upload('WAF:cn-north-4');
    expect(t.m.count(/push$/, 'POST')).toBe(0);
    expect(t.m.pushes).toEqual([]);
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(/^hint: SCM cannot tell whether the certificate is already deployed at some targets/m);
    expect(r.stdout).toContain('push failed: ');
    expect(r.stdout).toContain('to WAF in cn-north-4 (SCM lists a WAF resource of this certificate without its region (region_id), which may be cn-north-4: not pushed, to avoid a second copy)');
  });

  it('in Chinese too', async () => {
    deployedWithoutRegion('ELB');
    const r = await upload('ELB:cn-north-4', 'zh');
    expect(t.m.count(/push$/, 'POST')).toBe(0);
    expect(r.stdout).toContain('SCM 列出了这张证书的一个 ELB 资源，但没有给出其区域（`region_id`），它可能就在 cn-north-4：为避免产生第二份副本，未推送');
  });

  it('a row that names its region still decides: another region is pushed to', async () => {
    deployedWithoutRegion('WAF', 'cn-east-3');
    const r = await upload('WAF:cn-north-4');
    expect(r.code, r.stderr).toBe(0);
    expect(t.m.pushes).toEqual([{ id: t.m.certs[0]!.id, service: 'WAF', project: 'cn-north-4' }]);
  });

  it('CDN is global: a row without a region is the certificate there (present, not pushed, exit 0)', async () => {
    deployedWithoutRegion('CDN');
    const r = await upload('CDN');
    expect(r.code, r.stderr).toBe(0);
    expect(t.m.count(/push$/, 'POST')).toBe(0);
  });
});

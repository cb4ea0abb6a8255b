// Where certificates are used, in the emulator and as the client reads it: a push makes an ELB/WAF copy with
// its own id (a new one each time), CDN holds one copy, ListDeployedResources answers the documented shape
// (lifecycle-research §1.7), client.deployedResources flattens it, seeding checks its input, and delete
// removes the certificate from SCM only.
import { describe, expect, it } from 'vitest';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulatorWithCert } from '../helpers/in-process.js';

const at = useEmulatorWithCert('deploy');

describe('the emulator models where certificates are used', () => {
  it('each WAF/ELB push is a new copy with its own id; CDN keeps one; ListDeployedResources reports them', async () => {
    const { client } = await testClient(at.emu.url);
    const first = await client.batchPushOnce(at.cert, { target_projects: ['cn-north-4', 'ap-southeast-1'], target_service: 'WAF' });
    const second = await client.batchPushOnce(at.cert, { target_projects: ['cn-north-4'], target_service: 'WAF' });
    await client.pushOnce(at.cert, { target_project: 'cn-north-4_sub', target_service: 'elb' });
    await client.pushOnce(at.cert, { target_project: '', target_service: 'CDN' });
    await client.pushOnce(at.cert, { target_project: '', target_service: 'CDN' });
    const copyIds = [...first.results, ...second.results].map((r) => r.cert_id);
    expect(new Set(copyIds).size).toBe(3);
    for (const id of copyIds) expect(id).toMatch(/^[0-9a-f]{32}$/);

    const body = { certificate_ids: [at.cert, 'scs0000000000009'], service_names: ['ALL'] };
    const { url, headers } = client.prepare('POST', '/v3/scm/deployed-resources', {}, JSON.stringify(body));
    const raw = (await (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as { results: Array<Record<string, unknown>> };
    const waf = at.emu.store.deployments.using(at.cert, ['WAF']);
    expect(raw.results[0]).toEqual({
      certificate_id: at.cert,
      total_num: 5,
      deployed_resources: [
        { service: 'CDN', resource_num: 1, resource_location: 'global', region_resources: [{ region_id: 'global', is_error: false, resources: [{ resource_id: expect.stringMatching(/^[0-9a-f]{32}$/), resource_name: 'app' }] }] },
        {
          service: 'WAF', resource_num: 3, resource_location: 'region',
          region_resources: [
            { region_id: 'cn-north-4', is_error: false, resources: waf.filter((r) => r.region === 'cn-north-4').map((r) => ({ resource_id: r.id, resource_name: 'app' })) },
            { region_id: 'ap-southeast-1', is_error: false, resources: [{ resource_id: first.results[1]!.cert_id, resource_name: 'app' }] },
          ],
        },
        { service: 'ELB', resource_num: 1, resource_location: 'region', region_resources: [{ region_id: 'cn-north-4', is_error: false, resources: [expect.objectContaining({ resource_name: 'app' })] }] },
      ],
    });
    expect(raw.results[1]).toEqual({ certificate_id: 'scs0000000000009', total_num: 0, deployed_resources: [] });

    // The client flattens it; an id answered with total_num 0 and no resources is "not deployed" (nothing unsaid).
    const [mine, none] = await client.deployedResources([at.cert, 'scs0000000000008'], ['WAF']);
    expect(mine!.resources.map((r) => [r.service, r.region, r.location])).toEqual([['WAF', 'cn-north-4', 'region'], ['WAF', 'cn-north-4', 'region'], ['WAF', 'ap-southeast-1', 'region']]);
    expect([mine!.total, mine!.unreliable]).toEqual([3, []]);
    expect(none).toEqual({ certificateId: 'scs0000000000008', total: 0, resources: [], unreliable: [], unlisted: [] });
  });

  it('seeded resources and unreliable regions; a bad request is SCM.0005', async () => {
    seed(at.emu.store, {
      resources: [{ service: 'ELB', project: 'ap-southeast-1', id: 'elb-at.cert-1', name: 'www', certificate_id: at.cert }, { service: 'CDN', id: 'www.example.test', kind: 'domain', certificate_id: at.cert }],
      unreliable: [{ service: 'WAF', region: 'cn-east-3' }],
    }, new Date());
    const { client } = await testClient(at.emu.url);
    const [d] = await client.deployedResources([at.cert]);
    expect(d!.resources.map((r) => `${r.service}/${r.region}/${r.resourceId}/${r.resourceName}`)).toEqual(['CDN/global/www.example.test/www.example.test', 'ELB/ap-southeast-1/elb-at.cert-1/www']);
    expect(d!.unreliable).toEqual([{ service: 'WAF', region: 'cn-east-3' }]);
    const bad = await client.deployedResources([at.cert], ['NOPE' as 'ALL']).catch((e: unknown) => e);
    expect(bad).toMatchObject({ status: 400, errorCode: 'SCM.0005', exitCode: 4 });
    expect(() => seed(at.emu.store, { resources: [{ service: 'ELB', project: 'mars-1' }] }, new Date())).toThrow(/resources\[0\]\.project 'mars-1' is not a known region/);
    expect(() => seed(at.emu.store, { certificates: [{ domain: 'x' }] }, new Date())).toThrow(/certificates\[0\]\.name/);
  });

  it('delete removes the certificate from SCM only; its copies stay where they are', async () => {
    const { client } = await testClient(at.emu.url);
    await client.pushOnce(at.cert, { target_project: 'cn-north-4', target_service: 'WAF' });
    await client.deleteCertificate(at.cert);
    expect(at.emu.store.get(at.cert)).toBeUndefined();
    expect(at.emu.store.deployments.using(at.cert)).toHaveLength(1);
    await expect(client.deleteCertificate(at.cert)).rejects.toMatchObject({ errorCode: 'SCM.0008' });
  });
});

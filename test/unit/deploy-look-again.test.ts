// The look before the deployments ages while they run: a batch sent later than LOOK_STALE_MS after it looks again
// (one ListDeployedResources), and a resource another hand put on the certificate meanwhile is not sent again
// (each deployment is billed; CDN takes one once). A quick run never looks again. The clock is injected.
import { beforeEach, describe, expect, it } from 'vitest';
import { executeDeploy } from '../../src/api/deploy.js';
import { LOOK_STALE_MS } from '../../src/api/deploy-look.js';
import { checkDeploy } from '../../src/core/deploy/index.js';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulatorWithCert } from '../helpers/in-process.js';

const IDS = Array.from({ length: 21 }, (_, i) => `elb-${i + 1}`);

describe('executeDeploy: a batch sent after a slow one looks again', () => {
  const at = useEmulatorWithCert('deploy-look-again');
  beforeEach(() => {
    seed(at.emu.store, { resources: IDS.map((id) => ({ service: 'ELB', project: 'cn-north-4', id })) }, new Date());
  });

  async function deploy(slowMs: number) {
    const { client } = await testClient(at.emu.url, { retries: 0 });
    const plan = checkDeploy({ id: at.cert, service: 'ELB', project: 'cn-north-4', resources: IDS }).plan!;
    const known = (await client.deployedResources([at.cert], ['ELB']))[0]!;
    let clock = 0;
    const send = client.deployOnce.bind(client);
    const notes: string[] = [];
    client.note = (m: string) => void notes.push(m);
    let first = true;
    client.deployOnce = async (id, body) => {
      const answer = await send(id, body);
      if (first) {
        first = false;
        // While the first request ran, another hand deployed the certificate to the last resource.
        await send(id, { service_name: 'ELB', project_name: 'cn-north-4', resources: [{ id: 'elb-21' }] });
        clock += slowMs;
      }
      return answer;
    };
    const before = at.emu.store.requests.byOperation['deployed-resources'] ?? 0;
    const outcome = await executeDeploy(client, at.cert, plan.batches, { known, now: () => clock });
    return { outcome, notes, looks: (at.emu.store.requests.byOperation['deployed-resources'] ?? 0) - before, deploys: at.emu.store.requests.deploys.map((d) => d.resources) };
  }

  it('slow: the second batch looks again, and the resource on the certificate since is not sent (unchanged, said)', async () => {
    const r = await deploy(LOOK_STALE_MS + 1);
    expect(r.looks).toBe(1);
    // 20, then the other hand's 1; the second batch had nothing left to send.
    expect(r.deploys).toEqual([20, 1]);
    expect(r.outcome.rows.at(-1)).toMatchObject({ state: 'unchanged', detail: 'already uses it (deployed since the look before the deployments): not sent again' });
    expect(r.outcome.rows.slice(0, 20).every((x) => x.state === 'deployed')).toBe(true);
    expect(r.notes).toEqual([`1 resource of ELB in cn-north-4 already uses ${at.cert} since the look before the deployments: not sent again`]);
  });

  it('quick: no look again (the look before is fresh), the second batch is sent as planned', async () => {
    const r = await deploy(0);
    expect(r.looks).toBe(0);
    expect(r.deploys).toEqual([20, 1, 1]);
    expect(r.notes).toEqual([]);
  });

  it('a look again that cannot say (is_error for the region) keeps what the look before knew: a resource on it then is not sent', async () => {
    const { client } = await testClient(at.emu.url, { retries: 0 });
    // The certificate is on elb-21 before the look before the deployments.
    await client.deployOnce(at.cert, { service_name: 'ELB', project_name: 'cn-north-4', resources: [{ id: 'elb-21' }] });
    const plan = checkDeploy({ id: at.cert, service: 'ELB', project: 'cn-north-4', resources: IDS }).plan!;
    const known = (await client.deployedResources([at.cert], ['ELB']))[0]!;
    // Since then SCM flags the region's answer unreliable and lists nothing there: absence proves nothing.
    client.deployedResources = async (ids) => ids.map((certificateId) => ({ certificateId, total: 0, resources: [], unreliable: [{ service: 'ELB', region: 'cn-north-4' }], unlisted: [] }));
    let clock = 0;
    const send = client.deployOnce.bind(client);
    client.deployOnce = async (id, body) => ((clock += LOOK_STALE_MS + 1), send(id, body));
    const sent: number[] = [];
    const before = at.emu.store.requests.deploys.length;
    const outcome = await executeDeploy(client, at.cert, plan.batches, { known, now: () => clock });
    sent.push(...at.emu.store.requests.deploys.slice(before).map((d) => d.resources));
    expect(sent).toEqual([20]);
    expect(outcome.rows.at(-1)).toMatchObject({ state: 'unchanged', detail: '' });
  });
});

// A certificate id SCM writes back in another case (SCS1700000000001 for scs1700000000001) is the same id:
// ShowCertificate's answer is that certificate's (not "another certificate's details", exit 5), and
// ListDeployedResources' result for it answers for it (not "left out": delete refused, prune kept as unknown).
import { describe, expect, it } from 'vitest';
import { deploymentsOf } from '../../src/api/deployed.js';
import { deploymentState } from '../../src/core/inventory/index.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

const at = useEmulator('id-case', {});

describe('ids SCM writes back in capitals', () => {
  it('ShowCertificate: the same certificate', async () => {
    const [id] = seed(at.emu.store, { certificates: [{ name: 'a', domain: 'a.example.test' }] }, new Date()).certificates;
    at.emu.faults.add([parseFault({ op: 'show', times: 2, answer: { status: 200, body: { id: id!.toUpperCase(), name: 'a', domain: 'a.example.test' } } })]);
    const { client } = await testClient(at.emu.url);
    expect((await client.show(id!)).name).toBe('a');
  });

  it('ListDeployedResources: the result answers for the id asked', async () => {
    const [id] = seed(at.emu.store, { certificates: [{ name: 'a', domain: 'a.example.test' }] }, new Date()).certificates;
    at.emu.faults.add([parseFault({ op: 'deployed-resources', times: 2, answer: { status: 200, body: { results: [{ certificate_id: id!.toUpperCase(), total_num: 0, deployed_resources: [] }] } } })]);
    const { client } = await testClient(at.emu.url);
    const [d] = await client.deployedResources([id!]);
    expect([d!.certificateId, d!.unanswered, deploymentState(d!)]).toEqual([id, undefined, 'not-deployed']);
    at.emu.faults.add([parseFault({ op: 'deployed-resources', times: 2, answer: { status: 200, body: { results: [{ certificate_id: id!.toUpperCase(), total_num: 0, deployed_resources: [] }] } } })]);
    const map = await deploymentsOf(client, [id!]);
    expect(deploymentState(map.get(id!)!)).toBe('not-deployed');
  });
});

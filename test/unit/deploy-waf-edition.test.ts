// A WAF resource deployed without --waf-type: DeployCertificate requires the type for WAF and ListDeployedResources
// does not say a resource's edition, so executeDeploy sends it as cloud WAF, and a resource WAF refuses (in
// failure_list, or the whole request refused with a 4xx) again as premium WAF; refused as both, its row says both
// answers. With --waf-type only that edition is sent. checkDeploy warns, and no longer refuses.
import { beforeEach, describe, expect, it } from 'vitest';
import { executeDeploy } from '../../src/api/deploy.js';
import { checkDeploy, type DeployBody } from '../../src/core/deploy/index.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulatorWithCert } from '../helpers/in-process.js';

describe('executeDeploy: WAF without --waf-type', () => {
  const at = useEmulatorWithCert('waf-edition');
  beforeEach(() => {
    seed(at.emu.store, { resources: [{ service: 'WAF', project: 'cn-north-4', id: 'waf-1' }, { service: 'WAF', project: 'cn-north-4', id: 'waf-2' }] }, new Date());
  });
  const deploy = async (wafType?: 'premium' | 'cloud') => {
    const { client } = await testClient(at.emu.url, { retries: 0 });
    const bodies: DeployBody[] = [];
    const send = client.deployOnce.bind(client);
    client.deployOnce = (id, body) => (bodies.push(structuredClone(body)), send(id, body));
    const plan = checkDeploy({ id: at.cert, service: 'WAF', project: 'cn-north-4', resources: ['waf-1', 'waf-2'], ...(wafType ? { wafType } : {}) }).plan!;
    const outcome = await executeDeploy(client, at.cert, plan.batches);
    return { rows: outcome.rows.map((r) => [r.target.resource, r.state, r.detail]), types: bodies.map((b) => b.resources.map((x) => `${x.id}:${x.type}`)) };
  };

  it('is planned with a warning, not refused', () => {
    const r = checkDeploy({ id: 'scs1700000000001', service: 'WAF', project: 'cn-north-4', resources: ['w'] });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['deploy-waf-type-missing', 'warning']]);
    expect(r.plan?.targets.map((x) => x.resource)).toEqual(['w']);
  });

  it('sent as cloud WAF first: accepted, nothing more is sent', async () => {
    expect(await deploy()).toEqual({ rows: [['waf-1', 'deployed', ''], ['waf-2', 'deployed', '']], types: [['waf-1:cloud', 'waf-2:cloud']] });
  });

  it('a resource refused as cloud is sent again, alone, as premium', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', fail_resources: ['waf-2'], error_msg: 'WAF.00014002 certificate not found' })]);
    expect(await deploy()).toEqual({ rows: [['waf-1', 'deployed', ''], ['waf-2', 'deployed', '']], types: [['waf-1:cloud', 'waf-2:cloud'], ['waf-2:premium']] });
  });

  it('refused as both: failed, saying both answers', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', fail_resources: ['waf-2'], error_msg: 'WAF.00014002 certificate not found', times: 2 })]);
    const r = await deploy();
    expect(r.types).toEqual([['waf-1:cloud', 'waf-2:cloud'], ['waf-2:premium']]);
    expect(r.rows[1]).toEqual(['waf-2', 'failed', 'as cloud WAF: WAF.00014002 certificate not found; as premium WAF: WAF.00014002 certificate not found']);
  });

  it('the whole request refused (a 400) as cloud: the same request as premium', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', status: 400, error_code: 'SCM.0005', error_msg: 'bad type' })]);
    const r = await deploy();
    expect(r.types).toEqual([['waf-1:cloud', 'waf-2:cloud'], ['waf-1:premium', 'waf-2:premium']]);
    expect(r.rows.map((x) => x[1])).toEqual(['deployed', 'deployed']);
  });

  it('with --waf-type: that edition only, a refusal is final', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', fail_resources: ['waf-2'], error_msg: 'WAF.00014002 certificate not found' })]);
    expect(await deploy('premium')).toEqual({ rows: [['waf-1', 'deployed', ''], ['waf-2', 'failed', 'WAF.00014002 certificate not found']], types: [['waf-1:premium', 'waf-2:premium']] });
  });
});

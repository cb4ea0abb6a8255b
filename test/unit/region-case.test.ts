// The SCM site in --region, SCM_REGION or a config file, in any case (CN-NORTH-4), as every fixed choice is read:
// it only picks the endpoint's host. It was "unknown SCM region 'CN-NORTH-4' (did you mean cn-north-4?)", exit 2.
import { describe, expect, it } from 'vitest';
import { resolveFrom } from '../../src/config/index.js';

describe('a site in another case', () => {
  it('--region, SCM_REGION and a file name the site as it is spelled', () => {
    const flag = resolveFrom({ region: 'CN-North-4' }, {}, undefined);
    expect([flag.region, flag.endpoint.host, flag.warnings]).toEqual(['cn-north-4', 'scm.cn-north-4.myhuaweicloud.com', []]);
    expect(resolveFrom({}, { SCM_REGION: 'EU-WEST-101' }, undefined).endpoint.host).toBe('scm.eu-west-101.myhuaweicloud.eu');
    const file = { path: '/home/me/.config/scm/config.yaml', layer: 'user' as const, config: { region: 'AP-SOUTHEAST-1' }, warnings: [] };
    expect(resolveFrom({}, {}, file).region).toBe('ap-southeast-1');
  });

  it('beside an endpoint on that site: no warning that the region is not used', () => {
    expect(resolveFrom({ region: 'CN-NORTH-4' }, { SCM_ENDPOINT: 'https://scm.cn-north-4.myhuaweicloud.com' }, undefined).warnings).toEqual([]);
  });

  it('what is no site in any case is still refused with the nearest one', () => {
    expect(() => resolveFrom({ region: 'CN-NORTH-9' }, {}, undefined)).toThrow("unknown SCM region 'CN-NORTH-9' (did you mean cn-north-4?)");
  });
});

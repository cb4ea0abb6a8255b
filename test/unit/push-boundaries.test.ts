// `scm push` offline checks at their edges: the certificate id form (exactly "scs" + 13 digits, nothing
// around it but whitespace), the batch size of BatchPushCertificate (exactly 10 and 20 projects), the
// project name limit, and the exact findings (rule, severity, code) each input gives, quoting what was given.
import { describe, expect, it } from 'vitest';
import { checkPush, KNOWN_REGIONS, normalizeService, regionOfProject } from '../../src/core/push/index.js';
import { MAX_PROJECT_LENGTH } from '../../src/core/push/regions.js';

const ID = 'scs1700000000000';
const triples = (r: ReturnType<typeof checkPush>): string[] => r.findings.map((f) => `${f.rule} ${f.severity} ${f.code}`);
/** n distinct projects: region ids first, then sub-projects of cn-north-4. */
const projects = (n: number): string[] => Array.from({ length: n }, (_, i) => KNOWN_REGIONS[i] ?? `cn-north-4_p${i}`);

describe('push: batches of BatchPushCertificate', () => {
  it.each([
    [1, 'single', [1]],
    [2, 'batch', [2]],
    [9, 'batch', [9]],
    [10, 'batch', [10]],
    [11, 'batch', [10, 1]],
    [19, 'batch', [10, 9]],
    [20, 'batch', [10, 10]],
    [21, 'batch', [10, 10, 1]],
    [35, 'batch', [10, 10, 10, 5]],
  ] as const)('%i projects: %s, batches of %j', (n, mode, sizes) => {
    const given = projects(n);
    const r = checkPush({ id: ID, service: 'ELB', projects: given });
    expect(r.findings).toEqual([]);
    expect(r.plan!.mode).toBe(mode);
    expect(r.plan!.batches.map((x) => x.length)).toEqual(sizes);
    expect(r.plan!.batches.flat()).toEqual(given);
    expect(r.plan!.projects).toEqual(given);
  });

  it('drops duplicates after trimming, keeping the first order', () => {
    const r = checkPush({ id: ID, service: 'WAF', projects: [' cn-north-4', 'cn-east-3', 'cn-north-4 ', 'cn-east-3'] });
    expect(r.plan).toEqual({ id: ID, service: 'WAF', projects: ['cn-north-4', 'cn-east-3'], mode: 'batch', batches: [['cn-north-4', 'cn-east-3']] });
  });

  it('CDN: one PushCertificate and no batches', () => {
    expect(checkPush({ id: ID, service: 'cdn', projects: [] })).toEqual({ findings: [], plan: { id: ID, service: 'CDN', projects: [], mode: 'single', batches: [] } });
  });
});

describe('push: the certificate id', () => {
  it.each([ID, ` ${ID}`, `${ID}\n`, `\t${ID} `])('accepts %j (trimmed)', (id) => {
    const r = checkPush({ id, service: 'CDN', projects: [] });
    expect(r.findings).toEqual([]);
    expect(r.plan!.id).toBe(ID);
  });

  it.each(['xscs1700000000000', 'scs1700000000000x', 'scs 1700000000000', 'scs170000000000', 'scs17000000000000', 'SCS1700000000000', 'scs170000000000a', '', 'scs'])('refuses %j with SCM.0020, quoting it', (id) => {
    const r = checkPush({ id, service: 'CDN', projects: [] });
    expect(triples(r)).toEqual(['push-id-format error SCM.0020']);
    expect(r.findings[0]!.message).toBe(`'${id}' is not a certificate id: scs followed by 13 digits, such as scs1700000000000`);
    expect(r.findings[0]!.fix).toContain('scs1700000000000');
    expect(r.plan).toBeUndefined();
  });
});

describe('push: service and projects', () => {
  it.each([['CDN', 'CDN'], ['waf', 'WAF'], [' Elb ', 'ELB'], ['OBS', undefined], ['', undefined], ['CDNX', undefined]])('normalizeService(%j) = %s', (s, want) => {
    expect(normalizeService(s)).toBe(want);
  });

  it('an unknown service: one finding, no project findings, no plan', () => {
    const r = checkPush({ id: ID, service: 'OBS', projects: ['nowhere'] });
    expect(triples(r)).toEqual(['push-service error SCM.0030']);
    expect(r.findings[0]!.message).toBe("'OBS' is not a service scm pushes to: CDN, WAF or ELB");
    expect(r.plan).toBeUndefined();
  });

  it('WAF and ELB without a project', () => {
    for (const service of ['WAF', 'ELB']) {
      const r = checkPush({ id: ID, service, projects: [] });
      expect(triples(r)).toEqual(['push-project-missing error SCM.0069']);
      expect(r.findings[0]!.message).toBe(`${service} needs the region of its instances: no --project given`);
      expect(checkPush({ id: ID, service, projects: [] }, 'zh').findings[0]!.message).toBe(`推送到 ${service} 需要指明实例所在的区域，但没有给出 --project`);
      expect(r.plan).toBeUndefined();
    }
  });

  it('each unknown project is one finding, in order', () => {
    const r = checkPush({ id: ID, service: 'WAF', projects: ['cn-north-4', 'mars-1', 'cn-north-4_', 'venus'] });
    expect(triples(r)).toEqual(['push-project-unknown error SCM.0069', 'push-project-unknown error SCM.0069', 'push-project-unknown error SCM.0069']);
    expect(r.findings.map((f) => f.message)).toEqual([
      "'mars-1' is not a known region (or region_subproject)",
      "'cn-north-4_' is not a known region (or region_subproject) (did you mean cn-north-4?)",
      "'venus' is not a known region (or region_subproject)",
    ]);
    expect(r.plan).toBeUndefined();
  });

  it('CDN with projects: a warning naming them, and the plan still made', () => {
    const r = checkPush({ id: ID, service: 'CDN', projects: ['cn-north-4', 'cn-east-3'] });
    expect(triples(r)).toEqual(['push-cdn-project warning null']);
    expect(r.findings[0]!.message).toContain('cn-north-4, cn-east-3');
    expect(r.plan).toEqual({ id: ID, service: 'CDN', projects: [], mode: 'single', batches: [] });
  });

  it('a bad id and a bad service together: both findings, nothing else', () => {
    expect(triples(checkPush({ id: 'x', service: 'y', projects: [] }))).toEqual(['push-id-format error SCM.0020', 'push-service error SCM.0030']);
    expect(triples(checkPush({ id: 'x', service: 'WAF', projects: [] }))).toEqual(['push-id-format error SCM.0020', 'push-project-missing error SCM.0069']);
  });

  it('Chinese findings: title and fix in Chinese, the same rule and code', () => {
    const r = checkPush({ id: 'x', service: 'WAF', projects: ['cn-north-4'] }, 'zh');
    expect(triples(r)).toEqual(['push-id-format error SCM.0020']);
    expect(r.findings[0]!.message).toBe('“x”不是证书 ID：证书 ID 是 scs 加 13 位数字，例如 scs1700000000000');
    expect(r.findings[0]!.fix).toMatch(/^请传入 `scm upload` 输出的证书 ID，/);
  });
});

describe('push: project names at the 32-character limit', () => {
  const sub = (total: number): string => `cn-north-4_${'p'.repeat(total - 'cn-north-4_'.length)}`;
  it.each([
    ['cn-north-4', 'cn-north-4'],
    ['cn-north-4_prod', 'cn-north-4'],
    ['ap-southeast-1_team-a.1', 'ap-southeast-1'],
    ['cn-north-4_a', 'cn-north-4'],
    ['cn-north-4_a_b', 'cn-north-4'],
    [sub(MAX_PROJECT_LENGTH), 'cn-north-4'],
    [sub(MAX_PROJECT_LENGTH + 1), undefined],
    ['cn-north-4_', undefined],
    ['cn-north-4_-x', undefined],
    ['cn-north-4_.x', undefined],
    ['cn-north-4_a b', undefined],
    ['_prod', undefined],
    ['mars_prod', undefined],
    ['cn-north-99', undefined],
    ['CN-NORTH-4', undefined],
    ['', undefined],
  ])('%j → %s', (project, region) => {
    expect(regionOfProject(project)).toBe(region);
  });
});

describe('push: the region table', () => {
  // The Go SDK's IAM region table (scm-api-reference §1) plus cn-north-7 from SCM's push examples: a region
  // left out refuses a good push (SCM.0069), one added lets a bad one through.
  const REGIONS = [
    'cn-north-1', 'cn-north-2', 'cn-north-4', 'cn-north-7', 'cn-north-9', 'cn-north-12',
    'cn-east-2', 'cn-east-3', 'cn-east-4', 'cn-east-5',
    'cn-south-1', 'cn-south-2', 'cn-southwest-2',
    'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4',
    'af-south-1', 'sa-brazil-1', 'la-south-2', 'la-north-2', 'na-mexico-1',
    'eu-west-0', 'eu-west-101', 'my-kualalumpur-1', 'ru-moscow-1', 'me-east-1', 'ae-ad-1', 'tr-west-1',
  ];
  it('is exactly the documented list, each region and its sub-projects accepted', () => {
    expect(KNOWN_REGIONS).toEqual(REGIONS);
    for (const region of REGIONS) {
      expect(regionOfProject(region)).toBe(region);
      expect(regionOfProject(`${region}_prod`)).toBe(region);
      expect(triples(checkPush({ id: ID, service: 'WAF', projects: [region] }))).toEqual([]);
    }
  });
});

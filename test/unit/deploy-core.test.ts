// src/core/deploy: the offline checks of `scm deploy` (rules deploy-* and push-id-format, SCM.0010 for SM2 and
// expiry), the targets and their batches (20 per request, one group per service and project), the request
// bodies, reading failure_list, and whether ListDeployedResources shows a certificate on a resource.
import { describe, expect, it } from 'vitest';
import {
  batchTargets, certFactsOf, certificateFindings, checkDeploy, domainFindings, DEPLOY_BATCH, deployBody, failureText, presenceIn, readFailures, settleBatch, targetKey, targetOf, uncovered,
  type DeployTarget,
} from '../../src/core/deploy/index.js';
import { DEPLOY_RULES } from '../../src/core/rules/deploy-rules.js';
import { ruleById } from '../../src/core/rules/table.js';
import { resolve } from '../../src/core/catalogue/index.js';

const ID = 'scs1700000000000';
const triples = (findings: Array<{ rule: string; severity: string; code: string | null }>): string[] => findings.map((f) => `${f.rule} ${f.severity} ${f.code}`);
const elb = (n: number, project = 'cn-north-4'): string[] => Array.from({ length: n }, (_, i) => `elb-${project}-${i}`);

describe('checkDeploy', () => {
  it('ELB in one project: one target per resource, duplicates (any case) once, one request', () => {
    const r = checkDeploy({ id: ID, service: 'elb', project: 'cn-north-4', resources: ['a1', ' A1 ', 'b2', ''] });
    expect(r.findings).toEqual([]);
    expect(r.plan).toEqual({
      id: ID, service: 'ELB', project: 'cn-north-4',
      targets: [
        { service: 'ELB', project: 'cn-north-4', region: 'cn-north-4', resource: 'a1', body: { id: 'a1' } },
        { service: 'ELB', project: 'cn-north-4', region: 'cn-north-4', resource: 'b2', body: { id: 'b2' } },
      ],
      batches: [{ service: 'ELB', project: 'cn-north-4', region: 'cn-north-4', targets: expect.any(Array) }],
    });
    expect(r.plan!.batches[0]!.targets).toHaveLength(2);
  });

  it('a sub-project keeps its name as project_name and its region for ListDeployedResources', () => {
    const r = checkDeploy({ id: ID, service: 'WAF', project: 'cn-north-4_prod', resources: ['w1'], wafType: 'premium', enterpriseProjectId: 'ep-1' });
    expect(r.plan!.targets).toEqual([{ service: 'WAF', project: 'cn-north-4_prod', region: 'cn-north-4', resource: 'w1', body: { id: 'w1', type: 'premium', enterprise_project_id: 'ep-1' } }]);
    expect(deployBody(r.plan!.batches[0]!)).toEqual({ project_name: 'cn-north-4_prod', service_name: 'WAF', resources: [{ id: 'w1', type: 'premium', enterprise_project_id: 'ep-1' }] });
  });

  it('CDN: each resource is a domain_name, no project_name; a --project is a warning and ignored', () => {
    const r = checkDeploy({ id: ID, service: 'CDN', project: 'cn-north-4', resources: ['www.example.com'] });
    expect(triples(r.findings)).toEqual(['deploy-cdn-project warning null']);
    expect(r.plan!.project).toBe('');
    expect(deployBody(r.plan!.batches[0]!)).toEqual({ service_name: 'CDN', resources: [{ domain_name: 'www.example.com' }] });
  });

  it('exactly 20 resources are one request; 21 are two (20 and 1); 40 are two', () => {
    expect(DEPLOY_BATCH).toBe(20);
    const sizes = (n: number): number[] => checkDeploy({ id: ID, service: 'ELB', project: 'cn-north-4', resources: elb(n) }).plan!.batches.map((b) => b.targets.length);
    expect(sizes(1)).toEqual([1]);
    expect(sizes(19)).toEqual([19]);
    expect(sizes(20)).toEqual([20]);
    expect(sizes(21)).toEqual([20, 1]);
    expect(sizes(40)).toEqual([20, 20]);
    expect(sizes(41)).toEqual([20, 20, 1]);
  });

  it('refuses what cannot work, every problem at once: the id (SCM.0020), the service (SCM.0030)', () => {
    expect(triples(checkDeploy({ id: 'x', service: 'OBS', resources: ['a'] }).findings)).toEqual(['push-id-format error SCM.0020', 'deploy-service error SCM.0030']);
    const r = checkDeploy({ id: ID, service: 'OBS', resources: ['a'] });
    expect(r.plan).toBeUndefined();
    expect(r.findings[0]!.message).toBe('the deployment target service is not CDN, WAF or ELB: "OBS"');
  });

  it('ELB and WAF need a known project (SCM.0069)', () => {
    expect(triples(checkDeploy({ id: ID, service: 'ELB', resources: ['a'] }).findings)).toEqual(['deploy-project-missing error SCM.0069']);
    expect(checkDeploy({ id: ID, service: 'WAF', project: ' ', resources: ['a'] }).findings[0]!.message).toBe('deploying to WAF or ELB needs the project (region) the certificate to replace is in: no --project given for WAF');
    expect(triples(checkDeploy({ id: ID, service: 'ELB', project: 'mars-1', resources: ['a'] }).findings)).toEqual(['deploy-project-unknown error SCM.0069']);
  });

  it('WAF-only options with another service are refused', () => {
    const r = checkDeploy({ id: ID, service: 'ELB', project: 'cn-north-4', resources: ['a'], wafType: 'cloud', enterpriseProjectId: 'e' });
    expect(triples(r.findings)).toEqual(['deploy-waf-only error null']);
    expect(r.findings[0]!.message).toContain('--waf-type --enterprise-project-id given with --service ELB');
    expect(triples(checkDeploy({ id: ID, service: 'CDN', resources: ['a.example.com'], wafType: 'cloud' }).findings)).toEqual(['deploy-waf-only error null']);
  });

  it('WAF without --waf-type is planned with a warning: each edition is tried in turn (DeployCertificate requires the type for WAF)', () => {
    const r = checkDeploy({ id: ID, service: 'WAF', project: 'cn-north-4', resources: ['w1'] });
    expect([triples(r.findings), r.plan?.targets.map((x) => x.body)]).toEqual([['deploy-waf-type-missing warning null'], [{ id: 'w1' }]]);
    expect(r.findings[0]!.message).toBe('no WAF edition was given, so each WAF resource is sent as cloud WAF, and again as premium (dedicated) WAF if WAF refuses it: no --waf-type given (premium or cloud)');
    expect(checkDeploy({ id: ID, service: 'WAF', project: 'cn-north-4', resources: ['w1'] }, 'zh').findings[0]!.message).toBe('没有指定 WAF 版本，每个 WAF 资源先按云模式 WAF 发送，被 WAF 拒绝时再按独享版 WAF 发送：没有指定 --waf-type（“premium”或“cloud”）');
    expect(checkDeploy({ id: ID, service: 'WAF', project: 'cn-north-4', resources: ['w1'], wafType: 'cloud' }).findings).toEqual([]);
  });

  it('speaks Chinese when asked', () => {
    expect(checkDeploy({ id: ID, service: 'ELB', resources: ['a'] }, 'zh').findings[0]!.message).toBe('部署到 WAF 或 ELB 时必须指明要替换的证书所在的项目（区域）：没有为 ELB 指定 --project');
  });
});

describe('domainFindings (rotate --domain D)', () => {
  const facts = (names: string[]) => ({ label: 'new', names, sm2: false });
  it('refuses a new certificate that does not cover D, names what it does cover; a wildcard covers one level', () => {
    expect(domainFindings(facts(['other.example.com']), 'shop.example.com')).toEqual([
      expect.objectContaining({ rule: 'rotate-domain-not-covered', severity: 'error', message: expect.stringMatching(/: shop\.example\.com \(the certificate names other\.example\.com\)$/) }),
    ]);
    expect(domainFindings(facts(['*.example.com']), 'shop.example.com')).toEqual([]);
    expect(domainFindings(facts(['*.example.com']), 'a.shop.example.com')).toHaveLength(1);
    expect(domainFindings(facts(['Shop.Example.com']), 'shop.example.COM')).toEqual([]);
  });
  it('reads D written with a trailing dot (www.example.com.) as the name without it, as --domain finds the old ones', () => {
    expect(domainFindings(facts(['example.com', 'www.example.com']), 'www.example.com.')).toEqual([]);
    expect(domainFindings(facts(['*.example.com']), 'WWW.Example.com.')).toEqual([]);
    expect(domainFindings(facts(['example.com']), 'www.example.com.')).toEqual([
      expect.objectContaining({ rule: 'rotate-domain-not-covered', message: expect.stringMatching(/: www\.example\.com \(the certificate names example\.com\)$/) }),
    ]);
    expect(uncovered(['www.example.com'], ['www.example.com.', 'example.com.'])).toEqual(['example.com']);
    // As --domain's look-up reads it: spaces around it are no part of the name either.
    expect(domainFindings(facts(['www.example.com']), ' www.example.com. ')).toEqual([]);
  });
  it('says nothing without --domain, or when the names are not known', () => {
    expect(domainFindings(facts(['other.example.com']), undefined)).toEqual([]);
    expect(domainFindings(facts([]), 'shop.example.com')).toEqual([]);
  });
});

describe('certificateFindings', () => {
  const NOW = new Date('2026-06-01T00:00:00Z');
  const cdn = (...domains: string[]): DeployTarget[] => domains.map((d) => targetOf('CDN', '', 'global', d));
  const facts = { label: ID, names: ['example.com', '*.example.com'], notAfter: new Date('2026-06-01T00:00:01Z'), sm2: false };

  it('every CDN domain must be one of the names, wildcards one level deep; ELB and WAF targets have no domain', () => {
    expect(certificateFindings(facts, [...cdn('example.com', 'WWW.example.com', 'a.b.example.com', 'example.org', 'a.b.example.com'), targetOf('ELB', 'cn-north-4', 'cn-north-4', 'not-a-domain')], NOW)).toEqual([
      { rule: 'deploy-cdn-not-covered', severity: 'error', code: null, message: 'the certificate does not cover a CDN domain it would be deployed to: a.b.example.com (the certificate names example.com, *.example.com)', fix: ruleById('deploy-cdn-not-covered')!.fix.en },
      { rule: 'deploy-cdn-not-covered', severity: 'error', code: null, message: 'the certificate does not cover a CDN domain it would be deployed to: example.org (the certificate names example.com, *.example.com)', fix: ruleById('deploy-cdn-not-covered')!.fix.en },
    ]);
  });

  it('SM2 and expired (a second past notAfter) are SCM.0010; at the very second (still valid, RFC 5280) and before it is fine', () => {
    const gone = new Date(NOW.getTime() - 1000);
    expect(triples(certificateFindings({ ...facts, sm2: true, notAfter: gone }, [], NOW))).toEqual(['target-sm2-unsupported error SCM.0010', 'target-cert-expired error SCM.0010']);
    expect(certificateFindings(facts, [], NOW)).toEqual([]);
    expect(certificateFindings({ ...facts, notAfter: NOW }, [], NOW)).toEqual([]);
    expect(certificateFindings({ ...facts, notAfter: gone }, [], NOW)[0]!.message).toBe(`an expired certificate cannot be pushed to a cloud service: ${ID} expired on 2026-06-01 07:59 (UTC+8)`);
  });

  it('an ELB or WAF certificate it replaces: every name of the old one must be covered; one finding per old certificate naming what is left', () => {
    const elbOn = (resource: string, id: string, names: string[], region = 'cn-north-4') => ({ ...targetOf('ELB', region, region, resource), replaces: { id, names } });
    const www = { label: 'new', names: ['www.example.com', 'example.com'], sm2: false };
    const found = certificateFindings(www, [
      elbOn('elb-wild', 'scs1700000000005', ['*.example.com']),
      elbOn('elb-wild-2', 'scs1700000000005', ['*.example.com'], 'ap-southeast-1'),
      elbOn('elb-same', 'scs1700000000001', ['WWW.example.com', 'example.com']),
      { ...targetOf('WAF', 'cn-north-4', 'cn-north-4', 'waf-1', { wafType: 'cloud' }), replaces: { id: 'scs1700000000002', names: ['www.example.com', 'api.example.com'] } },
      targetOf('ELB', 'cn-north-4', 'cn-north-4', 'elb-unknown'),
    ], NOW);
    expect(found).toEqual([
      { rule: 'rotate-names-not-covered', severity: 'error', code: null, message: 'the new certificate does not cover every name of a certificate it would replace on ELB or WAF: scs1700000000005 on ELB cn-north-4 elb-wild, ELB ap-southeast-1 elb-wild-2 also serves *.example.com (the new certificate names www.example.com, example.com)', fix: ruleById('rotate-names-not-covered')!.fix.en },
      { rule: 'rotate-names-not-covered', severity: 'error', code: null, message: 'the new certificate does not cover every name of a certificate it would replace on ELB or WAF: scs1700000000002 on WAF cn-north-4 waf-1 also serves api.example.com (the new certificate names www.example.com, example.com)', fix: ruleById('rotate-names-not-covered')!.fix.en },
    ]);
    // A wildcard covers one level of names, and itself; a wider new certificate is fine.
    expect(certificateFindings(facts, [elbOn('e', 'scs1700000000005', ['*.example.com', 'www.example.com', 'example.com'])], NOW)).toEqual([]);
    expect(certificateFindings(www, [elbOn('e', 'scs1700000000005', ['*.example.com'])], NOW, 'zh')[0]!.message).toBe('新证书没有覆盖它要在 ELB 或 WAF 上替换的证书的全部域名：ELB cn-north-4 e 上的 scs1700000000005 还用于 *.example.com（新证书中的域名：www.example.com、example.com）');
  });

  it('WAF targets without a --waf-type (rotate learns no edition from ListDeployedResources): one warning counting them', () => {
    const waf = (resource: string, extras = {}) => targetOf('WAF', 'cn-north-4', 'cn-north-4', resource, extras);
    expect(certificateFindings(facts, [waf('w1'), waf('w2'), targetOf('ELB', 'cn-north-4', 'cn-north-4', 'e1')], NOW).map((f) => [f.rule, f.message])).toEqual([
      ['deploy-waf-type-missing', 'no WAF edition was given, so each WAF resource is sent as cloud WAF, and again as premium (dedicated) WAF if WAF refuses it: 2 WAF resources to deploy to, and no --waf-type given (premium or cloud)'],
    ]);
    expect(certificateFindings(facts, [waf('w1')], NOW, 'zh')[0]!.message).toBe('没有指定 WAF 版本，每个 WAF 资源先按云模式 WAF 发送，被 WAF 拒绝时再按独享版 WAF 发送：有 1 个 WAF 资源要部署，但没有指定 --waf-type（“premium”或“cloud”）');
    expect(certificateFindings(facts, [waf('w1', { wafType: 'premium' })], NOW)).toEqual([]);
    expect(certificateFindings(facts, [waf('w1')], NOW)[0]!.message).toMatch(/: 1 WAF resource to deploy to, and no --waf-type given/);
  });

  it('a certificate with no names covers no domain', () => {
    expect(certificateFindings({ label: ID, names: [], sm2: false }, cdn('a.example.com'), NOW, 'zh')[0]!.message).toBe('证书不包含要部署到的 CDN 加速域名：a.example.com（证书中的域名：无）');
  });

  it('facts from ShowCertificate: names from domain and sans, expiry as UTC+8, SM2 from the signature algorithm', () => {
    expect(certFactsOf({ id: ID, domain: 'Example.com', sans: 'example.com;www.example.com', not_after: '2026-06-03 08:00:00.0', signature_algorithm: 'SHA256WITHRSA' }))
      .toEqual({ label: ID, names: ['example.com', 'www.example.com'], notAfter: new Date('2026-06-03T00:00:00Z'), sm2: false });
    expect(certFactsOf({ domain: 'x.test', signature_algorithm: 'SM3WITHSM2' })).toEqual({ label: 'x.test', names: ['x.test'], sm2: true });
    expect(certFactsOf({ id: ID, signature_algorithm: null }).sm2).toBe(false);
  });
});

describe('batches and bodies', () => {
  it('groups by (service, project) in the order first seen, each cut at 20', () => {
    const targets = [
      ...elb(21, 'cn-north-4').map((r) => targetOf('ELB', 'cn-north-4', 'cn-north-4', r)),
      targetOf('CDN', '', 'global', 'a.example.com'),
      ...elb(2, 'ap-southeast-1').map((r) => targetOf('ELB', 'ap-southeast-1', 'ap-southeast-1', r)),
      targetOf('ELB', 'cn-north-4', 'cn-north-4', 'late'),
    ];
    expect(batchTargets(targets).map((b) => `${b.service} ${b.project || '-'} ${b.targets.length}`)).toEqual(['ELB cn-north-4 20', 'ELB cn-north-4 2', 'CDN - 1', 'ELB ap-southeast-1 2']);
    expect(batchTargets(targets)[1]!.targets.map((t) => t.resource)).toEqual(['elb-cn-north-4-20', 'late']);
    expect(batchTargets([])).toEqual([]);
  });

  it('WAF extras go into WAF resources only', () => {
    expect(targetOf('ELB', 'cn-north-4', 'cn-north-4', 'e', { wafType: 'cloud', enterpriseProjectId: 'x' }).body).toEqual({ id: 'e' });
    expect(targetOf('WAF', 'cn-north-4', 'cn-north-4', 'w', {}).body).toEqual({ id: 'w' });
    expect(targetOf('CDN', 'ignored', 'ignored', 'D.example.com')).toEqual({ service: 'CDN', project: '', region: 'global', resource: 'D.example.com', body: { domain_name: 'D.example.com' } });
  });

  it('a target key ignores case, and the region of CDN', () => {
    expect(targetKey({ service: 'cdn', region: 'anything', resource: 'WWW.Example.com' })).toBe('CDN|global|www.example.com');
    expect(targetKey({ service: 'ELB', region: 'CN-North-4', resource: 'AbC' })).toBe('ELB|cn-north-4|abc');
  });
});

describe('failure_list', () => {
  const a = targetOf('ELB', 'cn-north-4', 'cn-north-4', 'Elb-A');
  const b = targetOf('ELB', 'cn-north-4', 'cn-north-4', 'elb-b');

  it('reads the list, whatever else the answer holds; no list means no failure', () => {
    expect(readFailures({ failure_list: [{ resource: 'elb-a', failure_info: 'ELB.1 no' }, { resource: 7, message: 'n' }, 'bare', null] })).toEqual([
      { resource: 'elb-a', info: 'ELB.1 no' }, { resource: '7', info: 'n' }, { resource: 'bare', info: '' }, { resource: '', info: '' },
    ]);
    for (const none of [undefined, {}, { failure_list: null }, { failure_list: '' }, { failure_list: [] }, 'text', []]) expect(readFailures(none)).toEqual([]);
  });

  // A failure_list that is no list was read as none: every resource deployed, though SCM said something failed.
  it('a failure_list that is one entry, or words, is not "no failure"; a resource named by another member is read', () => {
    expect(readFailures({ failure_list: { resource: 'elb-a', failure_info: 'ELB.1 quota' } })).toEqual([{ resource: 'elb-a', info: 'ELB.1 quota' }]);
    expect(readFailures({ failure_list: 'elb-a: ELB.1 quota' })).toEqual([{ resource: '', info: 'elb-a: ELB.1 quota' }]);
    expect(readFailures({ failure_list: [{ resource_id: 'elb-a', failure_info: 'x' }, { domain_name: 'www.example.com', error_msg: 'y' }, { id: 'waf-1', failure_info: 'z' }] })).toEqual([
      { resource: 'elb-a', info: 'x' }, { resource: 'www.example.com', info: 'y' }, { resource: 'waf-1', info: 'z' },
    ]);
  });

  it('settles each target: failed (info joined when named twice), accepted, and entries naming none of them', () => {
    expect(settleBatch([a, b], [{ resource: 'ELB-A', info: 'one' }, { resource: 'elb-a', info: 'two' }, { resource: 'other', info: 'three' }, { resource: '', info: 'four' }])).toEqual({
      failed: [{ target: a, info: 'one; two' }], accepted: [b], unmatched: ['other: three', 'four'],
    });
    expect(settleBatch([a, b], [])).toEqual({ failed: [], accepted: [a, b], unmatched: [] });
  });

  it('CDN without access to SCM gets the fix', () => {
    expect(failureText('CDN.00010198 Insufficient permission to access scm.', 'en')).toBe('CDN.00010198 Insufficient permission to access scm. (CDN may not read SCM: grant CDN the SCM agency in the CDN console; scm explain SCM.0212)');
    expect(failureText('insufficient permission to access SCM', 'zh')).toContain('委托');
    expect(failureText('ELB.1 other', 'en')).toBe('ELB.1 other');
  });
});

describe('presenceIn', () => {
  const d = {
    resources: [
      { service: 'ELB', region: 'cn-north-4', resourceId: 'E1', resourceName: 'lb' },
      { service: 'CDN', region: 'global', resourceId: 'cdn-123', resourceName: 'www.example.com' },
      { service: 'CDN', region: 'global', resourceId: 'img.example.com', resourceName: 'img.example.com' },
    ],
    unreliable: [{ service: 'WAF', region: 'ap-southeast-1' }],
  };
  it('matches ELB/WAF by id in the region, CDN by id or name; is_error makes absence unknown', () => {
    expect(presenceIn(d, { service: 'elb', region: 'cn-north-4', resource: 'e1' })).toBe('present');
    expect(presenceIn(d, { service: 'ELB', region: 'cn-north-1', resource: 'E1' })).toBe('absent');
    expect(presenceIn(d, { service: 'ELB', region: 'cn-north-4', resource: 'lb' })).toBe('absent');
    expect(presenceIn(d, { service: 'CDN', region: 'global', resource: 'WWW.example.com' })).toBe('present');
    expect(presenceIn(d, { service: 'CDN', region: 'x', resource: 'img.example.com' })).toBe('present');
    expect(presenceIn(d, { service: 'WAF', region: 'ap-southeast-1', resource: 'w' })).toBe('unknown');
    expect(presenceIn(d, { service: 'WAF', region: 'cn-north-4', resource: 'w' })).toBe('absent');
    expect(presenceIn(undefined, { service: 'ELB', region: 'cn-north-4', resource: 'E1' })).toBe('unknown');
  });
});

describe('deploy rules', () => {
  it('are in the rule table with both languages, and scm explain finds them', () => {
    for (const rule of DEPLOY_RULES) {
      expect(ruleById(rule.id)).toBe(rule);
      for (const text of [rule.title, rule.fix]) expect(text.en.length * text.zh.length).toBeGreaterThan(0);
      expect(resolve(rule.id).kind).toBe('rule');
    }
    expect(DEPLOY_RULES.map((r) => r.id)).toEqual(['deploy-service', 'deploy-project-missing', 'deploy-project-unknown', 'deploy-cdn-project', 'deploy-cdn-not-covered', 'rotate-names-not-covered', 'rotate-domain-not-covered', 'deploy-waf-only', 'deploy-waf-type-missing']);
  });
});

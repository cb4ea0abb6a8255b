// src/core/deploy, pinned exactly (issue #15, mutation testing): the whole message of every refusal of `scm
// deploy` in both languages, what the command line's spaces come to, each WAF-only flag on its own, every
// field of failure_list an answer may use, and is_error making absence unknown whichever region it names.
import { describe, expect, it } from 'vitest';
import { certFactsOf, certificateFindings, checkDeploy, deployBody, presenceIn, readFailures, settleBatch, targetOf, type DeployTarget } from '../../src/core/deploy/index.js';

const ID = 'scs1700000000000';
const brief = (findings: Array<{ rule: string; severity: string; code: string | null; message: string }>): string[] =>
  findings.map((f) => `${f.rule} ${f.severity} ${f.code} ${f.message}`);

describe('checkDeploy: every refusal said whole', () => {
  it('the id and the project are taken without their spaces', () => {
    const r = checkDeploy({ id: ` ${ID} `, service: ' elb ', project: ' cn-north-4 ', resources: [' e1 ', ' '] });
    expect(r).toEqual({
      findings: [],
      plan: {
        id: ID, service: 'ELB', project: 'cn-north-4',
        targets: [{ service: 'ELB', project: 'cn-north-4', region: 'cn-north-4', resource: 'e1', body: { id: 'e1' } }],
        batches: [{ service: 'ELB', project: 'cn-north-4', region: 'cn-north-4', targets: [{ service: 'ELB', project: 'cn-north-4', region: 'cn-north-4', resource: 'e1', body: { id: 'e1' } }] }],
      },
    });
  });

  it('a bad id, an unknown project, a CDN project and WAF-only flags, in English', () => {
    expect(brief(checkDeploy({ id: 'scs17', service: 'ELB', project: 'mars-1', resources: ['a'] }).findings)).toEqual([
      // The id in push's words, as every command says it.
      "push-id-format error SCM.0020 'scs17' is not a certificate id: scs followed by 13 digits, such as scs1700000000000",
      'deploy-project-unknown error SCM.0069 the project is not a known region id (or region_subproject): "mars-1"',
    ]);
    expect(brief(checkDeploy({ id: ID, service: 'cdn', project: 'cn-north-4', resources: ['a.example.com'] }).findings)).toEqual([
      'deploy-cdn-project warning null CDN is a global service, so --project is ignored for CDN deployments: cn-north-4',
    ]);
    expect(brief(checkDeploy({ id: ID, service: 'ELB', project: 'cn-north-4', resources: ['a'], enterpriseProjectId: 'ep' }).findings)).toEqual([
      'deploy-waf-only error null a WAF option was given for a deployment to another service: --enterprise-project-id given with --service ELB',
    ]);
    expect(brief(checkDeploy({ id: ID, service: 'CDN', resources: ['a.example.com'], wafType: 'premium' }).findings)).toEqual([
      'deploy-waf-only error null a WAF option was given for a deployment to another service: --waf-type given with --service CDN',
    ]);
  });

  it('the same refusals in Chinese', () => {
    expect(brief(checkDeploy({ id: 'x', service: 'OBS', resources: ['a'] }, 'zh').findings)).toEqual([
      'push-id-format error SCM.0020 “x”不是证书 ID：证书 ID 是 scs 加 13 位数字，例如 scs1700000000000',
      'deploy-service error SCM.0030 部署目标服务不是 CDN、WAF 或 ELB：“OBS”',
    ]);
    expect(brief(checkDeploy({ id: ID, service: 'ELB', project: 'cn-north-4', resources: ['a'], wafType: 'cloud', enterpriseProjectId: 'e' }, 'zh').findings)).toEqual([
      'deploy-waf-only error null 部署到非 WAF 服务时给出了只适用于 WAF 的选项：与 --service ELB 一起给出了 --waf-type --enterprise-project-id',
    ]);
  });

  it('WAF takes both WAF options with no finding; an unknown service with a project says nothing of the project', () => {
    const r = checkDeploy({ id: ID, service: 'waf', project: 'cn-north-4', resources: ['w1', 'W1'], wafType: 'cloud', enterpriseProjectId: 'ep' });
    expect(r.findings).toEqual([]);
    expect(r.plan!.targets).toEqual([{ service: 'WAF', project: 'cn-north-4', region: 'cn-north-4', resource: 'w1', body: { id: 'w1', type: 'cloud', enterprise_project_id: 'ep' } }]);
    expect(brief(checkDeploy({ id: ID, service: 'OBS', project: 'mars-1', resources: ['a'], wafType: 'cloud' }).findings).map((l) => l.split(' ')[0])).toEqual(['deploy-service']);
  });

  it('no plan while any finding is an error, whatever the service', () => {
    expect(checkDeploy({ id: 'x', service: 'ELB', project: 'cn-north-4', resources: ['a'] }).plan).toBeUndefined();
    expect(checkDeploy({ id: ID, service: 'CDN', resources: ['a.example.com'], wafType: 'cloud' }).plan).toBeUndefined();
    expect(checkDeploy({ id: ID, service: 'ELB', project: 'mars-1', resources: ['a'] }).plan).toBeUndefined();
  });

  it('CDN domains are targets without case duplicates, each a domain_name in lower case in one request', () => {
    const r = checkDeploy({ id: ID, service: 'CDN', resources: ['A.example.com', 'a.example.com', 'b.example.com', 'WAF-ID-is-not.example.com'] });
    expect(r.plan!.batches.map(deployBody)).toEqual([{ service_name: 'CDN', resources: [{ domain_name: 'a.example.com' }, { domain_name: 'b.example.com' }, { domain_name: 'waf-id-is-not.example.com' }] }]);
  });
});

describe('the certificate itself', () => {
  const NOW = new Date('2026-06-01T00:00:00Z');
  const cdn = (...domains: string[]): DeployTarget[] => domains.map((d) => targetOf('CDN', '', 'global', d));

  it('SM2 and expiry are said whole, in both languages', () => {
    const cert = { label: ID, names: ['a.example.com'], notAfter: new Date('2026-05-01T00:00:00Z'), sm2: true };
    expect(brief(certificateFindings(cert, [], NOW))).toEqual([
      `target-sm2-unsupported error SCM.0010 SM2 (国密) certificates cannot be pushed to other cloud services: ${ID} is an SM2 (国密) certificate`,
      `target-cert-expired error SCM.0010 an expired certificate cannot be pushed to a cloud service: ${ID} expired on 2026-05-01 08:00 (UTC+8)`,
    ]);
    expect(brief(certificateFindings(cert, [], NOW, 'zh'))).toEqual([
      `target-sm2-unsupported error SCM.0010 国密（SM2）证书不能推送到其他云服务：${ID} 是国密（SM2）证书`,
      `target-cert-expired error SCM.0010 过期证书不能推送到云服务：${ID} 已于 2026-05-01 08:00（UTC+8）过期`,
    ]);
  });

  it('a domain named twice in other case is one finding, said as first written; the names in Chinese are listed with 、', () => {
    const cert = { label: ID, names: ['example.com', 'www.example.com'], sm2: false };
    expect(brief(certificateFindings(cert, cdn('Shop.Example.com', 'shop.example.com', 'WWW.example.com'), NOW, 'zh'))).toEqual([
      'deploy-cdn-not-covered error null 证书不包含要部署到的 CDN 加速域名：Shop.Example.com（证书中的域名：example.com、www.example.com）',
    ]);
  });

  it('CDN domains are told apart by their A-labels (straße is not strasse)', () => {
    const cert = { label: ID, names: ['example.com'], sm2: false };
    expect(certificateFindings(cert, cdn('straße.example.com', 'STRASSE.example.com'), NOW).map((f) => f.message)).toEqual([
      'the certificate does not cover a CDN domain it would be deployed to: xn--strae-oqa.example.com (the certificate names example.com)',
      'the certificate does not cover a CDN domain it would be deployed to: STRASSE.example.com (the certificate names example.com)',
    ]);
  });

  it('only a string is read as the signature algorithm', () => {
    expect(certFactsOf({ id: ID, signature_algorithm: ['SM3withSM2'] }).sm2).toBe(false);
    expect(certFactsOf({ id: ID, signature_algorithm: 'sm2' }).sm2).toBe(true);
  });
});

describe('failure_list: every field an answer uses', () => {
  it('failure_info first, then message, then error_msg; values trimmed; objects and booleans said as JSON', () => {
    expect(readFailures({ failure_list: [
      { resource: ' e1 ', failure_info: ' first ', message: 'second', error_msg: 'third' },
      { resource: 'e2', message: 'second', error_msg: 'third' },
      { resource: 'e3', error_msg: ' third ' },
      { resource: { id: 'e4' }, failure_info: true },
      { resource: 'e5', failure_info: null, message: 'm' },
    ] })).toEqual([
      { resource: 'e1', info: 'first' }, { resource: 'e2', info: 'second' }, { resource: 'e3', info: 'third' },
      { resource: '{"id":"e4"}', info: 'true' }, { resource: 'e5', info: 'm' },
    ]);
    expect(readFailures(null)).toEqual([]);
  });

  it('a target named once: its info as the service said it; the others accepted, in order', () => {
    const [a, b, c] = ['x1', 'x2', 'x3'].map((r) => targetOf('WAF', 'cn-north-4', 'cn-north-4', r)) as [DeployTarget, DeployTarget, DeployTarget];
    expect(settleBatch([a, b, c], [{ resource: 'X2', info: 'WAF.1 no' }])).toEqual({ failed: [{ target: b, info: 'WAF.1 no' }], accepted: [a, c], unmatched: [] });
  });

  it('two targets named: each failed with its own info', () => {
    const [a, b, c] = ['x1', 'x2', 'x3'].map((r) => targetOf('ELB', 'cn-north-4', 'cn-north-4', r)) as [DeployTarget, DeployTarget, DeployTarget];
    expect(settleBatch([a, b, c], [{ resource: 'x3', info: 'three' }, { resource: 'x1', info: 'one' }, { resource: 'X1', info: 'again' }])).toEqual({
      failed: [{ target: c, info: 'three' }, { target: a, info: 'one; again' }], accepted: [b], unmatched: [],
    });
  });

  it('a WAF resource body holds only the options given (no empty keys in the request)', () => {
    expect(Object.keys(targetOf('WAF', 'cn-north-4', 'cn-north-4', 'w', { enterpriseProjectId: 'ep' }).body)).toEqual(['id', 'enterprise_project_id']);
    expect(Object.keys(targetOf('WAF', 'cn-north-4', 'cn-north-4', 'w', { wafType: 'premium' }).body)).toEqual(['id', 'type']);
  });
});

describe('presenceIn: is_error regions', () => {
  const d = {
    resources: [{ service: 'elb', region: 'CN-North-4', resourceId: 'E1', resourceName: 'lb' }],
    unreliable: [{ service: 'WAF', region: 'ap-southeast-1' }, { service: 'ELB', region: 'cn-east-3' }],
  };

  it('absence in any one of several is_error regions is unknown; elsewhere it is absent', () => {
    expect(presenceIn(d, { service: 'ELB', region: 'cn-east-3', resource: 'x' })).toBe('unknown');
    expect(presenceIn(d, { service: 'waf', region: 'AP-Southeast-1', resource: 'x' })).toBe('unknown');
    expect(presenceIn(d, { service: 'WAF', region: 'cn-east-3', resource: 'x' })).toBe('absent');
    expect(presenceIn(d, { service: 'ELB', region: 'cn-north-4', resource: 'e1' })).toBe('present');
  });

  it('a CDN domain is global: is_error for CDN in any region makes it unknown; CDN never matches an ELB resource', () => {
    const c = { resources: [{ service: 'ELB', region: 'cn-north-4', resourceId: 'a.example.com', resourceName: 'a.example.com' }], unreliable: [{ service: 'CDN', region: 'global' }] };
    expect(presenceIn(c, { service: 'CDN', region: 'global', resource: 'a.example.com' })).toBe('unknown');
    expect(presenceIn({ ...c, unreliable: [] }, { service: 'CDN', region: 'global', resource: 'a.example.com' })).toBe('absent');
    expect(presenceIn({ resources: [], unreliable: [] }, { service: 'CDN', region: 'global', resource: 'a.example.com' })).toBe('absent');
  });
});

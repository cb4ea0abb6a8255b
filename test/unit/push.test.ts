// Offline checks of `scm push`: id format (SCM.0020), service (SCM.0030), projects (SCM.0069), and the plan
// of API calls they lead to.
import { describe, expect, it } from 'vitest';
import { BATCH_LIMIT, checkPush, KNOWN_REGIONS, regionOfProject } from '../../src/core/push/index.js';
import { PUSH_RULES } from '../../src/core/rules/push-rules.js';
import { ruleById } from '../../src/core/rules/table.js';
import { resolve } from '../../src/core/catalogue/index.js';

const codes = (r: ReturnType<typeof checkPush>): Array<string | null> => r.findings.map((f) => f.code);

describe('checkPush', () => {
  it('accepts a good WAF push to one project: a single PushCertificate', () => {
    const r = checkPush({ id: 'scs1700000000000', service: 'WAF', projects: ['cn-north-4'] });
    expect(r.findings).toEqual([]);
    expect(r.plan).toEqual({ id: 'scs1700000000000', service: 'WAF', projects: ['cn-north-4'], mode: 'single', batches: [['cn-north-4']] });
  });

  it('several projects become batch-push calls of at most 10, duplicates dropped', () => {
    const projects = KNOWN_REGIONS.slice(0, 12);
    const r = checkPush({ id: 'scs1700000000000', service: 'elb', projects: [...projects, projects[0]!] });
    expect(r.plan?.service).toBe('ELB');
    expect(r.plan?.mode).toBe('batch');
    expect(r.plan?.batches.map((b) => b.length)).toEqual([BATCH_LIMIT, 2]);
  });

  it('CDN needs no project; a project given for CDN is a warning, not an error', () => {
    expect(checkPush({ id: 'scs1700000000000', service: 'CDN', projects: [] }).plan).toMatchObject({ service: 'CDN', projects: [], mode: 'single' });
    const r = checkPush({ id: 'scs1700000000000', service: 'CDN', projects: ['cn-north-4'] });
    expect(r.findings).toMatchObject([{ rule: 'push-cdn-project', severity: 'warning' }]);
    expect(r.plan?.projects).toEqual([]);
  });

  it('refuses a bad id with SCM.0020', () => {
    for (const id of ['scs170000000000', 'scs17000000000000', 'SCS1700000000000', 'abc', ' scs1700000000000x']) {
      const r = checkPush({ id, service: 'CDN', projects: [] });
      expect(codes(r), id).toEqual(['SCM.0020']);
      expect(r.plan).toBeUndefined();
    }
  });

  it('refuses an unknown service with SCM.0030', () => {
    const r = checkPush({ id: 'scs1700000000000', service: 'OBS', projects: ['cn-north-4'] });
    expect(codes(r)).toEqual(['SCM.0030']);
    expect(r.findings[0]!.message).toBe("'OBS' is not a service scm pushes to: CDN, WAF or ELB");
    expect(r.findings[0]!.fix).toMatch(/CDN.*WAF.*ELB/);
  });

  it('a typo of a service or a region gets "did you mean"; --project takes comma-separated lists', () => {
    expect(checkPush({ id: 'scs1700000000000', service: 'WFA', projects: ['cn-north-4'] }).findings[0]!.message).toBe("'WFA' is not a service scm pushes to: CDN, WAF or ELB (did you mean WAF?)");
    const typo = checkPush({ id: 'scs1700000000000', service: 'ELB', projects: ['cn-nort-4', 'ap-southeast-1_prod', 'ap-southeast-l_prod', 'mars-1'] });
    expect(typo.findings.map((f) => f.message)).toEqual([
      "'cn-nort-4' is not a known region (or region_subproject) (did you mean cn-north-4?)",
      "'ap-southeast-l_prod' is not a known region (or region_subproject) (did you mean ap-southeast-1_prod?)",
      "'mars-1' is not a known region (or region_subproject)",
    ]);
    expect(checkPush({ id: 'scs1700000000000', service: 'WAF', projects: ['cn-nort-4'] }, 'zh').findings[0]!.message).toBe('“cn-nort-4”既不是已知的区域，也不是“区域_子项目”形式（是不是要输入 cn-north-4？）');
    expect(checkPush({ id: 'scs1700000000000', service: 'WAF', projects: ['cn-north-4,ap-southeast-1', ' cn-north-4 '] }).plan).toMatchObject({ projects: ['cn-north-4', 'ap-southeast-1'], mode: 'batch' });
  });

  it("says the fix in `upload --push` syntax for upload's targets, never --project", () => {
    const missing = checkPush({ id: 'scs1700000000000', service: 'WAF', projects: [] }, 'en', { uploadTarget: 'WAF' }).findings;
    expect(missing).toEqual([{
      rule: 'push-project-missing', severity: 'error', code: 'SCM.0069',
      message: '--push WAF names no region: WAF needs the region of its instances',
      fix: 'name the region after a colon, such as --push WAF:cn-north-4; several: --push WAF:cn-north-4,ap-southeast-1',
    }]);
    const unknown = checkPush({ id: 'scs1700000000000', service: 'ELB', projects: ['cn-nort-4'] }, 'zh', { uploadTarget: 'ELB:cn-nort-4' }).findings;
    expect(unknown.map((f) => f.fix)).toEqual(['请写明 ELB 实例所在的区域，例如 --push ELB:cn-north-4，或子项目，例如 --push ELB:cn-north-4_prod']);
    const cdn = checkPush({ id: 'scs1700000000000', service: 'CDN', projects: ['cn-north-4'] }, 'en', { uploadTarget: 'CDN:cn-north-4' }).findings;
    expect(cdn).toMatchObject([{ rule: 'push-cdn-project', message: 'CDN is a global service: the region in --push CDN:cn-north-4 is ignored', fix: 'write --push CDN: the certificate is pushed once for all CDN domains' }]);
    for (const f of [...missing, ...unknown, ...cdn]) expect(f.fix).not.toMatch(/--project/);
  });

  it('refuses unknown projects and a missing project for WAF/ELB with SCM.0069', () => {
    expect(codes(checkPush({ id: 'scs1700000000000', service: 'WAF', projects: ['cn-error-4', 'cn-north-4'] }))).toEqual(['SCM.0069']);
    expect(checkPush({ id: 'scs1700000000000', service: 'ELB', projects: [] }).findings).toMatchObject([{ rule: 'push-project-missing', code: 'SCM.0069' }]);
  });

  it('reports every problem at once', () => {
    expect(codes(checkPush({ id: 'x', service: 'y', projects: ['z'] }))).toEqual(['SCM.0020', 'SCM.0030']);
  });

  it('speaks Chinese when asked', () => {
    expect(checkPush({ id: 'x', service: 'WAF', projects: ['cn-north-4'] }, 'zh').findings[0]).toMatchObject({ message: '“x”不是证书 ID：证书 ID 是 scs 加 13 位数字，例如 scs1700000000000', fix: expect.stringMatching(/证书 ID/) });
  });
});

describe('regionOfProject', () => {
  it('knows region ids and region_subproject names', () => {
    expect(regionOfProject('cn-north-4')).toBe('cn-north-4');
    expect(regionOfProject('cn-north-4_prod')).toBe('cn-north-4');
    expect(regionOfProject('ap-southeast-1_team-a.1')).toBe('ap-southeast-1');
    for (const bad of ['', 'cn-north-99', 'cn-north-4_', 'mars_prod', 'cn-north-4 ', `cn-north-4_${'x'.repeat(30)}`]) expect(regionOfProject(bad), bad).toBeUndefined();
  });
});

describe('push rules', () => {
  it('are in the rule table with bilingual title and fix, and scm explain finds them', () => {
    for (const rule of PUSH_RULES) {
      expect(ruleById(rule.id)).toBe(rule);
      for (const t of [rule.title, rule.fix]) expect(t.en.length * t.zh.length).toBeGreaterThan(0);
      expect(resolve(rule.id).kind).toBe('rule');
    }
    expect(resolve('SCM.0020')).toMatchObject({ kind: 'code', rules: [{ id: 'push-id-format' }] });
  });
});

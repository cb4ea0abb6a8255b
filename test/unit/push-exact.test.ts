// `scm push` findings where the input is untidy (push/index.ts): a leading "_", a sub-project that is too long
// or malformed (no "did you mean" the very thing typed), empty items in --project lists, and whitespace around
// a service or an --push target; each with the exact words the user reads.
import { describe, expect, it } from 'vitest';
import { checkPush, suggestProject } from '../../src/core/push/index.js';

const ID = 'scs1700000000000';
const said = (r: ReturnType<typeof checkPush>) => r.findings.map((f) => `${f.rule} ${f.severity} ${f.code} ${f.message}`);

describe('"did you mean" for a project', () => {
  it.each([
    ['_prod', undefined], // no region before the "_": nothing to suggest
    ['_cn-north-4', undefined], // not even when what follows is a region
    ['cn-nort-4_prod', 'cn-north-4_prod'],
    ['cn-nort-4', 'cn-north-4'],
    ['CN-NORTH-4', 'cn-north-4'],
    ['cn-north-4_', 'cn-north-4'],
    [`cn-north-4_${'p'.repeat(30)}`, undefined], // too long, but the region is right: never the same text back
    ['cn-north-4_a b', undefined],
  ])('%j → %j', (project, suggestion) => {
    expect(suggestProject(project)).toBe(suggestion);
  });

  it('a project refused as it is, with no suggestion of itself', () => {
    const long = `cn-north-4_${'p'.repeat(30)}`;
    expect(said(checkPush({ id: ID, service: 'WAF', projects: [long, '_prod'] }))).toEqual([
      `push-project-unknown error SCM.0069 '${long}' is not a known region (or region_subproject)`,
      "push-project-unknown error SCM.0069 '_prod' is not a known region (or region_subproject)",
    ]);
  });
});

describe('untidy lists and names', () => {
  it('empty items of a --project list are no projects', () => {
    const r = checkPush({ id: ID, service: 'ELB', projects: ['cn-north-4,', ' ', ',,ap-southeast-1'] });
    expect(r).toEqual({ findings: [], plan: { id: ID, service: 'ELB', projects: ['cn-north-4', 'ap-southeast-1'], mode: 'batch', batches: [['cn-north-4', 'ap-southeast-1']] } });
    expect(said(checkPush({ id: ID, service: 'WAF', projects: [' , '] }))).toEqual(['push-project-missing error SCM.0069 WAF needs the region of its instances: no --project given']);
  });

  it('a service typed with spaces around it still gets its suggestion, quoted as typed', () => {
    expect(said(checkPush({ id: ID, service: ' wfa ', projects: [] }))).toEqual([
      "push-service error SCM.0030 ' wfa ' is not a service scm pushes to: CDN, WAF or ELB (did you mean WAF?)",
    ]);
  });

  it('an --push target with spaces around it is named without them', () => {
    const r = checkPush({ id: ID, service: 'WAF', projects: [] }, 'en', { uploadTarget: ' WAF ' });
    expect(said(r)).toEqual(['push-project-missing error SCM.0069 --push WAF names no region: WAF needs the region of its instances']);
    const zh = checkPush({ id: ID, service: 'WAF', projects: [] }, 'zh', { uploadTarget: ' WAF ' });
    expect(said(zh)).toEqual(['push-project-missing error SCM.0069 --push WAF 没有指明区域：推送到 WAF 需要指明实例所在的区域']);
  });
});

// A "no permission" answer (SCM.4002, SCM.0003, the gateway's APIGW.0302) names the IAM action the failed
// request needs: delete scm:cert:delete, export scm:cert:download (alias scm:cert:export) ... (one mapping:
// src/core/catalogue/iam-actions.ts). The catalogue's own fix (scm explain) lists every action scm uses.
import { describe, expect, it } from 'vitest';
import { ScmApiError, type Operation } from '../../src/api/errors.js';
import { entryFor } from '../../src/core/catalogue/index.js';
import { IAM_ACTIONS } from '../../src/core/catalogue/iam-actions.js';

const line = (e: ScmApiError): string | undefined => e.message.split('\n').find((l) => /IAM action|IAM 操作/.test(l));
const refused = (operation: Operation, errorCode = 'SCM.4002', lang: 'en' | 'zh' = 'en', status = 401): ScmApiError => new ScmApiError({ operation, status, errorCode, requestId: 'r1', lang });

describe('the IAM action of the failed request', () => {
  it.each([
    ['list', 'scm:cert:list'],
    ['show', 'scm:cert:get'],
    ['delete', 'scm:cert:delete'],
    ['push', 'scm:cert:push'],
    ['batch-push', 'scm:cert:push'],
    ['import', 'scm:cert:import (alias scm:cert:upload)'],
    ['export', 'scm:cert:download (alias scm:cert:export)'],
    ['deploy', 'scm:cert:deployResources'],
  ] as const)('%s: %s', (op, action) => {
    expect(line(refused(op))).toBe(`  IAM action this request needs: ${action}`);
    expect(line(refused(op, 'SCM.0003', 'en', 400))).toBe(`  IAM action this request needs: ${action}`);
    expect(line(refused(op, 'APIGW.0302', 'en', 403))).toBe(`  IAM action this request needs: ${action}`);
  });

  it('in Chinese', () => {
    expect(line(refused('export', 'SCM.4002', 'zh'))).toBe('  此请求所需的 IAM 操作：scm:cert:download（别名 scm:cert:export）');
    expect(line(refused('delete', 'SCM.4002', 'zh'))).toBe('  此请求所需的 IAM 操作：scm:cert:delete');
  });

  it('a request whose action Huawei does not publish says so, never a guess', () => {
    expect(line(refused('deployed-resources'))).toBe('  IAM action this request needs: not published by Huawei');
    expect(line(refused('notify', 'SCM.4002', 'zh'))).toBe('  此请求所需的 IAM 操作：华为云未公布');
  });

  it('other failures name no action', () => {
    expect(line(new ScmApiError({ operation: 'delete', status: 401, errorCode: 'APIGW.0301' }))).toBeUndefined();
    expect(line(new ScmApiError({ operation: 'delete', status: 503, errorCode: 'SCM.4001' }))).toBeUndefined();
    expect(line(new ScmApiError({ operation: 'delete', status: 400, errorCode: 'SCM.0008' }))).toBeUndefined();
  });

  it('the exit status is unchanged: 3 for SCM.4002', () => {
    expect(refused('delete').exitCode).toBe(3);
  });
});

describe('the catalogue', () => {
  it("SCM.4002's fix lists every action scm uses, from the same mapping", () => {
    const fix = entryFor('SCM.4002')!.fix;
    for (const actions of Object.values(IAM_ACTIONS)) for (const a of actions) {
      expect(fix.en).toContain(a);
      expect(fix.zh).toContain(a);
    }
    for (const a of ['scm:cert:list', 'scm:cert:get', 'scm:cert:delete', 'scm:cert:push', 'scm:cert:import', 'scm:cert:upload', 'scm:cert:download', 'scm:cert:export', 'scm:cert:deployResources']) expect(fix.en).toContain(a);
  });

  it('SCM.0003 points to the IAM action too', () => {
    expect(entryFor('SCM.0003')!.fix.en).toMatch(/IAM/);
    expect(entryFor('SCM.0003')!.fix.zh).toMatch(/IAM/);
  });
});

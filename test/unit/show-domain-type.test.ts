// scm show in Chinese names SCM's values as the console does: the status (已上传) and the domain type (多域名),
// not the API's English enum; English shows the value itself, and a value SCM adds later is shown as sent.
import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../src/api/types.js';
import { renderShow } from '../../src/commands/show/render.js';
import { PLAIN } from '../../src/io/style.js';

const deployment: Deployment = { certificateId: 'scs1700000000000', total: 0, resources: [], unreliable: [], unlisted: [] };
const line = (lang: 'en' | 'zh', domainType: string, label: string): string | undefined =>
  renderShow({ id: 'scs1700000000000', status: 'UPLOAD', domain_type: domainType }, deployment, { now: new Date('2026-01-01T00:00:00Z'), style: PLAIN, lang })
    .split('\n')
    .find((l) => l.startsWith(label));

describe('scm show: the domain type', () => {
  it('in Chinese by its name, as the status is', () => {
    expect(line('zh', 'MULTI_DOMAIN', '域名类型')).toMatch(/^域名类型 +多域名$/);
    expect(line('zh', 'SINGLE_DOMAIN', '域名类型')).toMatch(/^域名类型 +单域名$/);
    expect(line('zh', 'WILDCARD', '域名类型')).toMatch(/^域名类型 +通配符域名$/);
    expect(line('zh', 'UPLOAD', '状态')).toMatch(/^状态 +已上传$/);
  });

  it('in English as the value; an unknown value as sent in both', () => {
    expect(line('en', 'MULTI_DOMAIN', 'domain type')).toMatch(/^domain type +MULTI_DOMAIN$/);
    expect(line('zh', 'NEW_KIND', '域名类型')).toMatch(/^域名类型 +NEW_KIND$/);
    expect(line('zh', 'constructor', '域名类型')).toMatch(/^域名类型 +constructor$/);
  });
});

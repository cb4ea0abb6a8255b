// Every status value SCM's reference lists (and CHECKING_DOMAIN, which its example shows) has a Chinese name
// in text tables: CANCELSUPPLEMENTING, CANCLEREVOKING and CHECKING_DOMAIN came out in English under --lang zh.
// --json and the English table keep the value itself; an unknown value is shown as SCM sent it.
import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/core/inventory/rows.js';

const REFERENCE = ['PAID', 'ISSUED', 'CHECKING', 'CANCELCHECKING', 'UNPASSED', 'EXPIRED', 'REVOKING', 'CANCLEREVOKING', 'REVOKED', 'UPLOAD', 'SUPPLEMENTCHECKING', 'CANCELSUPPLEMENTING', 'CHECKING_ORG', 'ISSUING', 'CHECKING_DOMAIN'];

describe('status names in text tables', () => {
  it('every documented status has a Chinese name, and English keeps the value', () => {
    expect(REFERENCE.filter((s) => /^[A-Z_]+$/.test(statusText('zh', s)))).toEqual([]);
    expect(REFERENCE.map((s) => statusText('en', s))).toEqual(REFERENCE);
    expect([statusText('zh', 'CANCELSUPPLEMENTING'), statusText('zh', 'CANCLEREVOKING'), statusText('zh', 'CHECKING_DOMAIN')]).toEqual(['取消补充审核中', '取消吊销审核中', '域名验证中']);
  });

  it('an unknown status as SCM sent it; none as -', () => {
    expect([statusText('zh', 'NEWSTATE'), statusText('zh', undefined), statusText('zh', '')]).toEqual(['NEWSTATE', '-', '-']);
  });
});

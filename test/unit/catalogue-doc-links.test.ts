// Every documentation link `scm explain` gives is Huawei's English page (intl/en-us) for English and the Chinese
// site for Chinese: never another locale's copy (the upload FAQ once pointed at intl/tr-tr in both languages).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue/index.js';

const SITE = 'https://support.huaweicloud.com/';

describe('catalogue documentation links', () => {
  it.each(CATALOGUE.map((e) => [e.code, e] as const))('%s: en is intl/en-us, zh the Chinese site', (_code, entry) => {
    expect(entry.docs.en.startsWith(`${SITE}intl/en-us/`)).toBe(true);
    expect(entry.docs.zh.startsWith(SITE)).toBe(true);
    expect(entry.docs.zh).not.toContain('/intl/');
  });

  it('no Huawei link anywhere in src names a locale other than en-us', () => {
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const locales = files.flatMap((f) => [...readFileSync(join(src, f), 'utf8').matchAll(/huaweicloud\.com\/intl\/([a-z]{2}-[a-z]{2})\//g)].map((m) => `${f}: ${m[1]}`));
    expect(locales.filter((l) => !l.endsWith(': en-us'))).toEqual([]);
  });
});

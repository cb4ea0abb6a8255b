// One Chinese word for one thing, as Huawei Cloud's console says it, everywhere a Chinese reader meets it: the
// message tables and help (src/), the hooks in contrib/ and the README's copy of the certbot hook. A reader who
// sees 凭证 (the console's 我的凭证) in one message and 凭据 in the next wonders whether they are two things.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const files = [
  ...readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join('src', f)),
  'contrib/certbot/deploy-hook.sh', 'contrib/acme.sh/scm.sh', 'README.md',
];

/** The word not to use, and the one used everywhere else for the same thing. */
const TERMS: Array<[string, string]> = [
  ['凭据', '凭证'], // credentials (AK/SK, token): the console's 我的凭证, and exit code 3's 缺少凭证或凭证被拒绝
  ['文件夹', '目录'], // a folder: 证书目录, RENEWED_LINEAGE 必须是目录
  ['提醒邮件', '到期通知'], // SCM's expiry e-mails, one thing for scm notify, scm show and scm rotate --disable-notifications
];

it.each(TERMS)('"%s" is never used: the word for it is "%s"', (avoid) => {
  const found = files.flatMap((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').map((line, i) => [f, i + 1, line] as const))
    .filter(([, , line]) => line.includes(avoid)).map(([f, n, line]) => `${f}:${n}: ${line.trim()}`);
  expect(found).toEqual([]);
});

// The reader is 你 everywhere scm speaks (config, export, validate, rotate); 您 only where SCM's own words are
// quoted as the service sends them (the catalogue's message and seed texts).
it('"您" is never used in scm\'s own words: the word for the reader is "你"', () => {
  const found = files.flatMap((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').map((line, i) => [f, i + 1, line] as const))
    .filter(([f, , line]) => line.includes('您') && !(f.includes('catalogue') && /^\s*(message|seed):/.test(line)))
    .map(([f, n, line]) => `${f}:${n}: ${line.trim()}`);
  expect(found).toEqual([]);
});

// The house style of Chinese text (docs/architecture.md, "Diagnostics and wording"), checked over every piece of
// Chinese in src/ (test/helpers/zh-literals.ts) so that it holds for text added later: values in “”, never in
// ASCII double quotes; a space between Chinese and Latin letters or digits; … rather than "..."; placeholders in
// Chinese (<文件>, not FILE or <n>); a value to type after a flag never in “” (a shell would pass them on: the
// command goes in backticks); commands in backticks, never ASCII single quotes; the terms; sentence endings.
// Code (`…`, '…', a JSON example) is taken out first: it is typed as it stands. Also the values made at run
// time (choices, a bad name) and the helpers.
import { describe, expect, it } from 'vitest';
import { LABELS as EXPLAIN } from '../../src/commands/explain/messages.js';
import { optionText } from '../../src/commands/help/layout.js';
import { PLACEHOLDERS } from '../../src/commands/help/messages.js';
import { ROOT_EXAMPLES } from '../../src/commands/help/root.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/commands/registry.js';
import { CATALOGUE } from '../../src/core/catalogue/index.js';
import { checkDeploy } from '../../src/core/deploy/checks.js';
import { literal, type Text } from '../../src/core/i18n.js';
import { statusText } from '../../src/core/inventory/index.js';
import { DEPLOY_RULES } from '../../src/core/rules/deploy-rules.js';
import { RULES } from '../../src/core/rules/table.js';
import { D } from '../../src/render/messages.js';
import { Findings } from '../../src/core/validate/findings.js';
import { checkEnterpriseProjectId, checkName } from '../../src/core/validate/limits.js';
import { zhLiterals } from '../helpers/zh-literals.js';

const LITERALS = zhLiterals();

/** The text without what is code: `cmd`, 'cmd', a JSON example ({"op":"push"}), a {parameter}. */
const prose = (text: string): string =>
  text
    .replace(/`[^`]*`/g, ' ')
    .replace(/'[^'\n]*'/g, ' ')
    .replace(/\{"[!-~ ]*\}/g, ' ')
    .replace(/\{[A-Za-z0-9_]+\}/g, ' ');

/** A placeholder is one word of a usage line (`<证书ID>`): a space would make it two. */
const TOKENS = new Set(Object.values(PLACEHOLDERS).map((p) => p.zh));

/** The literals where `bad` matches the prose, as "where: text" for a readable failure. */
const offending = (bad: RegExp): string[] =>
  LITERALS.filter((l) => !TOKENS.has(l.text) && bad.test(prose(l.text))).map((l) => `${l.where}: ${l.text}`);

/** Placeholder words that are also names: HTTP, the LANG variable, a PEM label's KEY. */
const NAMES = new Set(['http', 'lang', 'key']);

/** Placeholders of usage lines as English writes them in prose (FILE, DAYS, REGION), where Chinese has its own word. */
const ENGLISH_PLACEHOLDERS = Object.entries(PLACEHOLDERS)
  .filter(([en, text]) => /^[a-z]+$/.test(en) && text.zh !== en.toUpperCase() && !NAMES.has(en))
  .map(([en]) => en.toUpperCase());

/** A command outside backticks: `scm <command>`, another tool with what follows it, a {cmd} parameter. */
const BARE_COMMAND = new RegExp([
  `\\bscm (?:${[...COMMANDS.map((c) => c.name), 'help'].join('|')})\\b`,
  '\\bopenssl [a-z]', '\\bchmod [0-7ugoa]', '\\b(?:keytool|curl|acme\\.sh) -', '\\b(?:certbot|lego) (?:-|renew|run|certonly)\\b',
  '\\{(?:cmd|command)\\}',
].join('|'));

describe('Chinese text in src/', () => {
  it('is found', () => {
    expect(LITERALS.length).toBeGreaterThan(1000);
  });

  it('quotes values in “”, never in ASCII double quotes', () => {
    expect(offending(/"/)).toEqual([]);
  });

  it('has a space between Chinese and Latin letters or digits', () => {
    expect(offending(/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/)).toEqual([]);
  });

  it('puts Chinese in full-width parentheses （…）, never ASCII ones (a shell\'s <(命令) aside)', () => {
    expect(offending(/(?<!<)\([^()]*[\u4e00-\u9fff][^()]*\)/)).toEqual([]);
  });

  // Full-width quotes are Chinese punctuation: no space between them and the Chinese beside them (“*”不是…).
  it('puts no space between a Chinese quote and the Chinese beside it', () => {
    expect(offending(/” [\u4e00-\u9fff]|[\u4e00-\u9fff] “/)).toEqual([]);
  });

  it('never sets two brackets side by side （…）（…）: the second goes inside the first, after a ；', () => {
    expect(offending(/）（/)).toEqual([]);
  });

  it('ends a trailing phrase with …, not ASCII dots', () => {
    expect(offending(/[ \u3000-\u303f\uff00-\uffef]\.\.\.$/)).toEqual([]);
  });

  it('names placeholders in Chinese', () => {
    expect(ENGLISH_PLACEHOLDERS).toContain('FILE');
    expect(offending(new RegExp(`<[a-z][\\w-]*>|\\b(?:${ENGLISH_PLACEHOLDERS.join('|')})\\b|(?<![\\w.-])[A-Z](?![\\w.-])`))).toEqual([]);
  });

  it('puts commands in backticks, never in ASCII single quotes (those are the shell\'s, inside a command)', () => {
    const quoted = LITERALS.filter((l) => /'[^'\n]*'/.test(l.text.replace(/`[^`]*`/g, ' '))).map((l) => `${l.where}: ${l.text}`);
    expect(quoted).toEqual([]);
  });

  // A command named bare reads as prose and does not show where it ends (`请用 scm show {id} 查看`): scm's own
  // commands, the other tools' (openssl x509, chmod go-w, keytool -list, certbot renew), and a parameter that
  // holds one ({cmd}, {command}) go in backticks.
  it('puts commands in backticks, never bare', () => {
    expect(BARE_COMMAND.test('请用 scm show {id} 查看')).toBe(true);
    const bare = LITERALS.filter((l) => BARE_COMMAND.test(l.text.replace(/`[^`]*`/g, ' '))).map((l) => `${l.where}: ${l.text}`);
    expect(bare).toEqual([]);
  });

  it('never puts a value to type after a flag in “”: the shell would pass the quotes on', () => {
    expect(offending(/--[a-z][a-z0-9-]* [“「][^ ]/)).toEqual([]);
  });
});

/** Reference prose (`scm explain`'s cause, fix and notes; a rule's fix) ends with a full stop in both languages. */
describe('sentences end alike in both languages', () => {
  const texts: Array<[string, Text]> = [
    ...CATALOGUE.flatMap((e) => [
      [`${e.code} cause`, e.description] as [string, Text],
      [`${e.code} fix`, e.fix] as [string, Text],
      ...(e.notes ?? []).map((n, i) => [`${e.code} note ${i + 1}`, n] as [string, Text]),
      ...(e.variants ?? []).flatMap((v) => [[`${e.code} ${v.status} cause`, v.description], [`${e.code} ${v.status} fix`, v.fix]] as Array<[string, Text]>),
    ]),
    ...RULES.map((r) => [`${r.id} fix`, r.fix] as [string, Text]),
  ];
  const ends = (text: string): string => (/[.。]$/.test(text.trim()) ? 'full stop' : 'none');

  it('the catalogue and the rule fixes: a sentence with a full stop, 。 in Chinese', () => {
    const odd = texts.filter(([, text]) => ends(text.en) !== 'full stop' || !text.zh.trim().endsWith('。')).map(([where, text]) => `${where}: ${text.zh} / ${text.en}`);
    expect(odd).toEqual([]);
  });

  // The fix is shown after 解决方法 and as an error's 提示：…: one that tells the reader to act asks, 请检查…, as
  // the others do, never a bare 检查… (the gateway's entries once did).
  it('the catalogue and the rule fixes ask with 请 where they tell the reader to act', () => {
    const bare = texts.filter(([, text]) => /^(?:检查|减小|缩短|重新|等待|提高|删除|改用|添加|加上|不要)/.test(text.zh.trim())).map(([where, text]) => `${where}: ${text.zh}`);
    expect(bare).toEqual([]);
  });

  // deploy and rotate say a finding as "title: detail" (core/rules/finding.ts): a title with a colon of its own
  // made two in a row ('没有指定 WAF 版本：每个 WAF 资源…发送：有 1 个 WAF 资源要部署…').
  it('the titles deploy and rotate put before a detail have no colon of their own', () => {
    const odd = DEPLOY_RULES.filter((r) => /[:：]/.test(r.title.en + r.title.zh)).map((r) => `${r.id}: ${r.title.zh} / ${r.title.en}`);
    expect(odd).toEqual([]);
  });

  it('rule titles: a heading, without a full stop in either language', () => {
    const odd = RULES.filter((r) => ends(r.title.en) !== 'none' || ends(r.title.zh) !== 'none').map((r) => `${r.id}: ${r.title.zh} / ${r.title.en}`);
    expect(odd).toEqual([]);
  });
});

describe('placeholders of usage lines', () => {
  it('each has its Chinese word (<n> too, which the English-word search is too short to see)', () => {
    const flags = [...GLOBAL_OPTIONS, ...COMMANDS.flatMap((c) => c.options)].map((o) => o.flags);
    const names = [...flags.flatMap((f) => [...f.matchAll(/[<[]([^>\]]+?)(?:\.\.\.)?[>\]]/g)].map((m) => m[1]!)), ...COMMANDS.flatMap((c) => c.args.map((a) => a.name))];
    expect(names).toContain('n');
    expect([...new Set(names)].filter((name) => !(name in PLACEHOLDERS))).toEqual([]);
  });
});

describe('values made at run time', () => {
  it('--help lists choices as values: “en”、“zh” in Chinese', () => {
    expect(optionText('zh', '语言', ['en', 'zh'])).toBe('语言（可选值：“en”、“zh”）');
    expect(optionText('en', 'language', ['en', 'zh'])).toBe('language (choices: "en", "zh")');
  });

  it('--help never sets two brackets side by side in Chinese: the choices and default go inside the one the description ends with', () => {
    expect(optionText('zh', '语言（默认取 LANG）', ['en', 'zh'])).toBe('语言（默认取 LANG；可选值：“en”、“zh”）');
    expect(optionText('zh', '秒数（单位为秒）', undefined, '30')).toBe('秒数（单位为秒；默认值：30）');
    expect(optionText('en', 'language (default: LANG)', ['en', 'zh'])).toBe('language (default: LANG) (choices: "en", "zh")');
  });

  it('a certificate name with characters SCM refuses: the name and each character in “”, listed with 、', () => {
    const said = (lang: 'en' | 'zh'): string => {
      const f = new Findings(lang);
      checkName('中文\tx', f);
      checkEnterpriseProjectId('XYZ', f);
      return f.sorted().map((x) => x.message).join('\n');
    };
    expect(said('zh')).toBe('名称“中文\\tx”含有不允许的字符“中”、“文”、“\\t”\n企业项目 ID “XYZ”不是“0”或“all”，也不是形如 3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b 的 ID');
    expect(said('en')).toBe('the name "中文\\tx" contains "中" "文" "\\t"\nthe enterprise project ID "XYZ" is not "0", "all" or an ID like 3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b');
  });

  it('a deployment to an unknown service or region: the value in “”', () => {
    const messages = checkDeploy({ id: 'scs1700000000000', service: 'FOO', resources: ['x'] }, 'zh').findings.map((f) => f.message);
    expect(messages).toEqual(['部署目标服务不是 CDN、WAF 或 ELB：“FOO”']);
  });
});

describe('terms (docs/architecture.md)', () => {
  const said = (word: RegExp): string[] => LITERALS.filter((l) => word.test(l.text)).map((l) => `${l.where}: ${l.text}`);

  it('Token, as Huawei writes it, never 令牌', () => {
    expect(said(/令牌/)).toEqual([]);
  });

  it('签发者 for a certificate\'s issuer (validate\'s label as check\'s line), never 颁发者 but in the name of the AIA field “CA 颁发者”', () => {
    expect(said(/(?<!CA )颁发者/)).toEqual([]);
  });

  // A finding's fix and `scm explain`'s are the same text (the rule table's fix): one label for it, 解决方法 as
  // explain says it, not 修复 ("repair") under validate, check and upload.
  it('a finding\'s fix is labelled as scm explain labels it', () => {
    expect(D.fix.en.replace(/:$/, '').toLowerCase()).toBe(EXPLAIN.fix.en.toLowerCase());
    expect(D.fix.zh).toBe(`${EXPLAIN.fix.zh}：`);
  });

  // What another program prints is typed into a search as it stands: code, in backticks, as the other dozen
  // OpenSSL and Go errors are (OpenSSL 报错 `invalid CA certificate`); “” are for the user's own values.
  it('another program\'s error message is quoted as code (报错 `…`), never in “”', () => {
    expect(said(/报错 ?“/)).toEqual([]);
    expect(said(/报错 `[a-z]/).length).toBeGreaterThan(10);
  });

  // One spelling for one thing: the rules' fixes said Base64 (as test/helpers/english-words.ts names it), the
  // findings about the same text BASE64.
  it('Base64, never BASE64', () => {
    expect(said(/BASE64/)).toEqual([]);
    expect(said(/Base64/).length).toBeGreaterThan(10);
  });

  // A hint is printed after 提示：, so one that began 例如：… read 提示：例如：…, two colons in a row; the other
  // hints say 例如 `…` (scm explain's) or ask, 请试试 `…`.
  it('a text never begins with 例如： (as a hint it follows 提示：)', () => {
    expect(said(/^例如：/)).toEqual([]);
  });

  // 名称 is a certificate's name in SCM (--name, list's 名称 column, 证书名称 of SCM.0032); the names it covers,
  // what English calls its names, are 域名: `--domain` read 只列出名称覆盖该主机名的证书, check's line 名称：…,
  // deploy's dry run 证书名称 for the domain check, as if the name given at upload were matched.
  it('a certificate\'s names (the domains it covers) are 域名, never 名称, its name in SCM', () => {
    expect(said(/名称(?:覆盖|中包含|更少|：\{names\})|(?:中的|全部|没有的?|应包含的)名称|证书名称、|旧版本（名称相同/)).toEqual([]);
    expect(said(/证书名称/).length).toBeGreaterThan(3);
  });

  it('华为云客服 for Huawei\'s support, never 技术支持', () => {
    expect(said(/技术支持|(?<!华为云)客服/)).toEqual([]);
  });

  it('an example of scm push says push (推送), never deploy (部署: the billed scm deploy)', () => {
    const examples = [...ROOT_EXAMPLES, ...COMMANDS.flatMap((c) => c.examples)].filter((e) => /^scm push\b|--push\b/.test(e.cmd));
    expect(examples.length).toBeGreaterThan(2);
    expect(examples.filter((e) => /部署/.test(e.note.zh) || /\bdeploy/.test(e.note.en)).map((e) => e.cmd)).toEqual([]);
  });
});

describe('the helpers', () => {
  it('literal(): JSON quotes in English, “” in Chinese, escapes visible in both', () => {
    expect([literal('en', 'a\tb"'), literal('zh', 'a\tb"'), literal('zh', '')]).toEqual(['"a\\tb\\""', '“a\\tb\\"”', '“”']);
  });

  it('statusText(): a known status named in Chinese, the value itself in English; any other as sent; none as -', () => {
    expect(['UPLOAD', 'ISSUED', 'REVOKED', 'NEW_ONE', 'constructor', '', undefined].map((s) => statusText('zh', s))).toEqual(['已上传', '已签发', '已吊销', 'NEW_ONE', 'constructor', '-', '-']);
    expect(['UPLOAD', 'CHECKING_ORG', undefined].map((s) => statusText('en', s))).toEqual(['UPLOAD', 'CHECKING_ORG', '-']);
  });
});

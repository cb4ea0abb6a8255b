// commander's usage errors (unknown option or command, missing argument, invalid choice, "Did you mean")
// in the user's language. commander writes English sentences of a fixed shape; each shape is matched here and
// said again from the message table. A shape not known here stays as commander wrote it.
import { listOf, t, type Lang, type Messages } from '../../core/i18n.js';
import { isSecretOption, withoutValue } from '../../core/argv-secrets.js';
import { REDACTED } from '../../core/hide.js';

export const U = {
  unknownOption: { en: "unknown option '{flag}'", zh: '未知选项“{flag}”' },
  unknownCommand: { en: "unknown command '{name}'", zh: '未知命令“{name}”' },
  missingArgument: { en: "missing required argument '{name}'", zh: '缺少必需的参数“{name}”' },
  optionMissingArgument: { en: "option '{flags}' needs a value", zh: '选项“{flags}”缺少取值' },
  // `--json=true`, `--dry-run=yes`: commander calls it an unknown option. The value given is never shown.
  optionTakesNoValue: { en: "option '{flag}' takes no value: write {flag} alone, or leave it out", zh: '选项“{flag}”不接受取值：请只写 {flag}，或者不写' },
  // `--json.` (copied with a sentence's full stop), `--force:x`: a known option with characters stuck to its
  // name. What was attached is never shown (it may be a secret).
  optionAttached: { en: "unknown option '{flag}' with characters attached to its name: write {flag}, and any value after a space or =", zh: '未知选项“{flag}”后面紧跟了其他字符：请写 {flag}，如需取值，用空格或 = 隔开' },
  invalidChoice: { en: "option '{flags}' does not accept '{value}': choose one of {choices}", zh: '选项“{flags}”不接受取值“{value}”，可选值：{choices}' },
  invalidValue: { en: "option '{flags}' does not accept '{value}': {reason}", zh: '选项“{flags}”不接受取值“{value}”：{reason}' },
  // `scm list extra`: a command that takes none says so ("最多 0 个" read as a limit that was never there).
  tooManyFor: {
    en: (p) => (Number(p.expected) === 0 ? `'${p.name}' takes no arguments, got ${p.got}` : `too many arguments for '${p.name}': it takes ${p.expected}, got ${p.got}`),
    zh: (p) => (Number(p.expected) === 0 ? `命令“${p.name}”不接受参数，实际给出了 ${p.got} 个` : `命令“${p.name}”的参数过多：最多 ${p.expected} 个，实际 ${p.got} 个`),
  },
  tooMany: {
    en: (p) => (Number(p.expected) === 0 ? `no arguments expected, got ${p.got}` : `too many arguments: expected ${p.expected}, got ${p.got}`),
    zh: (p) => (Number(p.expected) === 0 ? `不接受参数，实际给出了 ${p.got} 个` : `参数过多：最多 ${p.expected} 个，实际 ${p.got} 个`),
  },
  // `scm upload a.pem b.pem c.key`: upload reads one folder or one file (docs/cli-contract.md); separate
  // files go by role. (validate reads files given together as one bundle; upload does not guess which is which.)
  uploadFilesHint: {
    en: "scm upload takes one bundle folder or one file; pass separate files as --cert FILE --key FILE (and --chain FILE), or put them in a folder and give that",
    zh: '`scm upload` 只接受一个证书目录或一个文件；分开的文件请用 --cert 文件 --key 文件（以及 --chain 文件）传入，或把它们放进一个目录后传入该目录',
  },
  // `scm push ID --service ELB --project cn-north-4 cn-east-3`: --project takes one region per flag, so the
  // second region was read as a second certificate id.
  pushArgsHint: {
    en: 'scm push takes one certificate id (push each certificate with its own scm push); give several projects as --project cn-north-4 --project cn-east-3, or --project cn-north-4,cn-east-3',
    zh: '`scm push` 只接受一个证书 ID（每张证书各用一条 `scm push` 推送）；多个项目请写成 `--project cn-north-4 --project cn-east-3` 或 `--project cn-north-4,cn-east-3`',
  },
  // An unknown option whose name says it carries a secret (`--pfx-password=…`, `--sk=…`): its value was
  // dropped from the error; say where that secret goes instead.
  passwordOnCommandLine: {
    en: 'scm never takes a PKCS#12 password on the command line: set SCM_PFX_PASSWORD, or put it in a file and give --pfx-password-file FILE',
    zh: 'scm 从不在命令行上接收 PKCS#12 密码：请设置 SCM_PFX_PASSWORD，或把密码写入文件并用 --pfx-password-file 文件 传入',
  },
  secretOnCommandLine: {
    en: 'scm never takes credentials on the command line: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (or SCM_AUTH_TOKEN), or put them in the user config file (scm help environment)',
    zh: 'scm 从不在命令行上接收凭证：请设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK（或 SCM_AUTH_TOKEN），或写入用户配置文件（参见 `scm help environment`）',
  },
  didYouMean: { en: ' (did you mean {names}?)', zh: '（是不是要输入 {names}？）' },
  wholeNumber: { en: 'expected a non-negative whole number', zh: '应为非负整数' },
  // Above it a number is not exact (commands/whole-number.ts).
  wholeNumberMax: { en: 'expected a non-negative whole number of at most {max}', zh: '应为不超过 {max} 的非负整数' },
} satisfies Messages;

type Shape = [RegExp, (m: RegExpMatchArray, lang: Lang) => string];

/** A value given to an option, as an error may show it: never the value of a secret-looking option. */
const shownValue = (flags: string, value: string): string => (isSecretOption(flags.split(/[ ,]+/).find((f) => f.startsWith('--')) ?? flags) ? REDACTED : value);

const SHAPES: Shape[] = [
  // `--opt=value` of an unknown option is said without its value: it may be a password typed where none goes.
  [/^unknown option '(.+?)'$/, (m, l) => t(l, U.unknownOption, { flag: withoutValue(m[1]!) })],
  [/^unknown command '(.+?)'$/, (m, l) => t(l, U.unknownCommand, { name: m[1]! })],
  [/^missing required argument '(.+?)'$/, (m, l) => t(l, U.missingArgument, { name: m[1]! })],
  [/^option '(.+?)' argument missing$/, (m, l) => t(l, U.optionMissingArgument, { flags: m[1]! })],
  [/^option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\.$/, (m, l) =>
    t(l, U.invalidChoice, { flags: m[1]!, value: shownValue(m[1]!, m[2]!), choices: listOf(l, m[3]!.split(', ')) })],
  [/^option '(.+?)' argument '(.*?)' is invalid\. (.+?)\.?$/, (m, l) => t(l, U.invalidValue, { flags: m[1]!, value: shownValue(m[1]!, m[2]!), reason: m[3]! })],
  [/^too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\.$/, (m, l) => t(l, U.tooManyFor, { name: m[1]!, expected: m[2]!, got: m[3]! })],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (m, l) => t(l, U.tooMany, { expected: m[1]!, got: m[2]! })],
];

/**
 * "unknown option '--opt=VALUE'" as "unknown option '--opt'" (and '-pVALUE' as '-p'), before the text is cut into lines: the value
 * may hold quotes and line breaks of its own, and a line of it must not survive as the rest of the message.
 */
function valueDropped(text: string): string {
  const m = /^unknown option '(-[\s\S]*?)'(\n\(Did you mean [^\n']*\))?$/.exec(text);
  return m ? `unknown option '${withoutValue(m[1]!)}'${m[2] ?? ''}` : text;
}

/**
 * A hint for a usage error commander raised, where one helps: too many files for `scm upload`, too many ids
 * (regions after one --project) for `scm push`; an unknown
 * option that looks like it carries a password or a credential (where that secret goes instead).
 */
export function usageErrorHint(text: string, lang: Lang): string | undefined {
  const said = valueDropped(text.trim().replace(/^error: /, ''));
  if (/^too many arguments for 'upload'/.test(said)) return t(lang, U.uploadFilesHint);
  if (/^too many arguments for 'push'/.test(said)) return t(lang, U.pushArgsHint);
  const unknown = /^unknown option '(.+?)'/.exec(said)?.[1];
  if (unknown === undefined || !isSecretOption(withoutValue(unknown))) return undefined;
  return t(lang, /pass|pw/i.test(unknown) ? U.passwordOnCommandLine : U.secretOnCommandLine);
}

/**
 * commander's error text ("error: unknown command 'x'\n(Did you mean y?)\n") as one line in `lang`, without
 * the "error: " prefix (cli.ts puts "scm:" in front). `bare`: the long flags (`--json`, `--no-color`) of the
 * command being run and the global ones that take no value, for "unknown option '--json=true'"; `sameAs`:
 * other commands' flags this one has under another name; `known`: every long flag of the command and the
 * global ones, for `--json.` (a known name with characters attached).
 */
export function localizeUsageError(text: string, lang: Lang, bare: ReadonlySet<string> = new Set(), sameAs: ReadonlyMap<string, string> = new Map(), known: ReadonlySet<string> = new Set()): string {
  const valued = /^unknown option '(--[^=']+)=/.exec(text.replace(/^error: /, '').trim())?.[1];
  if (valued !== undefined && bare.has(valued)) return t(lang, U.optionTakesNoValue, { flag: valued });
  const typed = /^unknown option '(--[\s\S]*)'/.exec(text.replace(/^error: /, '').trim())?.[1];
  const name = typed === undefined ? undefined : withoutValue(typed);
  if (typed !== undefined && name !== undefined && name !== typed && known.has(name)) return t(lang, U.optionAttached, { flag: name });
  const [first = '', ...rest] = valueDropped(text.replace(/^error: /, '').trim()).split('\n');
  const shape = SHAPES.find(([re]) => re.test(first));
  const said = shape ? shape[1](first.match(shape[0])!, lang) : first;
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest.join(' ').trim());
  // Nothing alike by spelling: another command's flag for what this command calls otherwise (list --within).
  const unknown = /^unknown option '(--[^=']+)/.exec(first)?.[1];
  const same = !suggestion && rest.length === 0 && unknown !== undefined ? sameAs.get(unknown) : undefined;
  if (same !== undefined) return `${said}${t(lang, U.didYouMean, { names: same })}`;
  if (!suggestion) return [said, ...rest].join(' ').trim();
  return `${said}${t(lang, U.didYouMean, { names: listOf(lang, suggestion[1]!.split(', ')) })}`;
}

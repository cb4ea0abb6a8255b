// commander's usage errors (unknown option or command, missing argument, invalid choice, "Did you mean")
// in the user's language. commander writes English sentences of a fixed shape; each shape is matched here and
// said again from the message table. A shape not known here stays as commander wrote it.
import { listOf, t, type Lang, type Messages } from '../../core/i18n.js';

export const U = {
  unknownOption: { en: "unknown option '{flag}'", zh: '未知选项“{flag}”' },
  unknownCommand: { en: "unknown command '{name}'", zh: '未知命令“{name}”' },
  missingArgument: { en: "missing required argument '{name}'", zh: '缺少必需的参数“{name}”' },
  optionMissingArgument: { en: "option '{flags}' needs a value", zh: '选项“{flags}”缺少取值' },
  invalidChoice: { en: "option '{flags}' does not accept '{value}': choose one of {choices}", zh: '选项“{flags}”不接受取值“{value}”，可选值：{choices}' },
  invalidValue: { en: "option '{flags}' does not accept '{value}': {reason}", zh: '选项“{flags}”不接受取值“{value}”：{reason}' },
  tooManyFor: { en: "too many arguments for '{name}': it takes {expected}, got {got}", zh: '命令“{name}”的参数过多：最多 {expected} 个，实际 {got} 个' },
  tooMany: { en: 'too many arguments: expected {expected}, got {got}', zh: '参数过多：最多 {expected} 个，实际 {got} 个' },
  // `scm upload a.pem b.pem c.key`: upload reads one folder or one file (docs/cli-contract.md); separate
  // files go by role. (validate reads files given together as one bundle; upload does not guess which is which.)
  uploadFilesHint: {
    en: "scm upload takes one bundle folder or one file; pass separate files as --cert FILE --key FILE (and --chain FILE), or put them in a folder and give that",
    zh: 'scm upload 只接受一个证书目录或一个文件；分开的文件请用 --cert 文件 --key 文件（以及 --chain 文件）传入，或把它们放进一个目录后传入该目录',
  },
  didYouMean: { en: ' (did you mean {names}?)', zh: '（是不是要输入 {names}？）' },
  wholeNumber: { en: 'expected a whole number', zh: '应为非负整数' },
} satisfies Messages;

type Shape = [RegExp, (m: RegExpMatchArray, lang: Lang) => string];

const SHAPES: Shape[] = [
  [/^unknown option '(.+?)'$/, (m, l) => t(l, U.unknownOption, { flag: m[1]! })],
  [/^unknown command '(.+?)'$/, (m, l) => t(l, U.unknownCommand, { name: m[1]! })],
  [/^missing required argument '(.+?)'$/, (m, l) => t(l, U.missingArgument, { name: m[1]! })],
  [/^option '(.+?)' argument missing$/, (m, l) => t(l, U.optionMissingArgument, { flags: m[1]! })],
  [/^option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\.$/, (m, l) =>
    t(l, U.invalidChoice, { flags: m[1]!, value: m[2]!, choices: listOf(l, m[3]!.split(', ')) })],
  [/^option '(.+?)' argument '(.*?)' is invalid\. (.+?)\.?$/, (m, l) => t(l, U.invalidValue, { flags: m[1]!, value: m[2]!, reason: m[3]! })],
  [/^too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\.$/, (m, l) => t(l, U.tooManyFor, { name: m[1]!, expected: m[2]!, got: m[3]! })],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (m, l) => t(l, U.tooMany, { expected: m[1]!, got: m[2]! })],
];

/** A hint for a usage error commander raised, where one helps: too many files for `scm upload`. */
export function usageErrorHint(text: string, lang: Lang): string | undefined {
  return /^(?:error: )?too many arguments for 'upload'/.test(text.trim()) ? t(lang, U.uploadFilesHint) : undefined;
}

/**
 * commander's error text ("error: unknown command 'x'\n(Did you mean y?)\n") as one line in `lang`, without
 * the "error: " prefix (cli.ts puts "scm:" in front).
 */
export function localizeUsageError(text: string, lang: Lang): string {
  const [first = '', ...rest] = text.replace(/^error: /, '').trim().split('\n');
  const shape = SHAPES.find(([re]) => re.test(first));
  const said = shape ? shape[1](first.match(shape[0])!, lang) : first;
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest.join(' ').trim());
  if (!suggestion) return [said, ...rest].join(' ').trim();
  return `${said}${t(lang, U.didYouMean, { names: listOf(lang, suggestion[1]!.split(', ')) })}`;
}

// How options and arguments are named in usage lines, --help and the man page, in the user's language:
// `--cert <文件>`, `<证书ID>`, `[错误码...]`.
import type { Lang } from '../../core/i18n.js';
import type { ArgSpec } from '../types.js';
import { PLACEHOLDERS } from './messages.js';

/** A placeholder (`file` of `--cert <file>`, an argument name) in `lang`. */
export const placeholder = (name: string, lang: Lang): string => PLACEHOLDERS[name]?.[lang] ?? name;

/** `--cert <file>` with its placeholder in `lang`; commander takes the option's name from the flags alone. */
export const localFlags = (flags: string, lang: Lang): string =>
  flags.replace(/([<[])([^>\]]+?)(\.\.\.)?([>\]])/g, (_, open: string, name: string, dots = '', close: string) => `${open}${placeholder(name, lang)}${dots}${close}`);

/** An argument as usage shows it: `<证书ID>`, `[错误码...]`; `bare` without the brackets. */
export function argTerm(arg: ArgSpec, lang: Lang, bare = false): string {
  const name = `${placeholder(arg.name, lang)}${arg.variadic ? '...' : ''}`;
  return bare ? name : arg.required ? `<${name}>` : `[${name}]`;
}

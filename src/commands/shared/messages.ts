// Sentences every command may say: how an interrupted run ends (src/cli.ts), the settings flags that
// several commands share (flags.ts), and how to finish by hand what a renewal hook left (hook-finish.ts).
import type { Messages } from '../../core/i18n.js';

export const S = {
  interrupted: { en: 'interrupted', zh: '已中断' },
  terminated: { en: 'terminated (SIGTERM)', zh: '已终止（SIGTERM）' },
  hungUp: { en: 'hung up (SIGHUP)', zh: '终端已断开（SIGHUP）' },
  badNow: { en: "SCM_NOW: '{value}' is not an ISO date such as 2030-01-01 or 2030-01-01T08:00:00Z", zh: 'SCM_NOW：“{value}”不是 ISO 格式的时间，例如 2030-01-01 或 2030-01-01T08:00:00Z' },
  badNowHint: { en: 'fix SCM_NOW, or unset it to use the current time', zh: '请修正 SCM_NOW，或删除它以使用当前时间' },
  cwdGone: { en: 'the working directory no longer exists: it was removed or renamed after the shell entered it', zh: '当前工作目录已不存在：进入它之后，它被删除或改名了' },
  cwdUnreadable: { en: 'cannot read the working directory: {why}', zh: '无法读取当前工作目录：{why}' },
  cwdHint: { en: "change to a folder that exists (such as 'cd ~') and run scm again", zh: '请先进入一个存在的目录（例如 `cd ~`），再重新运行' },
} satisfies Messages;

export const F = {
  badTimeout: { en: "--timeout: '{value}' is not a number of seconds above 0 and at most {max}", zh: '--timeout：“{value}”不是大于 0 且不超过 {max} 的秒数' },
  badRetries: { en: "--retries: '{value}' is not a whole number from 0 to {max}", zh: '--retries：“{value}”不是 0～{max} 之间的整数' },
} satisfies Messages;

/** Certificate ids checked offline (cert-ids.ts), before show, delete, export or notify sends anything. */
export const ID = {
  notIds: { en: '{ids} are not certificate ids: scs followed by 13 digits, such as scs1700000000000', zh: '{ids} 不是证书 ID：证书 ID 是 scs 加 13 位数字，例如 scs1700000000000' },
  nothingSent: { en: '{message} (rule push-id-format); nothing was sent', zh: '{message}（规则 push-id-format）；没有发送任何请求' },
  // by-name.ts: a certificate's name given for its id (`scm show shop-2026`).
  byName: { en: "if '{name}' is a certificate's name, find its id with '{command}'", zh: '如果“{name}”是证书的名称，请用 `{command}` 查出它的 ID' },
} satisfies Messages;

/** A --domain HOST or --servername value that cannot be a host name (host-values.ts); `problem` says what to remove. */
export const HOST = {
  notHost: { en: "{flag} '{value}' is not a host name: it {problem}", zh: '{flag} “{value}”不是合法的主机名：{problem}' },
  // What SNI cannot carry (RFC 6066, section 3), as the `problem` of notHost.
  sniWildcard: {
    en: 'is a wildcard; SNI names one host: give a name the certificate should cover (such as {example})',
    zh: '是通配符名称；SNI 只能指定一个主机：请传入证书应包含的主机名（例如 {example}）',
  },
} satisfies Messages;

/** An option's value left out, so that the next word, another option, would be its value (flag-values.ts). */
export const FLAG_VALUE = {
  missing: { en: '{flag} needs a value: the word after it, {next}, is an option', zh: '{flag} 缺少值：紧随其后的 {next} 是一个选项' },
  hint: {
    en: 'give the value right after {flag} (a shell variable that was empty leaves it out); a value that starts with - is written {flag}=VALUE',
    zh: '请紧接着 {flag} 给出值（变量为空时值就会缺失）；以 - 开头的值请写成 `{flag}=值`',
  },
} satisfies Messages;

/**
 * An option that takes one value given twice with two values (once-values.ts): which one was meant is not
 * scm's to guess. The values are left out for an option whose value may be a secret or name a password file.
 */
export const REPEATED = {
  twoValues: { en: "{flag} was given twice, as '{first}' and as '{second}': it takes one value", zh: '{flag} 给出了两次，分别是“{first}”和“{second}”：它只接受一个值' },
  twoHidden: { en: '{flag} was given twice, with two different values: it takes one value', zh: '{flag} 给出了两次，两个值不同：它只接受一个值' },
  hint: { en: 'give {flag} once, with the value you mean (the same value given twice is accepted)', zh: '请只给出一次 {flag}，写上你要用的值（两次给出相同的值可以接受）' },
  // --cert twice is often a second certificate file meant for the chain.
  certHint: { en: 'give --cert once, for the server certificate; intermediate certificates go in --chain, which may be given more than once', zh: '请只给出一次 --cert，用于服务器证书；中间证书请用 --chain 传入，--chain 可以给出多次' },
} satisfies Messages;

/** An empty operand or option value (empty-values.ts): an unset shell variable, usually. */
export const EMPTY = {
  operand: { en: 'an empty argument was given for <{name}>', zh: '参数 <{name}> 是空字符串' },
  option: { en: '{flag} was given an empty value', zh: '{flag} 的值是空字符串' },
  hint: { en: 'an unset or empty shell variable gives an empty value: check the variable, or leave the option out', zh: '未设置或为空的环境变量（或脚本变量）会得到空值：请检查该变量，或不写这个选项' },
  operandHint: { en: 'an unset or empty shell variable gives an empty argument: check where the value came from', zh: '未设置或为空的环境变量（或脚本变量）会得到空参数：请检查该值的来源' },
  fileHint: { en: "an unset or empty shell variable gives an empty argument: check where the value came from; '' is not the current folder, write . for it", zh: '未设置或为空的环境变量（或脚本变量）会得到空参数：请检查该值的来源；空字符串不代表当前目录，当前目录请写 .' },
} satisfies Messages;

/** Under a renewal hook (upload --from, also with --rotate): the hook is not run again for this certificate. */
export const HOOK = {
  hookFinish: { en: '{hint}; the hook is not run again for this certificate: to finish by hand, run {cmd}', zh: '{hint}；不会为这张证书再次运行钩子：请手动运行 `{cmd}` 完成' },
  hookFinishAlone: { en: 'the hook is not run again for this certificate: once that is fixed, run {cmd} by hand', zh: '不会为这张证书再次运行钩子：问题解决后请手动运行 `{cmd}`' },
} satisfies Messages;

export const LOCK = {
  waiting: {
    en: 'another scm run (pid {pid}) is uploading or rotating this certificate: waiting for it to finish',
    zh: '另一个 scm 进程（进程号 {pid}）正在上传或轮换这个证书：正在等它结束',
  },
  unguarded: {
    en: 'cannot make sure that no other scm run on this machine uploads or rotates this certificate at the same time: {why}',
    zh: '无法确保本机没有其他 scm 进程同时上传或轮换这个证书：{why}',
  },
  notYours: { en: '{path} belongs to another user', zh: '{path} 属于其他用户' },
  othersWrite: { en: 'others can write to {path}', zh: '其他用户可以写入 {path}' },
  notFolder: { en: '{path} is not a folder', zh: '{path} 不是目录' },
  failed: { en: '{path}: {why}', zh: '{path}：{why}' },
  noHome: { en: 'no home folder to keep its lock in (HOME is not set)', zh: '没有可存放锁文件的主目录（未设置 HOME）' },
  // A folder another user can write to (or owns): that user could hold the lock forever or fake one. Refused.
  untrusted: {
    en: 'cannot keep the lock that stops other scm runs on this machine from uploading or rotating this certificate at the same time: {why}; nothing was sent',
    zh: '无法保存防止本机其他 scm 进程同时上传或轮换这个证书的锁：{why}；没有发送任何请求',
  },
  untrustedHint: {
    en: 'make {path} yours and writable by you alone ({commands}), or set XDG_CACHE_HOME to a folder of your own',
    zh: '请让 {path} 归你所有且只有你可以写入（{commands}），或把 XDG_CACHE_HOME 设为你自己的目录',
  },
} satisfies Messages;

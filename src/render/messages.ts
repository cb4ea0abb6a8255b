// The labels of stderr diagnostics and of findings, the same in every command (see "Diagnostics" in
// docs/architecture.md).
import type { Messages } from '../core/i18n.js';

export const D = {
  hint: { en: 'hint:', zh: '提示：' },
  warning: { en: 'warning:', zh: '警告：' },
  internalError: { en: 'internal error: {message}', zh: '内部错误：{message}' },
  bugHint: { en: 'this is a bug; rerun with --debug for the stack trace and report it', zh: '这是程序缺陷；请加 --debug 重新运行以查看调用栈，并报告此问题' },
  interrupted: { en: 'interrupted', zh: '已中断' },
  // A finding's severity column and its fix label (validate, upload, push).
  error: { en: 'error', zh: '错误' },
  // The severity word of a warning finding (not the stderr label above).
  warningSeverity: { en: 'warning', zh: '警告' },
  info: { en: 'info', zh: '提示' },
  unreadable: { en: 'unreadable', zh: '读取失败' },
  fix: { en: 'fix:', zh: '解决方法：' },
} satisfies Messages;

/** What --dry-run puts in place of the private key in a request body. */
export const RQ = {
  redactedKey: { en: '[redacted: {length}-character private key]', zh: '[已隐去：{length} 个字符的私钥]' },
  // With the PEM label (never secret) so a dry run shows the form sent: BEGIN RSA PRIVATE KEY, not PRIVATE KEY.
  redactedKeyLabel: { en: '[redacted: {length}-character private key, BEGIN {label}]', zh: '[已隐去：{length} 个字符的私钥，BEGIN {label}]' },
} satisfies Messages;

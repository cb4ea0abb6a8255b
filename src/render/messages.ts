// The labels of stderr diagnostics, the same in every command (see "Diagnostics" in docs/architecture.md).
import type { Messages } from '../core/i18n.js';

export const D = {
  hint: { en: 'hint:', zh: '提示：' },
  warning: { en: 'warning:', zh: '警告：' },
  internalError: { en: 'internal error: {message}', zh: '内部错误：{message}' },
  bugHint: { en: 'this is a bug; rerun with --debug for the stack trace and report it', zh: '这是程序缺陷；请加 --debug 重新运行以查看调用栈，并报告此问题' },
  interrupted: { en: 'interrupted', zh: '已中断' },
} satisfies Messages;

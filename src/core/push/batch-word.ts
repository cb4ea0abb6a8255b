// What a BatchPushCertificate result's `message` says. The SDK models give it only as "推送结果" (the push's
// result), a free string with no published list of values, so it is read as words, in both languages and any
// case. Only a message that is a success and nothing else ("success", "Succeeded.", "push success", "推送成功")
// is a success; one with a failure word and no success word ("推送失败", "Invalid region id.") is a failure;
// anything else (no word, words that say neither, both at once, a timeout) is unclear: the caller looks
// (ListDeployedResources) rather than call it a success, or a failure to push again (a second copy). Pure.

export type BatchWord = 'success' | 'failure' | 'unclear';

// Built from strings where they hold Chinese: the build keeps dist/ ASCII, and escapes strings but not regular
// expression literals.
/** Failure words: English as whole words, Chinese anywhere (失败 failed, 错误 error, 异常 abnormal, 拒绝 refused, 无效/非法 invalid). */
const FAILURE = new RegExp(String.raw`\b(?:fail\w*|unsuccess\w*|error\w*|denied|refused|reject\w*|invalid|forbidden|unauthori[sz]ed|abnormal|exception|not|cannot|unable|unsupported|illegal|wrong)\b|` + '失败|错误|异常|拒绝|无效|无法|非法|不支持|不存在', 'i');

/** Any success word (to tell "failed" from "failed, then succeeded"). */
const ANY_SUCCESS = new RegExp(String.raw`\b(?:success\w*|succe\w*|ok|okay)\b|` + '成功', 'i');

/** A message that is a success and nothing else: an optional "push" (推送, 部署), then the success word. */
const ONLY_SUCCESS = /^(?:(?:push|pushed|deploy|deployed)\s)?(?:success|successful|successfully|succeeded|succeed|ok|okay)(?:\s(?:push|pushed))?$/i;
const ONLY_SUCCESS_ZH = new Set(['成功', '推送成功', '部署成功']);

const QUOTES = '“”‘’「」';

export function batchWord(message: string): BatchWord {
  const said = message.normalize('NFKC').trim();
  if (said === '') return 'unclear';
  const failure = FAILURE.test(said);
  if (failure) return ANY_SUCCESS.test(said) ? 'unclear' : 'failure';
  // Closing punctuation and surrounding quotes are no part of the word ("Success.", "成功！" read as NFKC "成功!").
  const word = said.replace(new RegExp(`^["'${QUOTES}]+|["'${QUOTES}.!?${'。'}]+$`, 'gu'), '').replace(/[\s_-]+/g, ' ').trim();
  return ONLY_SUCCESS.test(word) || ONLY_SUCCESS_ZH.has(word) ? 'success' : 'unclear';
}

/**
 * What another member of the same result row says against a success: `error_code` or `error_msg` set, a `status`
 * or `result` in failure words, `success: false`. A row saying "success" and an error code at once is no proven
 * success (nor a failure to push again): the caller looks, as for words that say neither. Returns those members
 * as `name=value` (language-neutral, the caller scrubs and cuts them as server text), or '' when none objects.
 */
export function batchObjection(row: unknown): string {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return '';
  const r = row as Record<string, unknown>;
  const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === undefined || v === null ? '' : JSON.stringify(v));
  const said: string[] = [];
  // An error code of "" or zeros (0, SCM.0000) is "no error"; an error message that is itself a success word is none.
  const code = text(r.error_code);
  if (code !== '' && !/^(?:[A-Za-z][A-Za-z0-9]*\.)?0+$/.test(code)) said.push(`error_code=${code}`);
  const msg = text(r.error_msg);
  if (msg !== '' && batchWord(msg) !== 'success') said.push(`error_msg=${msg}`);
  for (const k of ['status', 'result'] as const) {
    const v = text(r[k]);
    if (v !== '' && batchWord(v) === 'failure') said.push(`${k}=${v}`);
  }
  if (r.success === false || (typeof r.success === 'string' && r.success.trim().toLowerCase() === 'false')) said.push('success=false');
  return said.join(', ');
}

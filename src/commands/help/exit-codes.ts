// The exit-code table of docs/cli-contract.md, shown by `scm help exit-codes` and in the README.
export const EXIT_CODE_TABLE: ReadonlyArray<{ code: number; meaning: string }> = [
  { code: 0, meaning: 'success; for validate, no finding of severity error' },
  { code: 1, meaning: 'the command ran and the answer is "no": validation found errors (nothing was sent), or explain knows none of the codes asked' },
  { code: 2, meaning: 'usage: unknown flag or command, missing argument, unreadable input file, bad config file' },
  { code: 3, meaning: 'credentials missing or refused (HTTP 401/403, SCM.1000, SCM.4002, APIGW.0301 ...)' },
  { code: 4, meaning: 'the SCM API rejected the request (any other 4xx, e.g. 400 SCM.0014)' },
  { code: 5, meaning: 'network failure, timeout, or 5xx after retries' },
  { code: 70, meaning: 'internal error (a bug): one line plus a hint to rerun with --debug for the stack' },
  { code: 130, meaning: 'interrupted (SIGINT)' },
  { code: 143, meaning: 'terminated (SIGTERM)' },
];

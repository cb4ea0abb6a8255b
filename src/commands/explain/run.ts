// `scm explain-error` / `scm explain`: codes, rule ids, stdin bodies, --list, --status and --search.
import type { Ctx } from '../../context.js';
import { ExitCode, UsageError } from '../../errors.js';
import { CATALOGUE, extractCodes, normalizeCode, resolve, search, statusesOf, type FoundCode, type Lang } from '../../core/catalogue/index.js';
import { explanationOf, type Explanation } from '../../core/catalogue/explanation.js';
import { listOf, quotedListOf, t } from '../../core/i18n.js';
import { cutSaid } from '../../core/visible.js';
import { rulesForCode } from '../../core/rules/table.js';
import { STDIN } from '../../io/messages.js';
import { readStdinArg } from '../../io/stdin.js';
import { errorLine, hintLine, warningLine } from '../../render/diagnostics.js';
import { jsonDocument, jsonErrorLine, jsonWarningLine } from '../../render/json.js';
import { renderExplanation, renderList } from './render.js';
import { M } from './messages.js';

interface ExplainOptions {
  list?: boolean;
  status?: number;
  search?: string;
  json?: boolean;
}

interface Query {
  text: string;
  serverMessage?: string;
  /** The HTTP status the pasted text gives for the code (APIGW.0201 with 504 is a backend timeout). */
  status?: number;
}

const queryOf = (f: FoundCode): Query => ({ text: f.code, ...(f.message === undefined ? {} : { serverMessage: f.message }), ...(f.status === undefined ? {} : { status: f.status }) });

async function queriesFrom(args: string[], ctx: Ctx): Promise<Query[]> {
  const queries: Query[] = [];
  for (const arg of args) {
    if (arg !== '-') {
      // An error body or a log line pasted as the argument is read as `-` reads stdin: its codes, with
      // what the server said. Only when the whole argument is no code or rule id itself.
      const found = resolve(arg).kind === 'unknown' ? extractCodes(arg) : [];
      if (found.length === 0) queries.push({ text: arg });
      for (const f of found) queries.push(queryOf(f));
      continue;
    }
    const notice = () => ctx.stderr.write(ctx.json ? jsonWarningLine(t(ctx.lang, STDIN.readingText)) : `${t(ctx.lang, STDIN.readingText)}\n`);
    const found = extractCodes((await readStdinArg(ctx.stdin, { noInput: ctx.noInput, lang: ctx.lang, notice })).toString('utf8'));
    if (found.length === 0) throw new UsageError(t(ctx.lang, M.noCodeInStdin), { hint: t(ctx.lang, M.stdinHint) });
    for (const f of found) queries.push(queryOf(f));
  }
  return queries;
}

function noMatch(opts: ExplainOptions, lang: Lang): string {
  const params = { search: opts.search ?? '', status: opts.status ?? '' };
  if (opts.search !== undefined && opts.status !== undefined) return t(lang, M.noMatchBoth, params);
  return opts.search !== undefined ? t(lang, M.noMatchSearch, params) : t(lang, M.noMatchStatus, params);
}

function listing(opts: ExplainOptions, lang: Lang, ctx: Ctx): number {
  let entries = opts.search !== undefined ? search(opts.search) : CATALOGUE;
  // A code published with several statuses is answered with each: APIGW.0201 is the gateway's 504 too.
  if (opts.status !== undefined) entries = entries.filter((e) => statusesOf(e).includes(opts.status!));
  if (opts.json) {
    ctx.stdout.write(jsonDocument(entries.map((e) => explanationOf({ kind: 'code', query: e.code, entry: e, rules: rulesForCode(e.code) }, undefined, opts.status))));
  } else if (entries.length > 0) {
    ctx.stdout.write(renderList(entries, lang, ctx.style, opts.status));
  }
  if (entries.length === 0) {
    const message = noMatch(opts, lang);
    ctx.stderr.write(opts.json ? jsonErrorLine({ type: 'NoMatch', message, exitCode: ExitCode.NO }) : errorLine(ctx.errStyle, message));
    return ExitCode.NO;
  }
  return ExitCode.OK;
}

/** The same code asked twice (`SCM.0014 14`) is explained once; a rule id is its own question. */
const keyOf = (x: Explanation): string => (x.rule ? `rule ${x.rule.id}` : `code ${x.code} ${x.status}`);

export async function run({ args, opts }: { args: string[]; opts: ExplainOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  // --status filters the list: alone, it is a list of the codes with that status.
  if (opts.list || opts.search !== undefined || opts.status !== undefined) {
    if (args.length > 0) throw new UsageError(t(lang, M.codesOrList));
    return listing(opts, lang, ctx);
  }
  if (args.length === 0) throw new UsageError(t(lang, M.missingCode), { hint: t(lang, M.missingHint) });
  if (args.filter((a) => a === '-').length > 1) throw new UsageError(t(lang, M.stdinOnce));

  const known = new Map<string, Explanation>();
  const unknown = new Map<string, { query: string; suggestions: string[]; serverMessage?: string }>();
  for (const q of await queriesFrom(args, ctx)) {
    const resolved = resolve(q.text);
    if (resolved.kind === 'unknown') {
      const key = normalizeCode(q.text) ?? q.text.trim().toLowerCase();
      if (!unknown.has(key)) unknown.set(key, { query: q.text, suggestions: resolved.suggestions, ...(q.serverMessage?.trim() ? { serverMessage: cutSaid(q.serverMessage.trim()) } : {}) });
      continue;
    }
    const x = explanationOf(resolved, q.serverMessage, q.status);
    if (!known.has(keyOf(x))) known.set(keyOf(x), x);
  }

  const width = ctx.stdout.isTTY ? Math.min(ctx.stdout.columns ?? 80, 100) : 0;
  if (opts.json) ctx.stdout.write(jsonDocument([...known.values()]));
  else ctx.stdout.write([...known.values()].map((x) => renderExplanation(x, lang, ctx.style, width)).join('\n'));

  // Contract: exit 1 only when none of the codes asked is known.
  const status = known.size === 0 ? ExitCode.NO : ExitCode.OK;
  const missing = [...unknown.values()];
  if (opts.json && missing.length > 0) {
    // One object for all of them; query/suggestions of the first stay at the top for the one-code case.
    const queries = quotedListOf(lang, missing.map((u) => u.query));
    const message = t(lang, M.unknownCodes, { count: missing.length, queries });
    const fields = { hint: t(lang, M.listHint), query: missing[0]!.query, suggestions: missing[0]!.suggestions, unknown: missing };
    // A run that explained some of the codes succeeded: the others are a warning, never an error object.
    ctx.stderr.write(status === ExitCode.OK ? jsonWarningLine(message, { type: 'UnknownCode', ...fields }) : jsonErrorLine({ type: 'UnknownCode', message, exitCode: status, ...fields }));
  }
  if (!opts.json && missing.length > 0) {
    for (const u of missing) {
      const suggestion = u.suggestions.length > 0 ? t(lang, M.didYouMean, { codes: listOf(lang, u.suggestions) }) : '';
      const said = u.serverMessage === undefined ? '' : t(lang, M.unknownSaid, { said: u.serverMessage });
      const text = `${t(lang, M.unknownCode, { query: u.query })}${suggestion}${said}`;
      ctx.stderr.write(status === ExitCode.OK ? warningLine(ctx.errStyle, lang, text) : errorLine(ctx.errStyle, text));
    }
    ctx.stderr.write(hintLine(ctx.errStyle, lang, t(lang, M.listHint)));
  }
  return status;
}

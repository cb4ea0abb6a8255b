// `scm explain-error` / `scm explain`: codes, rule ids, stdin bodies, --list and --search.
import type { Ctx } from '../../context.js';
import { ExitCode, UsageError } from '../../errors.js';
import { CATALOGUE, extractCodes, resolve, search, type Lang } from '../../core/catalogue/index.js';
import { explanationOf, type Explanation } from '../../core/catalogue/explanation.js';
import { rulesForCode } from '../../core/rules/table.js';
import { checkStdinUsable, readStdin } from '../../io/stdin.js';
import { renderExplanation, renderList } from './render.js';
import { jsonDocument, jsonErrorLine } from '../../render/json.js';

interface ExplainOptions {
  list?: boolean;
  status?: number;
  search?: string;
  json?: boolean;
}

interface Query {
  text: string;
  serverMessage?: string;
}

async function queriesFrom(args: string[], ctx: Ctx): Promise<Query[]> {
  const queries: Query[] = [];
  for (const arg of args) {
    if (arg !== '-') {
      queries.push({ text: arg });
      continue;
    }
    checkStdinUsable(ctx.stdin, ctx.noInput);
    const found = extractCodes((await readStdin(ctx.stdin)).toString('utf8'));
    if (found.length === 0) throw new UsageError('no error code found in standard input', { hint: 'pipe an API error body such as {"error_code":"SCM.0014","error_msg":"..."} or a log that mentions SCM.xxxx' });
    for (const f of found) queries.push(f.message === undefined ? { text: f.code } : { text: f.code, serverMessage: f.message });
  }
  return queries;
}

function listing(opts: ExplainOptions, lang: Lang, ctx: Ctx): number {
  let entries = opts.search !== undefined ? search(opts.search) : CATALOGUE;
  if (opts.status !== undefined) entries = entries.filter((e) => e.status === opts.status);
  if (opts.json) {
    ctx.stdout.write(jsonDocument(entries.map((e) => explanationOf({ kind: 'code', query: e.code, entry: e, rules: rulesForCode(e.code) }))));
  } else if (entries.length > 0) {
    ctx.stdout.write(renderList(entries, lang, ctx.style));
  }
  if (entries.length === 0) {
    const message = `no code matches${opts.search !== undefined ? ` '${opts.search}'` : ''}${opts.status !== undefined ? ` with status ${opts.status}` : ''}`;
    ctx.stderr.write(opts.json ? jsonErrorLine({ type: 'NoMatch', message, exitCode: ExitCode.NO }) : `scm: ${message}\n`);
    return ExitCode.NO;
  }
  return ExitCode.OK;
}

export async function run({ args, opts }: { args: string[]; opts: ExplainOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  if (opts.list || opts.search !== undefined) {
    if (args.length > 0) throw new UsageError('give codes, or --list/--search, not both');
    return listing(opts, lang, ctx);
  }
  if (opts.status !== undefined) throw new UsageError('--status filters --list or --search');
  if (args.length === 0) throw new UsageError('missing error code', { hint: "try 'scm explain SCM.0014', 'scm explain -' (stdin), 'scm explain --list' or 'scm explain --search <words>'" });
  if (args.filter((a) => a === '-').length > 1) throw new UsageError("'-' (standard input) may be given only once");

  const known: Explanation[] = [];
  const unknown: Array<{ query: string; suggestions: string[] }> = [];
  for (const q of await queriesFrom(args, ctx)) {
    const resolved = resolve(q.text);
    if (resolved.kind === 'unknown') unknown.push({ query: q.text, suggestions: resolved.suggestions });
    else known.push(explanationOf(resolved, q.serverMessage));
  }

  const width = ctx.stdout.isTTY ? Math.min(ctx.stdout.columns ?? 80, 100) : 0;
  if (opts.json) ctx.stdout.write(jsonDocument(known));
  else ctx.stdout.write(known.map((x) => renderExplanation(x, lang, ctx.style, width)).join('\n'));

  // Contract: exit 1 only when none of the codes asked is known.
  const status = known.length === 0 ? ExitCode.NO : ExitCode.OK;
  if (opts.json && unknown.length > 0) {
    // One object for all of them; query/suggestions of the first stay at the top for the one-code case.
    const message = `unknown error code${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `'${u.query}'`).join(', ')}`;
    ctx.stderr.write(jsonErrorLine({ type: 'UnknownCode', message, exitCode: status, query: unknown[0]!.query, suggestions: unknown[0]!.suggestions, unknown }));
  }
  if (!opts.json) {
    for (const u of unknown) {
      const hint = u.suggestions.length > 0 ? ` (did you mean ${u.suggestions.join(', ')}?)` : '';
      ctx.stderr.write(`${ctx.errStyle.red('scm:')} unknown error code '${u.query}'${hint}\n`);
    }
  }
  return status;
}

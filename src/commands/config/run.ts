// `scm config`: the settings upload and push would use, each with its source; secrets masked. Broken config
// files fail here exactly as they would for an upload (exit 2, file and line named); files the search passed
// over (code, or writable by others) are named on stderr, one line each. Half an AK/SK pair: the table with the
// missing half marked, then the error (exit 3), since the table is what a user runs `scm config` for.
// Its modules are imported statically: this file is itself loaded only when `scm config` runs (spec.ts), and
// each import() is a pack of its own to read (scripts/packs.mjs), 7 files where 3 do.
import { resolveSettings } from '../../config/index.js';
import { homeOf, userConfigDir } from '../../config/homes.js';
import { namedFile } from '../../config/search.js';
import type { Ctx } from '../../context.js';
import { ExitCode } from '../../errors.js';
import { warningLine } from '../../render/diagnostics.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { flagsFrom } from '../shared/flags.js';
import { configJson, renderConfig } from './render.js';

interface ConfigOptions {
  region?: string;
  endpoint?: string;
  timeout?: string;
  retries?: number;
  json?: boolean;
  lang?: string;
  config?: string;
}

export async function run({ opts }: { args: string[]; opts: ConfigOptions }, ctx: Ctx): Promise<number> {
  const settings = await resolveSettings(flagsFrom(opts, ctx.lang), ctx, { showHalfPair: true });
  const userDir = userConfigDir(ctx.env);
  if (opts.json) {
    ctx.stdout.write(jsonDocument(configJson(settings, userDir)));
    for (const w of settings.warnings) ctx.stderr.write(jsonWarningLine(w));
  } else {
    const where = { userDir, home: homeOf(ctx.env), namedBy: namedFile(ctx.cwd, ctx.env, opts.config)?.by };
    ctx.stdout.write(renderConfig(settings, where, ctx.style, ctx.lang));
    for (const w of settings.warnings) ctx.stderr.write(warningLine(ctx.errStyle, ctx.lang, w));
  }
  // Half an AK/SK pair: the table above shows what is missing; the run still fails as a request would (exit 3).
  if (settings.halfPair) throw settings.halfPair;
  return ExitCode.OK;
}

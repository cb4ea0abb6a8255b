// `scm config`: the settings upload and push would use, each with its source; secrets masked. Broken config
// files fail here exactly as they would for an upload (exit 2, file and line named).
import type { Ctx } from '../../context.js';
import { ExitCode } from '../../errors.js';
import { warningLine } from '../../render/diagnostics.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';

interface ConfigOptions {
  region?: string;
  endpoint?: string;
  timeout?: string;
  retries?: number;
  json?: boolean;
}

export async function run({ opts }: { args: string[]; opts: ConfigOptions }, ctx: Ctx): Promise<number> {
  const { flagsFrom } = await import('../shared/connect.js');
  const { resolveSettings } = await import('../../config/index.js');
  const { userConfigDir } = await import('../../config/file.js');
  const { configJson, renderConfig } = await import('./render.js');
  const settings = await resolveSettings(flagsFrom(opts), ctx);
  const userDir = userConfigDir(ctx.env);
  if (opts.json) {
    ctx.stdout.write(jsonDocument(configJson(settings, userDir)));
    for (const w of settings.warnings) ctx.stderr.write(jsonWarningLine(w));
  } else {
    ctx.stdout.write(renderConfig(settings, userDir, ctx.style));
    for (const w of settings.warnings) ctx.stderr.write(warningLine(ctx.errStyle, ctx.lang, w));
  }
  return ExitCode.OK;
}

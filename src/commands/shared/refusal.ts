// How a command refuses before changing anything (deploy, rotate): the findings on stderr and one error
// line, or under --json the document on stdout (with the findings) and one JSON error line; exit 1.
import type { Ctx } from '../../context.js';
import type { Finding } from '../../core/rules/types.js';
import { ExitCode } from '../../errors.js';
import { errorLine, hintLine } from '../../render/diagnostics.js';
import { errLayout, renderFindings } from '../../render/findings.js';
import { jsonDocument, jsonErrorLine } from '../../render/json.js';

export function refuse(ctx: Ctx, o: { json: boolean; findings: readonly Finding[]; message: string; type: string; doc: Record<string, unknown>; hint?: string }): number {
  if (o.json) {
    ctx.stdout.write(jsonDocument({ ...o.doc, findings: o.findings }));
    ctx.stderr.write(jsonErrorLine({ type: o.type, message: o.message, exitCode: ExitCode.NO, ...(o.hint !== undefined ? { hint: o.hint } : {}) }));
  } else {
    const layout = errLayout(ctx);
    ctx.stderr.write(`${renderFindings([...o.findings], layout)}${errorLine(ctx.errStyle, o.message, layout.width)}${o.hint !== undefined ? hintLine(ctx.errStyle, ctx.lang, o.hint, layout.width) : ''}`);
  }
  return ExitCode.NO;
}

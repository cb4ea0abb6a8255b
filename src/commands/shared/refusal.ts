// How a command refuses before changing anything (deploy, rotate): the findings on stderr and one error
// line, or under --json the document on stdout (with the findings) and one JSON error line; exit 1.
import type { Ctx } from '../../context.js';
import type { Finding } from '../../core/rules/types.js';
import { ExitCode } from '../../errors.js';
import { errorLine } from '../../render/diagnostics.js';
import { renderFindings } from '../../render/findings.js';
import { jsonDocument, jsonErrorLine } from '../../render/json.js';

export function refuse(ctx: Ctx, o: { json: boolean; findings: readonly Finding[]; message: string; type: string; doc: Record<string, unknown> }): number {
  if (o.json) {
    ctx.stdout.write(jsonDocument({ ...o.doc, findings: o.findings }));
    ctx.stderr.write(jsonErrorLine({ type: o.type, message: o.message, exitCode: ExitCode.NO }));
  } else ctx.stderr.write(`${renderFindings([...o.findings], ctx.errStyle)}${errorLine(ctx.errStyle, o.message)}`);
  return ExitCode.NO;
}

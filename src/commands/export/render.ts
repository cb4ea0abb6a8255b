// `scm export`: the paths written, one per line (stdout), or as JSON; never the content.
import { visible } from '../../core/visible.js';
import type { ExportFile } from './files.js';

/** One path a line: a control character in the folder's name (a newline, ESC) is shown escaped, never obeyed. */
export const renderFiles = (files: readonly ExportFile[]): string => files.map((f) => `${visible(f.path)}\n`).join('');

export function exportJson(id: string, files: readonly ExportFile[]): Record<string, unknown> {
  return { certificateId: id, files: files.map((f) => ({ kind: f.kind, path: f.path, mode: '0600' })), sm2: files.some((f) => f.kind === 'enc-cert') };
}

// `scm export`: the paths written, one per line (stdout), or as JSON; never the content.
import type { ExportFile } from './files.js';

export const renderFiles = (files: readonly ExportFile[]): string => files.map((f) => `${f.path}\n`).join('');

export function exportJson(id: string, files: readonly ExportFile[]): Record<string, unknown> {
  return { certificateId: id, files: files.map((f) => ({ kind: f.kind, path: f.path, mode: '0600' })), sm2: files.some((f) => f.kind === 'enc-cert') };
}

// Parses the user's error-code table (HTML inside markdown) into rows, so tests compare the catalogue with
// the table itself rather than with a hand-made copy of it.
import { readFileSync } from 'node:fs';

export interface SeedRow {
  status: number;
  code: string;
  message: string;
  description: string;
  fix: string;
}

export const SEED_TABLE_PATH = new URL('../fixtures/seed/scm-error-codes.md', import.meta.url);

const cellText = (html: string): string => html.replace(/<[^>]+>/g, '').trim();

export function parseSeedTable(markdown: string): SeedRow[] {
  const body = markdown.slice(markdown.indexOf('<tbody>'));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => {
    const cells = [...row!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, c]) => cellText(c!));
    if (cells.length !== 5) throw new Error(`seed row with ${cells.length} cells: ${row}`);
    const [status, code, message, description, fix] = cells as [string, string, string, string, string];
    return { status: Number(status), code, message, description, fix };
  });
}

export function loadSeedTable(): SeedRow[] {
  return parseSeedTable(readFileSync(SEED_TABLE_PATH, 'utf8'));
}

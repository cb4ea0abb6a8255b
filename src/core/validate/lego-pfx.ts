// lego's --pfx writes <domain>.pfx with the password "changeit" unless --pfx.pass says otherwise (`lego run --help`:
// --pfx.pass, default "changeit"), beside <domain>.json, the certificate resource lego keeps for renewals. Such a
// .pfx, found in a bundle folder or given, is opened with that password when none was given. Only lego's own: a
// .pfx with its lego .json beside it (the same name, a JSON object naming the domain and the certificate's URL at
// the CA). "changeit" is also Java's keystore default, so a .pfx that merely opens with it is not said to be lego's.
// The guess is never said when wrong: the file is then read as if no password had been tried (its usual finding).
import type { Lang } from '../i18n.js';
import { unlockPfx, type Unpacked } from './pfx.js';
import type { BundleInput, RawInput } from './types.js';

/** lego's default PKCS#12 password (--pfx.pass); never printed. */
const LEGO_PFX_PASSWORD = 'changeit';

/** Whether `raw` is lego's certificate resource: {"domain": ..., "certUrl": ...} (lego v4 and v5). */
function isLegoResource(raw: RawInput): boolean {
  if (raw.data.length > 64 * 1024) return false;
  try {
    const doc: unknown = JSON.parse(raw.data.toString('utf8'));
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
    const o = doc as Record<string, unknown>;
    return typeof o.domain === 'string' && (typeof o.certUrl === 'string' || typeof o.certStableUrl === 'string');
  } catch {
    return false;
  }
}

/** The .pfx `source` written by lego: its <name>.json beside it, among the bundle's files or read beside --pfx. */
export function isLegoPfx(source: string, input: BundleInput): boolean {
  if (!/\.pfx$/i.test(source)) return false;
  const json = `${source.slice(0, -'.pfx'.length)}.json`;
  const beside = [...(input.files ?? []), ...(input.pfxResourceBeside ?? [])];
  return beside.some((raw) => raw.source === json && isLegoResource(raw));
}

/**
 * lego's .pfx opened with lego's default password when no password was given; undefined when it is not lego's,
 * a password was given, or the default does not open it (anything that fails is left to the usual reading).
 */
export async function openLegoPfx(der: Buffer, source: string, input: BundleInput, lang: Lang): Promise<Unpacked | undefined> {
  if (input.pfxPassword !== undefined || !isLegoPfx(source, input)) return undefined;
  try {
    const out = await unlockPfx(der, source, LEGO_PFX_PASSWORD, lang);
    return 'locked' in out ? undefined : out;
  } catch {
    return undefined;
  }
}

// Shapes of the error catalogue: one entry per error code that `scm` can explain.

import type { Text } from '../i18n.js';

export type { Lang, Text } from '../i18n.js';

/** Where an entry comes from, shown to users so they can weigh it. */
export type Origin =
  | 'seed' //        the user's own error-code table (shared/seed/scm-error-codes.md)
  | 'published' //   Huawei's published SCM error tables / upload FAQ, not in the seed table
  | 'gateway'; //    Huawei API Gateway (APIGW.xxxx) authentication and routing errors

export interface CatalogueEntry {
  code: string;
  status: number;
  origin: Origin;
  message: Text;
  description: Text;
  fix: Text;
  /** Facts about the real service a user benefits from (quirks, misleading wording). */
  notes?: Text[];
  /**
   * The seed table's fix column verbatim, where it held an internal remark rather than a fix; the remark's
   * fact lives on in `notes` and `fix` holds a real fix.
   */
  seedRemark?: string;
  /** `published`: Huawei publishes this English text; `translated`: ours, translated from the Chinese. */
  enSource: 'published' | 'translated';
  /** Huawei's page that lists this code. */
  docs: Text;
}

// Shapes of the error catalogue: one entry per error code that `scm` can explain.

import type { Text } from '../i18n.js';

export type { Lang, Text } from '../i18n.js';

/** How a request was authenticated: an AK/SK signature or an IAM token (X-Auth-Token). */
export type CredentialKind = 'aksk' | 'token';

/**
 * A note, true of every request, or (`credential`) only of those authenticated that way: after a failed call the
 * API error display says only the notes of the credential in use; `scm explain`, which does not know it, says each.
 */
export interface Note extends Text {
  credential?: CredentialKind;
}

/** Where an entry comes from, shown to users so they can weigh it. */
export type Origin =
  | 'seed' //        the user's own error-code table (shared/seed/scm-error-codes.md)
  | 'published' //   Huawei's published SCM error tables / upload FAQ, not in the seed table
  | 'gateway'; //    Huawei API Gateway (APIGW.xxxx) authentication and routing errors

/** The text of a code at one of its other published statuses (APIGW.0201 with 502 is "Backend unavailable."). */
export interface StatusVariant {
  status: number;
  message: Text;
  description: Text;
  fix: Text;
  /** False when no published table lists this status for the code (kept because the service answers it). */
  published?: false;
}

export interface CatalogueEntry {
  code: string;
  /** The first status the published table gives; `variants` holds the others, each with its own text. */
  status: number;
  variants?: StatusVariant[];
  /**
   * Statuses at which the service answers this code although it means `status` (documented quirks: SCM.0013
   * with 500 is still a rejection of the chain, SCM.0010 with 403 a refusal of the operation). Only these
   * are classified by the catalogue; any other status is taken as the server sent it.
   */
  quirkStatuses?: number[];
  origin: Origin;
  message: Text;
  description: Text;
  fix: Text;
  /**
   * The fix when the credential a failed call used is known: about that credential alone (`fix`, which `scm
   * explain` says, names every kind, as it cannot know which was used).
   */
  fixFor?: Partial<Record<CredentialKind, Text>>;
  /** Facts about the real service a user benefits from (quirks, misleading wording). */
  notes?: Note[];
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

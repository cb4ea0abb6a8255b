// JSON bodies of the SCM v3 certificate API (scm-api-reference §2), as scm sends and reads them, and the
// credentials requests are signed with.

/** How requests authenticate: an AK/SK pair (signed SDK-HMAC-SHA256) or an IAM token. */
export type Auth =
  | { kind: 'aksk'; ak: string; sk: string; projectId?: string; domainId?: string; securityToken?: string }
  | { kind: 'token'; token: string; projectId?: string };


export interface ImportBody {
  name: string;
  certificate: string;
  certificate_chain?: string;
  private_key: string;
  duplicate_check?: boolean;
  enterprise_project_id?: string;
}

export interface PushBody {
  target_project: string;
  target_service: string;
}

export interface BatchPushBody {
  target_projects: string[];
  target_service: string;
}

export interface BatchPushResult {
  project_name: string;
  cert_id: string;
  message: string;
}

export interface CertificateListItem {
  id: string;
  name: string;
  domain: string;
  sans?: string;
  expire_time?: string;
  status?: string;
  [field: string]: unknown;
}

export interface ListQuery {
  limit?: number;
  offset?: number;
  content?: string;
  status?: string;
  sort_dir?: 'ASC' | 'DESC';
  sort_key?: string;
  enterprise_project_id?: string;
}

export interface ListResult {
  certificates: CertificateListItem[];
  total_count: number;
}

export interface CertificateDetail {
  id: string;
  name?: string;
  domain?: string;
  sans?: string;
  status?: string;
  fingerprint?: string;
  not_before?: string;
  not_after?: string;
  [field: string]: unknown;
}

export const PATHS = {
  import: '/v3/scm/certificates/import',
  list: '/v3/scm/certificates',
  show: (id: string) => `/v3/scm/certificates/${encodeURIComponent(id)}`,
  push: (id: string) => `/v3/scm/certificates/${encodeURIComponent(id)}/push`,
  batchPush: (id: string) => `/v3/scm/certificates/${encodeURIComponent(id)}/batch-push`,
} as const;

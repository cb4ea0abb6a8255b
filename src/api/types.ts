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
  /** SM2 dual certificates: the encryption certificate and its key. */
  enc_certificate?: string;
  enc_private_key?: string;
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
  /** Other members of the row that say it failed (error_code, a failed status...), as `name=value`; '' when none do. */
  objection: string;
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
  /** Keyword search over name and domain. */
  content?: string;
  status?: string;
  sort_dir?: 'ASC' | 'DESC';
  sort_key?: 'certExpiredTime' | 'certStatus' | 'certUpdateTime';
  enterprise_project_id?: string;
  deploy_support?: boolean;
  owned_by_self?: boolean;
  expired_days_since?: number;
}

export interface ListResult {
  certificates: CertificateListItem[];
  /** Optional in the SDK models: undefined when SCM left it out (listAll then pages until a short page). */
  total_count?: number;
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

/** The services ListDeployedResources knows (OSB too, which scm does not push to). */
export type DeployService = 'CDN' | 'WAF' | 'ELB' | 'OSB' | 'ALL';

/** One resource that uses a certificate, flattened from ListDeployedResources (lifecycle-research §1.7). */
export interface DeployedResource {
  service: string;
  /** IAM region id; "global" for a global service (CDN). */
  region: string;
  /** global or region (resource_location). */
  location: string;
  resourceId: string;
  resourceName: string;
}

/** Where one certificate is deployed. */
export interface Deployment {
  certificateId: string;
  /** total_num as SCM counts it. */
  total: number;
  resources: DeployedResource[];
  /** Service and region pairs whose count SCM flagged unreliable (is_error): absence there proves nothing. */
  unreliable: Array<{ service: string; region: string }>;
  /** Resources SCM counts (resource_num, total_num) but did not list, by service ('ALL': total_num alone). */
  unlisted: Array<{ service: string; count: number }>;
  /** SCM's answer had no result for this id: nothing is known, least of all "not deployed". */
  unanswered?: true;
  /** With `unanswered`: SCM's result named the id but gave neither total_num nor deployed_resources. */
  silent?: true;
}

export const PATHS = {
  import: '/v3/scm/certificates/import',
  list: '/v3/scm/certificates',
  show: (id: string) => `/v3/scm/certificates/${encodeURIComponent(id)}`,
  push: (id: string) => `/v3/scm/certificates/${encodeURIComponent(id)}/push`,
  batchPush: (id: string) => `/v3/scm/certificates/${encodeURIComponent(id)}/batch-push`,
  delete: (id: string) => `/v3/scm/certificates/${encodeURIComponent(id)}`,
  deployedResources: '/v3/scm/deployed-resources',
  export: (id: string) => `/v3/scm/certificates/${encodeURIComponent(id)}/export`,
  notification: (on: boolean) => `/v3/scm/notification/${on ? 'enable' : 'disable'}`,
  deploy: (id: string) => `/v3/scm/certificates/${encodeURIComponent(id)}/deploy`,
} as const;

/** ExportCertificate's answer (lifecycle-research §1.5), each PEM as SCM sent it; '' when absent. */
export interface ExportedCertificate {
  /** The leaf. */
  certificate: string;
  /** The intermediates. */
  certificateChain: string;
  /** Leaf and chain (entire_certificate). */
  entireCertificate: string;
  privateKey: string;
  /** SM2 (国密) only: the encryption certificate and its key (a digital envelope when SCM did not make the CSR). */
  encCertificate: string;
  encPrivateKey: string;
}

/** The notices `scm notify` turns on or off (NoticeRequestBody.notice_type). */
export const NOTICE_TYPES = [
  'CERT_EXPIRING',
  'CERT_EXPIRED',
] as const;

// A second, independent SCM stand-in for tests: written from the published API and the official SDK models,
// not from src/emulator. Its own AK/SK verifier is strict where the gateway may be (SignedHeaders must name
// host and x-sdk-date, every signed header must be there, the date within 15 minutes, the canonical request
// rebuilt from the raw URL as the Go/Python signers build it, `+` in a query read as a space). Behaviour is
// bent per test: `hook` answers a request before the default handlers do.
import { createHash, createHmac, X509Certificate } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtherCert {
  id: string;
  name: string;
  domain: string;
  sans: string;
  fingerprint: string;
  notAfter: Date;
  certificate: string;
}

export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
  headers: IncomingMessage['headers'];
  /** Why the signature was refused, when it was. */
  refused?: string;
}

export type Hook = (req: Seen, res: ServerResponse, mock: OtherScm) => boolean | Promise<boolean>;

export interface OtherScm {
  url: string;
  certs: OtherCert[];
  seen: Seen[];
  /** Pushes made: certificate id, service, project. */
  pushes: Array<{ id: string; service: string; project: string }>;
  hook?: Hook;
  /** offset counts items (default) or pages. */
  unit: 'items' | 'pages';
  /** The most a page holds whatever `limit` says. */
  pageCap: number;
  close(): Promise<void>;
  count(path: RegExp, method?: string): number;
}

const enc = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const dec = (s: string): string => decodeURIComponent(s.replace(/\+/g, ' '));

/** The verifier: undefined when the request's signature holds, else why not. */
export function verify(method: string, rawUrl: string, headers: IncomingMessage['headers'], body: string, sk: string, now = new Date()): string | undefined {
  const auth = String(headers.authorization ?? '');
  const m = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return `bad Authorization: ${auth}`;
  const signed = m[2]!.split(';');
  if (!signed.includes('host') || !signed.includes('x-sdk-date')) return `host and x-sdk-date must be signed: ${m[2]}`;
  if ([...signed].sort().join(';') !== m[2]) return 'SignedHeaders not sorted';
  const date = String(headers['x-sdk-date'] ?? '');
  const d = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date);
  if (!d) return `bad X-Sdk-Date ${date}`;
  const at = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +d[4]!, +d[5]!, +d[6]!);
  if (Math.abs(at - now.getTime()) > 15 * 60_000) return 'signature expired';
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const search = q < 0 ? '' : rawUrl.slice(q + 1);
  let uri = path.split('/').map((s) => enc(decodeURIComponent(s))).join('/');
  if (!uri.endsWith('/')) uri += '/';
  const pairs = search === '' ? [] : search.split('&').map((p) => { const i = p.indexOf('='); return i < 0 ? [dec(p), ''] : [dec(p.slice(0, i)), dec(p.slice(i + 1))]; });
  pairs.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0));
  const query = pairs.map(([k, v]) => `${enc(k!)}=${enc(v!)}`).join('&');
  const lines: string[] = [];
  for (const name of signed) {
    const v = headers[name];
    if (v === undefined) return `signed header ${name} missing`;
    lines.push(`${name}:${String(v).trim()}\n`);
  }
  const payload = createHash('sha256').update(body).digest('hex');
  const canonical = [method, uri, query, lines.join(''), m[2], payload].join('\n');
  const toSign = `SDK-HMAC-SHA256\n${date}\n${createHash('sha256').update(canonical).digest('hex')}`;
  const want = createHmac('sha256', sk).update(toSign).digest('hex');
  return want === m[3] ? undefined : `signature mismatch; canonical request was ${JSON.stringify(canonical)}`;
}

/** `2026-05-27 16:46:25.0` in UTC+8, as the docs show expire_time. */
export const scmTime = (d: Date): string => `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')}.0`;

export function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): true {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'X-Request-Id': createHash('md5').update(String(Math.random())).digest('hex'), ...headers });
  res.end(text);
  return true;
}

let clock = 1_700_000_000_000;

/** Stores a certificate as ImportCertificate would; its id. */
export function store(mock: OtherScm, name: string, pem: string): OtherCert {
  const x = new X509Certificate(pem);
  const sans = (x.subjectAltName ?? '').split(', ').filter((s) => s.startsWith('DNS:')).map((s) => s.slice(4));
  const cn = /CN=([^\n]+)/.exec(x.subject)?.[1] ?? sans[0] ?? '';
  const c: OtherCert = { id: `scs${clock++}`, name, domain: cn, sans: sans.join(';'), fingerprint: x.fingerprint.replace(/:/g, ''), notAfter: new Date(x.validTo), certificate: pem };
  mock.certs.push(c);
  return c;
}

export const listItem = (c: OtherCert): Record<string, unknown> => ({ id: c.id, name: c.name, domain: c.domain, sans: c.sans, type: 'DV_SSL_CERT', brand: 'OTHERS', expire_time: scmTime(c.notAfter), domain_type: 'MULTI_DOMAIN', validity_period: 3, status: 'UPLOAD', domain_count: 2, wildcard_count: 0, description: null, deploy_support: true });

async function handle(mock: OtherScm, sk: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', 'http://x');
  const seen: Seen = { method: req.method ?? '', path: url.pathname, query: url.searchParams, body, headers: req.headers };
  const refused = verify(seen.method, req.url ?? '/', req.headers, body, sk);
  if (refused) seen.refused = refused;
  mock.seen.push(seen);
  if (refused) return void send(res, 401, { error_code: 'APIGW.0301', error_msg: `Incorrect IAM authentication information: ${refused}` });
  if (mock.hook && (await mock.hook(seen, res, mock))) return;
  const json = (): Record<string, unknown> => (body ? JSON.parse(body) : {});
  const one = /^\/v3\/scm\/certificates\/(scs\d+)(\/\w[\w-]*)?$/.exec(url.pathname);
  if (req.method === 'POST' && url.pathname === '/v3/scm/certificates/import') {
    const b = json() as { name: string; certificate: string };
    return void send(res, 200, { certificate_id: store(mock, b.name, b.certificate).id });
  }
  if (req.method === 'GET' && url.pathname === '/v3/scm/certificates') {
    const content = url.searchParams.get('content') ?? '';
    const dir = url.searchParams.get('sort_dir') === 'ASC' ? 1 : -1;
    const key = url.searchParams.get('sort_key') === 'certExpiredTime' ? (c: OtherCert) => c.notAfter.getTime() : (c: OtherCert) => Number(c.id.slice(3));
    const all = mock.certs.filter((c) => !content || c.name.includes(content) || c.domain.includes(content)).sort((a, b) => dir * (key(a) - key(b)));
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 10), mock.pageCap);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    if (offset > 100) return void send(res, 400, { error_code: 'SCM.0001', error_msg: 'offset out of range' });
    const start = mock.unit === 'items' ? offset : offset * limit;
    return void send(res, 200, { certificates: all.slice(start, start + limit).map(listItem), total_count: all.length });
  }
  if (one && !one[2] && req.method === 'GET') {
    const c = mock.certs.find((x) => x.id === one[1]);
    if (!c) return void send(res, 404, { error_code: 'SCM.0002', error_msg: 'certificate not found' });
    return void send(res, 200, { ...listItem(c), fingerprint: c.fingerprint, not_after: scmTime(c.notAfter), push_support: 'ON', enterprise_project_id: '0' });
  }
  if (one && !one[2] && req.method === 'DELETE') {
    const i = mock.certs.findIndex((x) => x.id === one[1]);
    if (i < 0) return void send(res, 404, { error_code: 'SCM.0002', error_msg: 'certificate not found' });
    mock.certs.splice(i, 1);
    return void send(res, 204);
  }
  if (one && one[2] === '/push' && req.method === 'POST') {
    const b = json() as { target_service: string; target_project: string };
    mock.pushes.push({ id: one[1]!, service: b.target_service.toUpperCase(), project: b.target_project });
    return void send(res, 204);
  }
  if (one && one[2] === '/batch-push' && req.method === 'POST') {
    const b = json() as { target_service: string; target_projects: string[] };
    for (const p of b.target_projects) mock.pushes.push({ id: one[1]!, service: b.target_service.toUpperCase(), project: p });
    return void send(res, 200, { results: b.target_projects.map((p) => ({ project_name: p, cert_id: `scs${clock++}`, message: 'success' })) });
  }
  if (req.method === 'POST' && url.pathname === '/v3/scm/deployed-resources') {
    const b = json() as { certificate_ids: string[] };
    const results = b.certificate_ids.map((id) => {
      const mine = mock.pushes.filter((p) => p.id === id);
      const services = [...new Set(mine.map((p) => p.service))];
      return {
        certificate_id: id, total_num: mine.length,
        deployed_resources: services.map((s) => {
          const rows = mine.filter((p) => p.service === s);
          return { service: s, resource_num: rows.length, resource_location: s === 'CDN' ? 'global' : 'regional', region_resources: rows.map((p, i) => ({ region_id: s === 'CDN' ? 'global' : p.project, is_error: false, resources: [{ resource_id: `${s.toLowerCase()}-${i}`, resource_name: `copy-${i}` }] })) };
        }),
      };
    });
    return void send(res, 200, { results });
  }
  send(res, 404, { error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment' });
}

export async function startOtherScm(sk: string): Promise<OtherScm> {
  let server: Server;
  const mock: OtherScm = {
    url: '', certs: [], seen: [], pushes: [], unit: 'items', pageCap: 50,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
    count: (path, method) => mock.seen.filter((s) => path.test(s.path) && (!method || s.method === method)).length,
  };
  server = createServer((req, res) => void handle(mock, sk, req, res).catch((e: unknown) => send(res, 500, { error_code: 'MOCK.0500', error_msg: String(e) })));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  mock.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return mock;
}

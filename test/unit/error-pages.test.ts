// Error answers that are not SCM's JSON: an HTML page is quoted by its <title> (or its text), not as markup;
// a 401/403 without a code still gets the credentials hint; a 3xx names where it pointed and the endpoint to
// check. hunt4-api finding 10.
import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/api/error-body.js';
import { ScmApiError } from '../../src/api/errors.js';
import { BadResponseError } from '../../src/api/exchange-errors.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testClient } from '../helpers/emulator.js';

const PAGE = '<!DOCTYPE html><html><head><style>body{margin:0}</style><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>';

describe('pages that are not SCM JSON', () => {
  it('pageText: the title, else the text without markup; anything else as it is', () => {
    expect(pageText(PAGE)).toBe('HTML: 502 Bad Gateway');
    expect(pageText('<html><body><style>p{}</style>404 Not Found</body></html>')).toBe('HTML: 404 Not Found');
    expect(pageText('plain words <b>')).toBe('plain words <b>');
  });

  it('a 404 HTML page is quoted by its title; a 403 page without a code gets the permission hint (English and Chinese)', async () => {
    const answers: Array<[number, string]> = [[404, PAGE.replace('502 Bad Gateway', 'Not here')], [403, '<html><body>Forbidden</body></html>']];
    const server = createServer((_req, res) => {
      const [status, body] = answers.shift()!;
      res.writeHead(status, { 'Content-Type': 'text/html' }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { client } = await testClient(url, { retries: 0 });
      const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as ScmApiError;
      expect(e.message.split('\n')[0]).toBe('SCM rejected reading the certificate: HTML: Not here (HTTP 404, no error code)');
      const { client: zh } = await testClient(url, { lang: 'zh' });
      const z = (await zh.listPage().catch((x: unknown) => x)) as ScmApiError;
      expect([z.exitCode, z.message, z.hint]).toEqual([3, expect.stringContaining('HTML: Forbidden'), '凭证可能有效，但无权执行此请求：请为其 IAM 用户授予上面的操作权限，并检查项目 ID 和 --endpoint']);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('a 3xx names its Location and points at the endpoint', async () => {
    const server = createServer((_req, res) => res.writeHead(301, { Location: 'https://elsewhere.example/v3/scm/certificates' }).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { client } = await testClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      const e = (await client.listPage().catch((x: unknown) => x)) as BadResponseError;
      expect([e.constructor, e.exitCode, e.message]).toEqual([BadResponseError, 5, 'SCM answered list with HTTP 301, a redirect to https://elsewhere.example/v3/scm/certificates, which scm does not follow']);
      expect(e.hint).toMatch(/^check the endpoint \(--endpoint, /);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

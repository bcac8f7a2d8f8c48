// The production HTTP server: Node's http.Server with bounded timeouts, in front of the request
// handler of Next's standalone build. It does what Next's generated `server.js` does (the same
// `getRequestHandlers` of next/dist/server/lib/start-server, the build's own configuration), and
// before and after Next.js the few things Next.js cannot do (docs/SECURITY.md, "The server in
// front of Next.js"):
//  - methods: only those the application answers reach Next.js; TRACE, CONNECT and the rest get a 405;
//  - client errors of Node's parser (broken request line, headers too large, timeout) get their
//    4xx with the security headers instead of Node's bare answer;
//  - page bodies: a declared length within the form limit, or 411/413 before a byte is read;
//  - the client's address for the rate limit, from the socket or the trusted proxies only;
//  - every response: no internal x-middleware-* header, the security headers even where Next.js
//    sends none (its trailing-slash redirect), and `private, no-store` on a redirect whose target
//    holds answers.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  CLIENT_ADDRESS_HEADER,
  DRAIN_LIMIT_BYTES,
  REQUEST_TIMEOUT_MS,
  TIMEOUT_CHECK_INTERVAL_MS,
  allowedMethods,
  bodyRefusal,
  clientAddress,
  clientErrorStatus,
  headerRules,
  isApiTarget,
  isInternalHeader,
  plainResponseHeaders,
  redirectCacheControl,
} from './policy.mjs';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Node's own status texts, for the responses written straight to the socket. */
const reason = (status) => http.STATUS_CODES[status] ?? 'Error';

/**
 * Starts the server of the standalone build in `dir` (its `distDir` folder holds the build) and
 * resolves once it listens. Returns { server, close() }.
 */
export async function startProductionServer({ dir, distDir = '.next', hostname, port, keepAliveTimeout, clientSettings, log = console.log }) {
  const buildDir = path.join(dir, distDir);
  const { config } = readJson(path.join(buildDir, 'required-server-files.json'));
  const headersFor = headerRules(readJson(path.join(buildDir, 'routes-manifest.json')));
  const plainHeaders = plainResponseHeaders(headersFor);
  const pageBodyLimit = config?.experimental?.serverActions?.bodySizeLimit;
  if (typeof pageBodyLimit !== 'number' || !Number.isSafeInteger(pageBodyLimit)) {
    throw new Error('next.config.ts must set experimental.serverActions.bodySizeLimit as a number of bytes');
  }

  // As Next's server.js does: the build's configuration, then Next.js itself, from the standalone folder.
  process.env.NODE_ENV = 'production';
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  process.chdir(dir);
  const require = createRequire(path.join(dir, 'server.js'));
  require('next');
  const { getRequestHandlers } = require('next/dist/server/lib/start-server');

  /**
   * Writes a complete response of the server's own: plain text for pages and files, the API's JSON
   * shape for the API. A request that still has a body to send is read and thrown away first, up
   * to DRAIN_LIMIT_BYTES (the response is complete on the wire from the start, by its
   * Content-Length): closing a socket with unread bytes in it makes the kernel reset the connection,
   * and the client would lose the answer. Past the limit the connection is closed.
   */
  function answer(req, res, status, text, { api = false, code = 'bad_request', extra = {} } = {}) {
    const body = api ? JSON.stringify({ error: code, message: text }) : `${text}\n`;
    res.writeHead(status, {
      ...plainHeaders,
      'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      ...(api ? { 'Access-Control-Allow-Origin': '*', 'Content-Language': 'en' } : {}),
      ...extra,
    });
    if (req.method !== 'HEAD') res.write(body);
    if (req.complete) return res.end();
    let read = 0;
    req.on('error', () => {});
    req.on('data', (chunk) => {
      read += chunk.length;
      if (read > DRAIN_LIMIT_BYTES) req.socket.destroy();
    });
    req.on('end', () => res.end());
  }

  /** Cleans every response as its headers go out (see the top of this file). */
  function watchResponse(res) {
    const writeHead = res.writeHead;
    res.writeHead = function (statusCode, ...args) {
      const statusMessage = typeof args[0] === 'string' ? args.shift() : undefined;
      const given = args[0];
      if (Array.isArray(given)) {
        const pairs = Array.isArray(given[0]) ? given : given.flatMap((v, i) => (i % 2 === 0 ? [[v, given[i + 1]]] : []));
        for (const [name, value] of pairs) this.appendHeader(name, value);
      } else if (given && typeof given === 'object') {
        for (const [name, value] of Object.entries(given)) if (value !== undefined) this.setHeader(name, value);
      }
      for (const name of this.getHeaderNames()) if (isInternalHeader(name)) this.removeHeader(name);
      if (!this.hasHeader('x-content-type-options')) {
        for (const [name, value] of Object.entries(plainHeaders)) if (!this.hasHeader(name)) this.setHeader(name, value);
      }
      const cacheControl = redirectCacheControl(statusCode, this.getHeader('location'));
      if (cacheControl) this.setHeader('Cache-Control', cacheControl);
      return statusMessage === undefined ? writeHead.call(this, statusCode) : writeHead.call(this, statusCode, statusMessage);
    };
  }

  let handleRequest = null;

  async function onRequest(req, res) {
    watchResponse(res);
    const api = isApiTarget(req.url);
    // HTTP/1.1 requires Host (Node would answer this itself, without the security headers).
    if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && req.headers.host === undefined) {
      return answer(req, res, 400, 'Bad request: no Host header.', { api });
    }
    const allow = allowedMethods(api);
    if (!allow.includes(req.method)) {
      const method = /^[A-Z-]{1,16}$/.test(req.method) ? req.method : '?';
      return answer(req, res, 405, api ? `This endpoint does not accept the method ${method}. Allowed: ${allow.join(', ')}.` : `Method not allowed: this address accepts ${allow.join(', ')}.`, {
        api,
        code: 'method_not_allowed',
        extra: { Allow: allow.join(', ') },
      });
    }
    const refusal = bodyRefusal(api, req.headers, pageBodyLimit);
    if (refusal) return answer(req, res, refusal.status, refusal.text);
    // Whatever the client wrote in this header is replaced (lib/server/rate-limit.ts reads it).
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers, clientSettings);
    try {
      await handleRequest(req, res);
    } catch (error) {
      // Never the address: it holds the visitor's answers.
      log(`[serve] unexpected ${error?.constructor?.name ?? typeof error} while handling a ${req.method} request`);
      if (!res.headersSent) answer(req, res, 500, 'Internal server error.', { api, code: 'internal_error' });
      else res.destroy();
    }
  }

  const server = http.createServer(
    {
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
      requireHostHeader: false, // checked in onRequest, to answer with the security headers
    },
    (req, res) => void onRequest(req, res),
  );
  if (keepAliveTimeout !== undefined) server.keepAliveTimeout = keepAliveTimeout;

  /** A response written straight to a socket (no request object: the parser refused it, or CONNECT). */
  function writeRaw(socket, status, text, extra = {}) {
    const body = `${text}\n`;
    const headers = { ...plainHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), Connection: 'close', ...extra };
    const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n');
    socket.write(`HTTP/1.1 ${status} ${reason(status)}\r\n${head}\r\n\r\n${body}`);
  }

  // As Node's own handler (lib/_http_server.js socketOnError), with the security headers and a text.
  server.on('clientError', (error, socket) => {
    if (socket.writable && (!socket._httpMessage || !socket._httpMessage.headersSent)) {
      const status = clientErrorStatus(error.code);
      const texts = {
        405: 'Method not allowed.',
        408: 'Request timeout: the request was not complete in time.',
        413: 'Payload too large.',
        431: 'Request header fields too large.',
      };
      writeRaw(socket, status, texts[status] ?? 'Bad request.', status === 405 ? { Allow: 'GET, HEAD, POST' } : {});
    }
    socket.destroy();
  });
  server.on('connect', (_req, socket) => {
    socket.on('error', () => {});
    writeRaw(socket, 405, 'Method not allowed.', { Allow: 'GET, HEAD, POST' });
    socket.destroy();
  });

  const handlers = await getRequestHandlers({ dir, port, hostname, isDev: false, server, keepAliveTimeout, minimalMode: false });
  handleRequest = handlers.requestHandler;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });

  let closing = null;
  /** Stops taking connections, lets the requests in progress finish (at most `graceMs`), then stops Next.js. */
  function close(graceMs = 10_000) {
    closing ??= (async () => {
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          server.closeAllConnections();
          resolve();
        }, graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      await handlers.server?.close?.().catch?.(() => {});
    })();
    return closing;
  }

  return { server, close };
}

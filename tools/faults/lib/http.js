// Two HTTP clients. `request` is an ordinary one (node:http) that never throws: a failure to connect or a dropped
// connection is an answer too (`error`). `rawRequest` writes the exact bytes given on a fresh connection, for
// requests an ordinary client refuses to send (bad header bytes, NUL in the path, lying Content-Length).
import http from 'node:http';
import net from 'node:net';

export const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function request({ base, method = 'GET', path, headers = {}, body, timeoutMs = 60_000, agent = keepAlive, onSent }) {
  const started = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer) => {
      if (settled) return;
      settled = true;
      resolve({ ms: Date.now() - started, ...answer });
    };
    let req;
    try {
      const url = new URL(path, base);
      req = http.request({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent });
    } catch (error) {
      done({ error: `client: ${error.code ?? error.message}` });
      return;
    }
    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error('timeout'));
    });
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', (error) => done({ error: error.code ?? error.message, status: res.statusCode, partial: true }));
      res.on('aborted', () => done({ error: 'ECONNRESET', status: res.statusCode, partial: true }));
    });
    req.on('error', (error) => done({ error: error.code ?? error.message }));
    if (onSent) req.on('finish', onSent);
    req.end(body);
  });
}

/**
 * Sends `head` (the request line and headers, as given) and then `body` (a Buffer, or a function writing to the
 * socket) on a new connection, and reads the answer to the end (the request says Connection: close).
 */
export function rawRequest({ host = '127.0.0.1', port, head, body, timeoutMs = 60_000 }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const chunks = [];
    let writeError;
    let settled = false;
    const finish = (error) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      const answer = parseResponse(Buffer.concat(chunks));
      resolve({ ms: Date.now() - started, ...answer, error: answer.status ? undefined : (error ?? writeError ?? 'no answer') });
    };
    socket.setTimeout(timeoutMs, () => finish('timeout'));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const answer = parseResponse(Buffer.concat(chunks));
      if (answer.complete) finish();
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    socket.on('error', (error) => {
      if (chunks.length === 0) writeError = error.code ?? error.message;
      // An answer may already be on its way (413 before the body ends): keep reading what arrived.
      setTimeout(() => finish(error.code ?? error.message), 50);
    });
    socket.on('connect', async () => {
      try {
        socket.write(head);
        if (typeof body === 'function') await body(socket);
        else if (body) socket.write(body);
      } catch (error) {
        writeError = error.code ?? error.message;
      }
    });
  });
}

/** Parses an HTTP/1.1 answer from its bytes; `complete` once the whole body is there. */
export function parseResponse(bytes) {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return { complete: false };
  const lines = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const statusLine = /^HTTP\/\d\.\d (\d{3})/.exec(lines[0]);
  if (!statusLine) return { complete: false };
  const headers = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let rest = bytes.subarray(end + 4);
  let complete = false;
  let body = rest;
  if (headers['transfer-encoding']?.toLowerCase().includes('chunked')) {
    const parts = [];
    let offset = 0;
    while (true) {
      const lineEnd = rest.indexOf('\r\n', offset);
      if (lineEnd < 0) break;
      const size = parseInt(rest.subarray(offset, lineEnd).toString('latin1'), 16);
      if (Number.isNaN(size)) break;
      if (size === 0) {
        complete = true;
        break;
      }
      if (rest.length < lineEnd + 2 + size) break;
      parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      offset = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  } else if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    complete = rest.length >= length;
    body = rest.subarray(0, length);
  }
  return { status: Number(statusLine[1]), headers, body, complete };
}

// Small helpers shared by the harness and the bad-input generator.
import { execFile, spawn } from 'node:child_process';
import net from 'node:net';
import crypto from 'node:crypto';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds since the run began, for every timestamp the reports print. */
const started = Date.now();
export const now = () => Date.now() - started;
export const secs = (ms) => (ms / 1000).toFixed(1);

export function log(...parts) {
  process.stderr.write(`[${secs(now()).padStart(6)} s] ${parts.join(' ')}\n`);
}

/** A port nobody listens on right now (other engineers run apps and databases on this machine). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to its end; rejects with its output when it fails. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      if (error) {
        error.message = `${command} ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`;
        reject(error);
      } else {
        resolve({ stdout, stderr });
      }
    });
  });
}

/**
 * Runs a command with its output shown (long builds and installs) on standard error, so that standard output holds
 * only the report; resolves with its exit code.
 */
export function runVisible(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', process.stderr, process.stderr], ...options });
    child.on('exit', (code) => resolve(code));
  });
}

export const secret = (bytes = 24) => crypto.randomBytes(bytes).toString('base64url');
export const uuid = () => crypto.randomUUID();

/** A deterministic pseudo-random generator (mulberry32), so that a run can be repeated with --seed. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[next.int(list.length)];
  next.weighted = (entries) => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  };
  return next;
}

/** Counts things by a key and prints them largest first. */
export class Counter {
  constructor() {
    this.map = new Map();
  }
  add(key, n = 1) {
    this.map.set(key, (this.map.get(key) ?? 0) + n);
  }
  get(key) {
    return this.map.get(key) ?? 0;
  }
  get total() {
    let sum = 0;
    for (const v of this.map.values()) sum += v;
    return sum;
  }
  entries() {
    return [...this.map.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  }
}

export const fmt = (n) => n.toLocaleString('en-US');

/** The problem type and title of an answer, or what it is when it is not a problem. */
export function answerKind(status, contentType, body) {
  const type = (contentType ?? '').split(';')[0].trim();
  if (type === 'application/problem+json') {
    try {
      const problem = JSON.parse(body.toString('utf8'));
      return `${status} ${problem.type ?? '(no type)'} "${problem.title ?? ''}"`;
    } catch {
      return `${status} problem+json that does not parse`;
    }
  }
  return `${status} ${type || '(no content type)'}${body.length === 0 ? ', empty body' : ''}`;
}

export const isProblem = (contentType) => (contentType ?? '').split(';')[0].trim() === 'application/problem+json';

export function snippet(buffer, max = 300) {
  const text = buffer.toString('utf8').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

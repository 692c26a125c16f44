// The start-up both commands share: Debian's PostgreSQL 15 (a cluster of the run's own), the packaged app on a
// free port against it with a bootstrap ADMIN token, and the clean-up of everything started, also on Ctrl-C.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App, ensureJar } from './app.js';
import { Database } from './postgres.js';
import { request } from './http.js';
import { log, run } from './util.js';
import { repositoryRoot } from './app.js';

const cleanups = [];
let cleaning;

export function onCleanup(fn) {
  cleanups.unshift(fn);
}

export function cleanUp() {
  cleaning ??= (async () => {
    for (const fn of cleanups) {
      try {
        await fn();
      } catch (error) {
        log(`clean-up step failed: ${error.message}`);
      }
    }
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    log(`${signal}: cleaning up`);
    await cleanUp();
    process.exit(130);
  });
}

export async function commitOfCode() {
  try {
    const { stdout } = await run('git', ['-C', repositoryRoot, 'log', '-1', '--format=%h %s']);
    const { stdout: dirty } = await run('git', ['-C', repositoryRoot, 'status', '--porcelain', '--', 'backend', 'frontend']);
    return `${stdout.trim().slice(0, 100)}${dirty.trim() ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** Starts PostgreSQL and the app; `appSettings` are extra environment variables for the app. */
export async function startEnvironment({ pgMode = 'own', keep = false, build = 'auto', appSettings = {}, javaOptions }) {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yingsu-faults-'));
  const database = new Database({ mode: pgMode, keep });
  onCleanup(() => database.tearDown());
  await ensureJar(build);
  await database.setUp();
  const app = new App({ env: { ...database.appEnv, ...appSettings }, logDir, javaOptions });
  onCleanup(async () => {
    await app.stop();
    if (!keep) fs.rmSync(logDir, { recursive: true, force: true });
    else log(`kept the app's logs in ${logDir}`);
  });
  await app.start();
  await app.waitReady();
  log(`app ready at ${app.url}`);
  return { database, app, logDir };
}

/** A JSON call that must succeed (fixtures); throws with the answer otherwise. */
export async function call(base, token, method, apiPath, body, headers = {}) {
  const answer = await request({
    base,
    method,
    path: apiPath,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  if (answer.error || answer.status >= 300) {
    throw new Error(`${method} ${apiPath} → ${answer.status ?? answer.error}: ${answer.body?.toString('utf8').slice(0, 500)}`);
  }
  const text = answer.body.toString('utf8');
  return { status: answer.status, headers: answer.headers, json: text ? JSON.parse(text) : null };
}

/** Runs a command's main: exit 0 when it returns true, 1 when false, 2 when it throws; cleans up in every case. */
export function runMain(main) {
  main()
    .then(async (ok) => {
      await cleanUp();
      process.exit(ok ? 0 : 1);
    })
    .catch(async (error) => {
      console.error(error.stack ?? error);
      await cleanUp();
      process.exit(2);
    });
}

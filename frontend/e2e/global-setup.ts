import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, chromiumMissingMessage } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminToken: string;
  }
}

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jar = process.env.YINGSU_APP_JAR ?? resolve(frontendDir, '../backend/target/quarkus-app/quarkus-run.jar');
const READY_TIMEOUT_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilReady(baseUrl: string, app: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) {
      throw new Error(`The app exited with code ${app.exitCode} before it was ready; see target/e2e/app.log`);
    }
    try {
      const response = await fetch(`${baseUrl}/q/health/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app was not ready within ${READY_TIMEOUT_MS / 1000} s; see target/e2e/app.log`);
}

function stop(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || app.pid === undefined) return Promise.resolve();
  return new Promise((done) => {
    const killer = setTimeout(() => app.kill('SIGKILL'), 20_000);
    app.once('exit', () => {
      clearTimeout(killer);
      done();
    });
    // SIGTERM lets the app stop its embedded PostgreSQL; a SIGKILL would orphan the postmaster.
    app.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject) {
  // Checked first and never skipped: a missing browser is a broken machine, not a passing test.
  if (!existsSync(CHROMIUM)) throw new Error(chromiumMissingMessage());

  const external = process.env.YINGSU_E2E_BASE_URL;
  const adminToken = process.env.YINGSU_E2E_ADMIN_TOKEN ?? `e2e-${crypto.randomUUID()}`;
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''));
    project.provide('adminToken', adminToken);
    return;
  }

  if (!existsSync(jar)) {
    throw new Error(`${jar} does not exist: package the app first (./mvnw -B package -DskipTests from the root).`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'yingsu-e2e-'));
  const logDir = resolve(frontendDir, 'target/e2e');
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, 'app.log'));

  const app = spawn('java', ['-jar', jar], {
    env: {
      ...process.env,
      YINGSU_DATA_DIR: dataDir,
      QUARKUS_HTTP_PORT: String(port),
      YINGSU_BOOTSTRAP_ADMIN_TOKEN: adminToken,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.pipe(log);
  app.stderr?.pipe(log);

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, app);
  } catch (error) {
    await stop(app);
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('adminToken', adminToken);

  return async () => {
    await stop(app);
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

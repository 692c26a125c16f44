// The packaged app (backend/target/quarkus-app/quarkus-run.jar): built when missing or older than the sources,
// started as a child process on a free port against the external PostgreSQL, killed and restarted on demand.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, log, runVisible, secret, sleep } from './util.js';
import { request } from './http.js';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const jarPath = path.join(repositoryRoot, 'backend/target/quarkus-app/quarkus-run.jar');

function newestFile(dir) {
  let newest = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'target' || entry.name === 'dist') continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return newest;
}

/** `build`: "auto" (when the jar is missing or older than backend/src or frontend/src), "always" or "never". */
export async function ensureJar(build = 'auto') {
  const exists = fs.existsSync(jarPath);
  const jarTime = exists ? fs.statSync(path.join(repositoryRoot, 'backend/target/quarkus-app/app')).mtimeMs : 0;
  const sources = Math.max(newestFile(path.join(repositoryRoot, 'backend/src/main')),
    newestFile(path.join(repositoryRoot, 'frontend/src')));
  const stale = !exists || sources > jarTime;
  if (build === 'never' || (build === 'auto' && !stale)) {
    if (!exists) throw new Error(`${jarPath} is missing (and --build=never)`);
    if (stale) log('warning: the jar is older than the sources (--build=never)');
    return;
  }
  log(`packaging the app (${exists ? 'older than the sources' : 'no jar yet'}): nice -n 5 ./mvnw -B -q package -DskipTests`);
  const code = await runVisible('nice', ['-n', '5', './mvnw', '-B', '-q', 'package', '-DskipTests'], { cwd: repositoryRoot });
  if (code !== 0 || !fs.existsSync(jarPath)) throw new Error('./mvnw -B package -DskipTests failed');
}

export class App {
  /** `env`: the database's variables and any other settings; the port and the bootstrap token are chosen here. */
  constructor({ env, logDir, javaOptions = ['-Xmx512m', '-XX:+UseSerialGC'] }) {
    this.env = env;
    this.logDir = logDir;
    this.javaOptions = javaOptions;
    this.adminToken = `faults-${secret(24)}`;
    this.adminPassword = `Fh-${secret(18)}`;
    this.starts = 0;
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    this.port ??= await freePort();
    this.starts += 1;
    const logFile = path.join(this.logDir, `app-${this.starts}.log`);
    const out = fs.openSync(logFile, 'a');
    this.process = spawn('java', [...this.javaOptions, '-jar', jarPath], {
      cwd: this.logDir,
      env: {
        ...process.env,
        ...this.env,
        QUARKUS_HTTP_PORT: String(this.port),
        YINGSU_BOOTSTRAP_ADMIN_TOKEN: this.adminToken,
        YINGSU_ADMIN_PASSWORD: this.adminPassword,
        YINGSU_DEMO: 'false',
      },
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    this.exit = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => {
        this.lastExit = { code, signal, at: Date.now() };
        resolve(this.lastExit);
      });
    });
    this.logFile = logFile;
    log(`app started (pid ${this.process.pid}, port ${this.port}, log ${logFile})`);
  }

  get running() {
    return this.process && this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Waits until /q/health/ready answers 200, or the process ends. */
  async waitReady(timeoutMs = 300_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`the app exited (${JSON.stringify(this.lastExit)}); see ${this.logFile}`);
      const answer = await request({ base: this.url, path: '/q/health/ready', timeoutMs: 2000 });
      if (answer.status === 200) return;
      await sleep(250);
    }
    throw new Error(`the app was not ready within ${timeoutMs / 1000} s; see ${this.logFile}`);
  }

  signal(name) {
    if (this.running) this.process.kill(name);
  }

  /** Ends the app: SIGTERM, and SIGKILL if it has not exited within the grace time. */
  async stop(graceMs = 30_000) {
    if (!this.running) return this.lastExit;
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    const exit = await this.exit;
    clearTimeout(timer);
    return exit;
  }
}

// Debian's PostgreSQL 15 as the app's external database: installed when missing, one cluster per run (so that
// restarting or stopping it never disturbs another engineer's database), a role and database of its own.
import fs from 'node:fs';
import pg from 'pg';
import { freePort, log, run, runVisible, secret, sleep } from './util.js';

const VERSION = '15';
const BINARIES = `/usr/lib/postgresql/${VERSION}/bin/postgres`;

export async function ensureInstalled() {
  if (fs.existsSync(BINARIES)) return;
  log('PostgreSQL 15 is missing: apt-get install -y postgresql');
  if ((await runVisible('apt-get', ['update'])) !== 0) throw new Error('apt-get update failed');
  const code = await runVisible('apt-get', ['install', '-y', 'postgresql'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (code !== 0 || !fs.existsSync(BINARIES)) throw new Error('apt-get install -y postgresql failed');
}

const psql = (port, sql) =>
  run('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-q', '-p', String(port), '-v', 'ON_ERROR_STOP=1', '-d', 'postgres', '-c', sql]);

const clusterPort = async (name) => {
  const { stdout } = await run('pg_lsclusters', ['-h']);
  const line = stdout.split('\n').map((l) => l.trim().split(/\s+/)).find((f) => f[0] === VERSION && f[1] === name);
  return line ? { port: Number(line[2]), status: line[3] } : null;
};

/**
 * The database of one run. `mode` "own" creates a throwaway cluster on a free port and drops it at the end; "main"
 * uses Debian's 15/main cluster (started if down) with a database of its own, dropped at the end; the faults then
 * restart that shared cluster.
 */
export class Database {
  constructor({ mode = 'own', keep = false } = {}) {
    this.mode = mode;
    this.keep = keep;
    this.cluster = mode === 'main' ? 'main' : `yingsu_faults_${process.pid}`;
    this.role = `yingsu_faults_${process.pid}`;
    this.database = this.role;
    this.password = secret(18);
  }

  async setUp() {
    await ensureInstalled();
    if (this.mode === 'main') {
      const existing = await clusterPort('main');
      if (!existing) await run('pg_createcluster', [VERSION, 'main']);
      this.port = (await clusterPort('main')).port;
    } else {
      this.port = await freePort();
      await run('pg_createcluster', [VERSION, this.cluster, '-p', String(this.port), '--start-conf=manual']);
      this.created = true;
    }
    await this.start();
    await psql(this.port, `create role ${this.role} login password '${this.password}'`);
    await psql(this.port, `create database ${this.database} owner ${this.role}`);
    const { stdout } = await run('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-At', '-p', String(this.port), '-d', 'postgres',
      '-c', "select version() || ' | fsync=' || current_setting('fsync') || ' synchronous_commit=' || current_setting('synchronous_commit')"]);
    this.version = stdout.trim();
    log(`PostgreSQL cluster ${VERSION}/${this.cluster} on port ${this.port}, database ${this.database}`);
  }

  get jdbcUrl() {
    return `jdbc:postgresql://127.0.0.1:${this.port}/${this.database}`;
  }

  get appEnv() {
    return {
      QUARKUS_DATASOURCE_JDBC_URL: this.jdbcUrl,
      QUARKUS_DATASOURCE_USERNAME: this.role,
      QUARKUS_DATASOURCE_PASSWORD: this.password,
    };
  }

  /** A client as the app's own role (the owner of every table). */
  async connect() {
    const client = new pg.Client({ host: '127.0.0.1', port: this.port, user: this.role, password: this.password,
      database: this.database });
    await client.connect();
    return client;
  }

  async start() {
    const state = await clusterPort(this.cluster);
    if (state?.status !== 'online') await run('pg_ctlcluster', [VERSION, this.cluster, 'start']);
    await this.waitAccepting();
  }

  async stop() {
    await run('pg_ctlcluster', [VERSION, this.cluster, 'stop', '-m', 'fast']);
  }

  async restart() {
    await run('pg_ctlcluster', [VERSION, this.cluster, 'restart', '-m', 'fast']);
    await this.waitAccepting();
  }

  async waitAccepting(timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        await run('pg_isready', ['-q', '-h', '127.0.0.1', '-p', String(this.port)]);
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`PostgreSQL on port ${this.port} does not accept connections`);
  }

  async tearDown() {
    if (this.keep) {
      log(`kept: cluster ${VERSION}/${this.cluster} port ${this.port}, database ${this.database}, role ${this.role}, password ${this.password}`);
      return;
    }
    try {
      if (this.created) {
        await run('pg_dropcluster', [VERSION, this.cluster, '--stop']);
      } else if (this.port) {
        await this.start();
        await psql(this.port, `drop database if exists ${this.database} with (force)`);
        await psql(this.port, `drop role if exists ${this.role}`);
      }
    } catch (error) {
      log(`could not clean up the database: ${error.message}`);
    }
  }
}

#!/usr/bin/env node
// Audit attribution through a transaction pooler (issue 19 item 3). Starts Debian's PgBouncer (installed when
// missing) in transaction pooling mode with two server connections in front of a PostgreSQL 15 cluster of the run's
// own, points the packaged app at it, lets several ADMIN tokens write at once, and checks in the database that every
// audit record names the token that made the change. See docs/operations.md, "Behind a connection pooler".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { App, ensureJar } from './lib/app.js';
import { Database } from './lib/postgres.js';
import { call, commitOfCode, onCleanup, runMain } from './lib/environment.js';
import { fmt, freePort, log, run, runVisible, secs, sleep } from './lib/util.js';

const HELP = `tools/faults/run pooler [options]
  --callers=N          ADMIN tokens writing at once (default 6)
  --writes=N           agencies each caller creates (default 40)
  --server-pool=N      PgBouncer's server connections (default_pool_size, default 2)
  --build=auto|always|never   package the app when the jar is missing or older than the sources (default auto)
  --keep               keep the cluster, PgBouncer's files and the app's logs
Exit status: 0 when every audit record names its writer, 1 when one does not, 2 when the tool itself failed.`;

const { values: opt } = parseArgs({
  options: {
    callers: { type: 'string', default: '6' },
    writes: { type: 'string', default: '40' },
    'server-pool': { type: 'string', default: '2' },
    build: { type: 'string', default: 'auto' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(HELP);
  process.exit(0);
}

async function ensurePgBouncer() {
  if (fs.existsSync('/usr/sbin/pgbouncer')) return;
  log('PgBouncer is missing: apt-get install -y pgbouncer');
  const code = await runVisible('apt-get', ['install', '-y', 'pgbouncer'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (code !== 0) throw new Error('apt-get install -y pgbouncer failed');
}

/** PgBouncer as the postgres user (it refuses root), transaction pooling, in a directory of the run's own. */
async function startPgBouncer(database, dir, serverPool) {
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'userlist.txt'), `"${database.role}" "${database.password}"\n`);
  fs.writeFileSync(path.join(dir, 'pgbouncer.ini'), [
    '[databases]',
    `${database.database} = host=127.0.0.1 port=${database.port} dbname=${database.database}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = scram-sha-256',
    `auth_file = ${path.join(dir, 'userlist.txt')}`,
    'pool_mode = transaction',
    `default_pool_size = ${serverPool}`,
    'max_client_conn = 200',
    // pgJDBC sends it at start-up; PgBouncer would otherwise refuse the connection.
    'ignore_startup_parameters = extra_float_digits',
    `logfile = ${path.join(dir, 'pgbouncer.log')}`,
    `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
    '',
  ].join('\n'));
  await run('chown', ['-R', 'postgres:postgres', dir]);
  const child = spawn('runuser', ['-u', 'postgres', '--', '/usr/sbin/pgbouncer', path.join(dir, 'pgbouncer.ini')],
    { stdio: 'ignore' });
  onCleanup(async () => {
    child.kill('SIGTERM');
    await sleep(200);
  });
  const { stdout } = await run('/usr/sbin/pgbouncer', ['--version']);
  for (let i = 0; i < 100; i++) {
    try {
      await run('pg_isready', ['-q', '-h', '127.0.0.1', '-p', String(port)]);
      log(`${stdout.split('\n')[0].trim()} on port ${port}: transaction pooling, ${serverPool} server connections`);
      return port;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`PgBouncer did not start; see ${path.join(dir, 'pgbouncer.log')}`);
}

async function main() {
  const callers = Number(opt.callers);
  const writes = Number(opt.writes);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yingsu-pooler-'));
  onCleanup(() => (opt.keep ? log(`kept ${dir}`) : fs.rmSync(dir, { recursive: true, force: true })));
  await ensureJar(opt.build);
  await ensurePgBouncer();
  const database = new Database({ keep: opt.keep });
  onCleanup(() => database.tearDown());
  await database.setUp();
  const bouncerPort = await startPgBouncer(database, dir, Number(opt['server-pool']));

  // Flyway migrates on a direct connection first; the run then goes through the pooler only.
  const direct = new App({ env: database.appEnv, logDir: dir });
  await direct.start();
  await direct.waitReady();
  await direct.stop();
  const app = new App({
    env: {
      ...database.appEnv,
      QUARKUS_DATASOURCE_JDBC_URL: `jdbc:postgresql://127.0.0.1:${bouncerPort}/${database.database}?prepareThreshold=0`,
    },
    logDir: dir,
  });
  app.adminToken = direct.adminToken;
  onCleanup(() => app.stop());
  await app.start();
  await app.waitReady();
  log(`app ready at ${app.url}, connected through PgBouncer`);

  const tokens = [];
  for (let i = 0; i < callers; i++) {
    const created = await call(app.url, app.adminToken, 'POST', '/api/tokens', { name: `pooler-${i}`, role: 'ADMIN',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    tokens.push({ actor: `token:${created.json.token.id}`, secret: created.json.secret });
  }
  const made = [];
  let failed = 0;
  const started = Date.now();
  await Promise.all(tokens.map(async (token, c) => {
    for (let i = 0; i < writes; i++) {
      const code = `PB-${process.pid}-${c}-${i}`;
      try {
        await call(app.url, token.secret, 'POST', '/api/agencies', { code, name: `连接池测试 ${c}-${i}`, kind: 'DEPARTMENT' });
        made.push({ code, actor: token.actor });
      } catch (error) {
        failed += 1;
        log(`write failed: ${error.message}`);
      }
    }
  }));
  const elapsed = Date.now() - started;

  const client = await database.connect();
  let records;
  let backends;
  try {
    records = (await client.query("select natural_key, actor from audit_log where entity = 'agency' and action = 'INSERT'"
      + ' and natural_key = any($1)', [made.map((m) => m.code)])).rows;
    backends = (await client.query('select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database.database])).rows[0].n;
  } finally {
    await client.end();
  }
  const byCode = new Map(records.map((r) => [r.natural_key, r.actor]));
  const missing = made.filter((m) => !byCode.has(m.code)).length;
  const wrong = made.filter((m) => byCode.has(m.code) && byCode.get(m.code) !== m.actor);

  console.log(`Audit attribution through PgBouncer (transaction pooling)
  code:                      ${await commitOfCode()}
  PostgreSQL:                ${database.version}
  app's pool → server:       16 connections → ${opt['server-pool']} PgBouncer server connections (${backends} backends seen at the end)
  callers writing at once:   ${callers} ADMIN tokens
  writes acknowledged:       ${fmt(made.length)} in ${secs(elapsed)} s (failed: ${failed})
  audit records found:       ${fmt(records.length)}
  naming their writer:       ${fmt(made.length - missing - wrong.length)}
  naming another caller:     ${fmt(wrong.length)}${wrong.length ? ` e.g. ${JSON.stringify(wrong.slice(0, 3))}` : ''}
  missing:                   ${fmt(missing)}
  verdict:                   ${wrong.length === 0 && missing === 0 && failed === 0 ? 'PASS' : 'FAIL'}`);
  return wrong.length === 0 && missing === 0 && failed === 0;
}

runMain(main);

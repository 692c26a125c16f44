#!/usr/bin/env node
// Two instances on one database (issue 19 item 6). Starts a PostgreSQL 15 cluster of the run's own, two packaged app
// instances on it behind Debian's HAProxy (round robin, health check on /q/health/ready), checks that a login
// throttled through one instance is throttled on the other, pushes court intake batches through the proxy with an
// Idempotency-Key each (retried with the same key and body until they have an answer), kills one instance with
// SIGKILL mid-load, and then checks in the database that every acknowledged case and hearing is there exactly once and
// that the hearing-warning job, which both instances run every two seconds, notified each warning once.
// See docs/operations.md, "Two instances".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { App, ensureJar } from './lib/app.js';
import { Database } from './lib/postgres.js';
import { request } from './lib/http.js';
import { call, commitOfCode, onCleanup, runMain } from './lib/environment.js';
import { Counter, fmt, freePort, log, run, runVisible, secs, sleep, uuid } from './lib/util.js';

const HELP = `tools/faults/run twin [options]
  --clients=N          retrying clients sending intake batches through the proxy (default 4)
  --duration=SECONDS   how long the clients send new batches (default 60)
  --batch-size=N       cases per intake batch, one scheduled hearing each (default 10)
  --kill-after=SECONDS when instance B gets SIGKILL, counted from the start of the load (default 20)
  --build=auto|always|never   package the app when the jar is missing or older than the sources (default auto)
  --keep               keep the cluster, HAProxy's configuration and the apps' logs
Exit status: 0 when every verdict passes, 1 when one fails, 2 when the tool itself failed.`;

const { values: opt } = parseArgs({
  options: {
    clients: { type: 'string', default: '4' },
    duration: { type: 'string', default: '60' },
    'batch-size': { type: 'string', default: '10' },
    'kill-after': { type: 'string', default: '20' },
    build: { type: 'string', default: 'auto' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(HELP);
  process.exit(0);
}

const COURT = '重庆市渝北区人民法院';
const RUN = `TW${Date.now().toString(36).toUpperCase()}`;
const IN_FLIGHT = 'urn:yingsu:problem:idempotency-key-in-flight';
// What EmailNotifier logs once per agency and refresh when e-mail is on and nobody has an address: the job's one
// effect that is not idempotent, so a refresh run twice at once shows here as warnings "sent" twice.
const NOT_SENT = /No e-mail address for (\S+) or the bureau: (\d+) warnings not sent/;

async function ensureHaproxy() {
  if (fs.existsSync('/usr/sbin/haproxy')) return;
  log('HAProxy is missing: apt-get install -y haproxy');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let code = await runVisible('apt-get', ['install', '-y', 'haproxy'], { env });
  if (code !== 0 && (await runVisible('apt-get', ['update'])) === 0) {
    code = await runVisible('apt-get', ['install', '-y', 'haproxy'], { env });
  }
  if (code !== 0) throw new Error('apt-get install -y haproxy failed');
}

/** HAProxy in the foreground, round robin over the two instances, each checked on /q/health/ready every second. */
async function startHaproxy(dir, apps) {
  const port = await freePort();
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, [
    'global',
    '  maxconn 256',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 90s',
    '  timeout server 90s',
    // Only a connection that could not be made is tried on the other instance: a request that reached one is never
    // sent again by the proxy; the client decides, with its Idempotency-Key.
    '  retries 2',
    '  option redispatch',
    'frontend twin',
    `  bind 127.0.0.1:${port}`,
    '  default_backend yingsu',
    'backend yingsu',
    '  balance roundrobin',
    '  option httpchk GET /q/health/ready',
    '  http-check expect status 200',
    '  http-response set-header X-Twin-Server %s',
    ...apps.map((app, i) => `  server ${'AB'[i]} 127.0.0.1:${app.port} check inter 1s fall 2 rise 2`),
    '',
  ].join('\n'));
  const out = fs.openSync(path.join(dir, 'haproxy.log'), 'a');
  const child = spawn('/usr/sbin/haproxy', ['-db', '-f', file], { stdio: ['ignore', out, out] });
  fs.closeSync(out);
  onCleanup(async () => {
    child.kill('SIGTERM');
    await sleep(200);
  });
  const { stdout } = await run('/usr/sbin/haproxy', ['-v']);
  for (let i = 0; i < 100; i++) {
    const answer = await request({ base: `http://127.0.0.1:${port}`, path: '/q/health/ready', timeoutMs: 2000, agent: false });
    if (answer.status === 200) {
      log(`${stdout.split('\n')[0].trim()} on port ${port}: round robin over A and B`);
      return { port, url: `http://127.0.0.1:${port}` };
    }
    await sleep(200);
  }
  throw new Error(`HAProxy did not answer; see ${path.join(dir, 'haproxy.log')}`);
}

const login = (base, password) => request({
  base, method: 'POST', path: '/api/auth/login', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password }), agent: false,
});

/** Failed logins through A only, then the right password through B: B must refuse to even check it. */
async function loginThrottle(a, b) {
  const failures = [];
  for (let i = 0; i < 4; i++) failures.push((await login(a.url, `wrong-${i}-password`)).status);
  const onB = await login(b.url, a.adminPassword);
  const shared = onB.status === 429 && Number(onB.headers['retry-after']) > 0;
  return {
    shared,
    text: `through A: ${failures.join(', ')}; then the right password through B: ${onB.status}`
      + `${onB.headers?.['retry-after'] ? ` (Retry-After ${onB.headers['retry-after']} s)` : ''}`,
  };
}

function caseDocument(agency, caseNumber, scheduledAt) {
  return {
    court: COURT, caseNumber, trialLevel: 'FIRST_INSTANCE', filedOn: '2024-01-05', causeOfAction: '行政处罚',
    plaintiffs: ['双实例演练原告'], defendants: [agency], mandatoryCategories: [],
    hearings: [{
      scheduledAt, status: 'SCHEDULED',
      notices: [{ number: caseNumber.replace(/号$/, '号之一'), agencyCode: agency, servedOn: '2024-02-20' }],
      appearances: [], delegations: [],
    }],
  };
}

const stats = { requests: 0, byServer: new Counter(), byAnswer: new Counter(), retried: 0 };

/** One batch, one key, retried with the same key and body until a final answer or the deadline. */
async function send(proxy, token, batch, deadline) {
  const key = uuid();
  const body = JSON.stringify(batch.cases);
  let backoff = 100;
  let attempts = 0;
  while (Date.now() < deadline) {
    attempts += 1;
    const answer = await request({
      base: proxy.url, method: 'POST', path: '/api/intake/cases', body,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': key },
    });
    stats.requests += 1;
    const server = answer.headers?.['x-twin-server'] ?? '-';
    stats.byAnswer.add(answer.error ? answer.error : `${answer.status}`);
    let inFlight = false;
    if (answer.status === 409) {
      try {
        inFlight = JSON.parse(answer.body.toString('utf8')).type === IN_FLIGHT;
      } catch {
        inFlight = false;
      }
    }
    if (!answer.error && answer.status < 500 && answer.status !== 429 && !inFlight) {
      stats.byServer.add(server);
      if (attempts > 1) stats.retried += 1;
      batch.state = answer.status < 300 ? 'acknowledged' : `rejected ${answer.status}`;
      batch.server = server;
      if (answer.status >= 300) log(`batch rejected: ${answer.status} ${answer.body.toString('utf8').slice(0, 300)}`);
      return batch;
    }
    const retryAfter = Number(answer.headers?.['retry-after']);
    await sleep(retryAfter > 0 ? retryAfter * 1000 : backoff * (0.5 + Math.random()));
    backoff = Math.min(backoff * 2, 2000);
  }
  batch.state = 'unresolved';
  return batch;
}

function notSentIn(logFiles) {
  const perAgency = new Counter();
  let warnings = 0;
  let lines = 0;
  for (const file of logFiles) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const m = NOT_SENT.exec(line);
      if (!m || !m[1].includes(RUN)) continue;
      lines += 1;
      warnings += Number(m[2]);
      perAgency.add(m[1], Number(m[2]));
    }
  }
  return { lines, warnings, perAgency };
}

async function main() {
  const clients = Number(opt.clients);
  const duration = Number(opt.duration) * 1000;
  const batchSize = Number(opt['batch-size']);
  const killAfter = Number(opt['kill-after']) * 1000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yingsu-twin-'));
  onCleanup(() => (opt.keep ? log(`kept ${dir}`) : fs.rmSync(dir, { recursive: true, force: true })));
  await ensureJar(opt.build);
  await ensureHaproxy();
  const database = new Database({ keep: opt.keep });
  onCleanup(() => database.tearDown());
  await database.setUp();

  const settings = {
    ...database.appEnv,
    // Both instances run the warning job every two seconds, so that they compete for it throughout the load.
    YINGSU_SUPERVISION_REFRESH_EVERY: '2s',
    YINGSU_SUPERVISION_FIRST_REFRESH_AFTER: '2s',
    YINGSU_SUPERVISION_EMAIL_ENABLED: 'true',
    // A minute's wait after the free failures, so that the throttle check cannot pass by luck of timing.
    YINGSU_SECURITY_LOGIN_FIRST_DELAY: 'PT1M',
  };
  const javaOptions = ['-Xmx384m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];
  const a = new App({ env: settings, logDir: path.join(dir, 'A'), javaOptions });
  const b = new App({ env: settings, logDir: path.join(dir, 'B'), javaOptions });
  fs.mkdirSync(a.logDir);
  fs.mkdirSync(b.logDir);
  b.adminToken = a.adminToken;
  b.adminPassword = a.adminPassword;
  onCleanup(() => a.stop());
  onCleanup(() => b.stop());
  // A migrates the schema first; B then starts on a migrated one, as a second replica does.
  await a.start();
  await a.waitReady();
  await b.start();
  await b.waitReady();
  log(`instances ready: A ${a.url}, B ${b.url}`);
  const proxy = await startHaproxy(dir, [a, b]);
  await sleep(2500);

  const throttle = await loginThrottle(a, b);
  log(`login throttle: ${throttle.text}`);

  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const court = await call(proxy.url, a.adminToken, 'POST', '/api/tokens', { name: `${RUN} court`, role: 'COURT', court: COURT, expiresAt });
  const agencies = [];
  for (let c = 0; c < clients; c++) {
    const code = `${RUN}-C${c}`;
    await call(proxy.url, a.adminToken, 'POST', '/api/agencies', { code, name: `双实例演练机关${RUN}-${c}`, kind: 'DEPARTMENT' });
    agencies.push(code);
  }
  // Tomorrow at 09:30 Beijing time: inside the three days the warnings look ahead.
  const tomorrow = new Date(Date.now() + 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  const scheduledAt = `${tomorrow}T09:30:00+08:00`;

  const batches = [];
  const started = Date.now();
  const stopAt = started + duration;
  const drainUntil = stopAt + 120_000;
  let killedAt;
  const killer = (async () => {
    await sleep(killAfter);
    b.signal('SIGKILL');
    await b.exit;
    killedAt = Date.now() - started;
    log(`instance B killed (SIGKILL) ${secs(killedAt)} s into the load`);
  })();
  await Promise.all(agencies.map(async (agency, c) => {
    let n = 0;
    while (Date.now() < stopAt) {
      const cases = Array.from({ length: batchSize }, () => {
        n += 1;
        return caseDocument(agency, `（2025）渝0112行初${agency}N${n}号`, scheduledAt);
      });
      const batch = { client: c, cases, numbers: cases.map((x) => x.caseNumber) };
      batches.push(batch);
      await send(proxy, court.json.secret, batch, drainUntil);
    }
  }));
  await killer;
  const loadMs = Date.now() - started;
  log(`load over: ${fmt(batches.length)} batches in ${secs(loadMs)} s`);

  // The job's last ticks: wait until every acknowledged hearing has its warning notified (A alone runs it now).
  const db = await database.connect();
  const acknowledged = batches.filter((x) => x.state === 'acknowledged').flatMap((x) => x.numbers);
  const unresolved = batches.filter((x) => x.state === 'unresolved').flatMap((x) => x.numbers);
  const rejected = batches.filter((x) => x.state.startsWith('rejected')).length;
  let result;
  try {
    const hearingsOf = `from litigation_case c join hearing h on h.case_id = c.id where c.court = $1 and c.case_number like $2`;
    for (let i = 0; i < 60; i++) {
      const { rows } = await db.query(`select count(*)::int hearings, count(w.id)::int warned,
          count(w.notified_at)::int notified ${hearingsOf.replace('where', 'left join hearing_warning w on w.hearing_id = h.id where')}`,
      [COURT, `%${RUN}%`]);
      if (rows[0].hearings > 0 && rows[0].notified === rows[0].hearings) break;
      await sleep(1000);
    }
    const copies = new Map();
    const { rows } = await db.query(`select c.case_number, count(distinct c.id)::int cases, count(distinct h.id)::int hearings
        from litigation_case c left join hearing h on h.case_id = c.id
       where c.court = $1 and c.case_number like $2 group by c.case_number`, [COURT, `%${RUN}%`]);
    for (const row of rows) copies.set(row.case_number, row);
    const lost = acknowledged.filter((n) => !copies.has(n));
    const duplicated = [...copies.values()].filter((r) => r.cases !== 1 || r.hearings !== 1);
    const warnings = (await db.query(`select count(*)::int n, count(notified_at)::int notified from hearing_warning w
        join hearing h on h.id = w.hearing_id join litigation_case c on c.id = h.case_id
       where c.court = $1 and c.case_number like $2`, [COURT, `%${RUN}%`])).rows[0];
    const audited = (await db.query(`select count(*)::int n, count(distinct natural_key)::int keys from audit_log
       where entity = 'hearing_warning' and action = 'INSERT'`)).rows[0];
    const stuck = (await db.query("select count(*)::int n from idempotency_key where state = 'IN_FLIGHT'")).rows[0].n;
    result = { copies, lost, duplicated, warnings, audited, stuck };
  } finally {
    await db.end();
  }
  const logsA = fs.readdirSync(a.logDir).map((f) => path.join(a.logDir, f));
  const logsB = fs.readdirSync(b.logDir).map((f) => path.join(b.logDir, f));
  const sentA = notSentIn(logsA);
  const sentB = notSentIn(logsB);
  const raisedBy = (files) => files.filter((f) => fs.existsSync(f)).flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))
    .filter((l) => /Hearing warnings: \d+ raised/.test(l)).length;

  const { copies, lost, duplicated, warnings, audited, stuck } = result;
  const createdOnce = acknowledged.filter((n) => copies.get(n)?.cases === 1 && copies.get(n)?.hearings === 1).length;
  const notifiedTotal = sentA.warnings + sentB.warnings;
  const verdicts = [
    ['every acknowledged case and hearing exactly once', lost.length === 0 && duplicated.length === 0 && rejected === 0
      && acknowledged.length > 0],
    ['no key left in flight', stuck === 0],
    ['every warning raised once and notified once', warnings.n === createdOnce + unresolved.filter((n) => copies.has(n)).length
      && warnings.notified === warnings.n && notifiedTotal === warnings.n && audited.n === audited.keys],
    ['both instances served before the kill', stats.byServer.get('A') > 0 && stats.byServer.get('B') > 0],
    ['login throttling shared', throttle.shared],
  ];
  const ok = verdicts.every(([, pass]) => pass);
  console.log(`Two instances on one PostgreSQL behind HAProxy
  code:                        ${await commitOfCode()}
  PostgreSQL:                  ${database.version}
  instances:                   A and B (java ${javaOptions.join(' ')}), round robin, health check /q/health/ready
  login throttle:              ${throttle.text}
  load:                        ${clients} clients, ${fmt(batches.length)} intake batches of ${batchSize} in ${secs(loadMs)} s, ${fmt(stats.requests)} requests
  B killed (SIGKILL) at:       ${killedAt === undefined ? 'never' : `${secs(killedAt)} s`}
  answers:                     ${stats.byAnswer.entries().map(([k, v]) => `${v}× ${k}`).join('; ')}
  final answers by instance:   ${stats.byServer.entries().map(([k, v]) => `${k} ${v}`).join(', ')} (${stats.retried} after a retry)
  batches:                     ${fmt(batches.filter((x) => x.state === 'acknowledged').length)} acknowledged, ${rejected} rejected, ${batches.filter((x) => x.state === 'unresolved').length} unresolved
  acknowledged cases:          ${fmt(acknowledged.length)}; exactly once with one hearing ${fmt(createdOnce)}, lost ${lost.length}, duplicated ${duplicated.length}${duplicated.length ? ` e.g. ${JSON.stringify(duplicated.slice(0, 3))}` : ''}
  keys left in flight:         ${stuck}
  warning job (every 2 s on both): warnings ${fmt(warnings.n)}, notified ${fmt(warnings.notified)}; "not sent" notices logged by A ${fmt(sentA.warnings)} (${sentA.lines} lines), by B ${fmt(sentB.warnings)} (${sentB.lines} lines); refreshes that raised: A ${raisedBy(logsA)}, B ${raisedBy(logsB)}
  warning inserts audited:     ${fmt(audited.n)} for ${fmt(audited.keys)} warnings
${verdicts.map(([name, pass]) => `  ${pass ? 'PASS' : 'FAIL'}  ${name}`).join('\n')}
  verdict:                     ${ok ? 'PASS' : 'FAIL'}`);
  return ok;
}

runMain(main);

#!/usr/bin/env node
// Fault harness (issue 15, item 7). Starts the packaged app on a PostgreSQL 15 cluster of its own, drives retrying
// clients that send every write with an Idempotency-Key, injects faults in turn (PostgreSQL restarted, PostgreSQL
// stopped, the app killed with SIGKILL, the app sent SIGTERM during a 1,000-case batch), and then checks in the
// database that every acknowledged write is there exactly once. See docs/operations.md, "Fault harness".
import { parseArgs } from 'node:util';
import { request } from './lib/http.js';
import { call, commitOfCode, runMain, startEnvironment } from './lib/environment.js';
import { Counter, answerKind, fmt, isProblem, log, now, random, secs, sleep, snippet, uuid } from './lib/util.js';

const HELP = `tools/faults/run harness [options]
  --duration=SECONDS    how long clients send new writes (default 180)
  --clients=N           concurrent retrying clients, at most 8 on the shared machine (default 4)
  --faults=LIST         faults in turn, comma separated, from pg-restart, pg-stop, app-kill, app-term
                        (default all four; "none" for a run without faults)
  --stop-seconds=S      how long pg-stop keeps PostgreSQL down (default 10)
  --batch-size=N        cases per ordinary intake batch (default 25)
  --big-batch=N         cases in the batch that app-term interrupts (default 1000)
  --term-delay=MS       how long after the batch is sent the SIGTERM follows (default 300)
  --drain=SECONDS       after --duration, how long unfinished writes may still retry; ends as soon as every
                        write has its answer (default 360: longer than today's 5-minute in-flight lease)
  --park=SECONDS        a client that got only "409 in flight" for this long sets the write aside, goes on
                        with new ones and retries it after --duration (default 45)
  --pool=N              hearings made per client for appearances, delegations, documents, updates (default 300)
  --pg=own|main         own: a throwaway cluster 15/yingsu_faults_<pid> on a free port (default);
                        main: Debian's 15/main with a database of its own (the faults then hit that cluster)
  --build=auto|always|never   package the app when the jar is missing or older than the sources (default auto)
  --seed=N              the clients' choices (default: from the clock)
  --keep                keep the cluster, its database and the app's logs
Exit status: 0 when every verdict passes, 1 when one fails, 2 when the harness itself failed.`;

const { values: opt } = parseArgs({
  options: {
    duration: { type: 'string', default: '180' },
    clients: { type: 'string', default: '4' },
    faults: { type: 'string', default: 'pg-restart,pg-stop,app-kill,app-term' },
    'stop-seconds': { type: 'string', default: '10' },
    'batch-size': { type: 'string', default: '25' },
    'big-batch': { type: 'string', default: '1000' },
    'term-delay': { type: 'string', default: '300' },
    drain: { type: 'string', default: '360' },
    park: { type: 'string', default: '45' },
    pool: { type: 'string', default: '300' },
    pg: { type: 'string', default: 'own' },
    build: { type: 'string', default: 'auto' },
    seed: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(HELP);
  process.exit(0);
}
const FAULTS = ['pg-restart', 'pg-stop', 'app-kill', 'app-term'];
const settings = {
  duration: Number(opt.duration) * 1000,
  clients: Number(opt.clients),
  faults: opt.faults === 'none' ? [] : opt.faults.split(',').map((f) => f.trim()).filter(Boolean),
  stopSeconds: Number(opt['stop-seconds']),
  batchSize: Number(opt['batch-size']),
  bigBatch: Number(opt['big-batch']),
  termDelay: Number(opt['term-delay']),
  drain: Number(opt.drain) * 1000,
  park: Number(opt.park) * 1000,
  pool: Number(opt.pool),
  seed: Number(opt.seed ?? Date.now() % 1_000_000),
};
for (const f of settings.faults) if (!FAULTS.includes(f)) throw new Error(`unknown fault ${f}; known: ${FAULTS.join(', ')}`);
if (!(settings.clients >= 1 && settings.clients <= 16)) throw new Error('--clients must be 1 to 16');

const COURT = '重庆市渝北区人民法院';
const RUN = `FH${Date.now().toString(36).toUpperCase()}`;
const IN_FLIGHT = 'urn:yingsu:problem:idempotency-key-in-flight';

// ---------------------------------------------------------------------------------------------------------------
// What was seen: every HTTP attempt of the clients, classified.
const stats = {
  requests: 0,
  byStatus: new Counter(),
  fiveXX: [], // {at, kind, op}
  nonProblem: new Counter(), // kind → count, for error answers that are not problem+json
  nonProblemExamples: new Map(),
  connectionErrors: new Counter(),
  inFlight: 0,
  inFlightWithRetryAfter: 0,
  readinessPolls: 0,
};
const ops = [];
const faultLog = []; // {name, at, done, recoveredAt, notes[]}
const readiness = []; // transitions {at, state, detail}

function observe(op, answer) {
  stats.requests += 1;
  if (answer.error) {
    stats.connectionErrors.add(answer.error);
    return;
  }
  const contentType = answer.headers['content-type'];
  stats.byStatus.add(answer.status);
  if (answer.status >= 500) {
    stats.fiveXX.push({ at: now(), kind: answerKind(answer.status, contentType, answer.body), op: op.type });
  }
  if (answer.status >= 400 && !isProblem(contentType)) {
    const kind = answerKind(answer.status, contentType, answer.body);
    stats.nonProblem.add(kind);
    if (!stats.nonProblemExamples.has(kind)) {
      stats.nonProblemExamples.set(kind, `${op.method} ${op.path.split('?')[0]} → ${snippet(answer.body, 200) || '(empty)'}`);
    }
  }
}

const problemType = (answer) => {
  try {
    return JSON.parse(answer.body.toString('utf8')).type;
  } catch {
    return undefined;
  }
};

// ---------------------------------------------------------------------------------------------------------------
// The writes. Each operation is one logical write: one Idempotency-Key, one body, retried until it has an answer.
function caseDocument(agency, principal, caseNumber, withAppearance = true) {
  return {
    court: COURT, caseNumber, trialLevel: 'FIRST_INSTANCE', filedOn: '2024-01-05', causeOfAction: '行政处罚',
    plaintiffs: ['故障演练原告'], defendants: [agency], mandatoryCategories: [],
    hearings: [{
      scheduledAt: '2024-03-01T09:30:00+08:00', status: 'HELD',
      notices: [{ number: caseNumber.replace(/号$/, '号之一'), agencyCode: agency, servedOn: '2024-02-20' }],
      appearances: withAppearance ? [{ agencyCode: agency, officialCode: principal, spoke: true }] : [],
      delegations: [],
    }],
  };
}

const tinyPdf = (text) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n`
  + '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

class Client {
  constructor(index, env) {
    this.index = index;
    this.env = env;
    this.agency = `${RUN}-C${index}`;
    this.principal = `${this.agency}-P`;
    this.staff = `${this.agency}-S`;
    this.rng = random(settings.seed * 31 + index);
    this.n = 0;
    this.pool = [];
    this.cursor = { appearance: 0, delegation: 0, put: 0, document: 0 };
  }

  caseNumber(tag) {
    this.n += 1;
    return `（2024）渝0112行初${this.agency}${tag}${this.n}号`;
  }

  poolItem(kind) {
    const i = this.cursor[kind];
    if (kind === 'document') {
      this.cursor.document = (i + 1) % Math.max(1, this.pool.length);
      return this.pool[i];
    }
    if (i >= this.pool.length) return undefined;
    this.cursor[kind] = i + 1;
    return this.pool[i];
  }

  nextOperation() {
    const type = this.rng.weighted([['intake-1', 30], ['intake-batch', 10], ['appearance', 15], ['delegation', 12],
      ['document', 12], ['monthly-report', 8], ['case-put', 13]]);
    const { env } = this;
    const json = (method, path, token, body, verify) => ({
      type, method, path, token, body: Buffer.from(JSON.stringify(body)), contentType: 'application/json', verify,
    });
    switch (type) {
      case 'intake-1':
      case 'intake-batch': {
        const count = type === 'intake-1' ? 1 : settings.batchSize;
        const cases = Array.from({ length: count }, () => caseDocument(this.agency, this.principal, this.caseNumber('N')));
        return json('POST', '/api/intake/cases', env.courtToken, cases, { kind: 'cases', numbers: cases.map((c) => c.caseNumber) });
      }
      case 'appearance': {
        const item = this.poolItem('appearance');
        if (!item) break;
        return json('POST', '/api/appearances', env.courtToken,
          { hearingId: item.hearingId, officialCode: this.principal, spoke: true },
          { kind: 'appearance', hearingId: item.hearingId });
      }
      case 'delegation': {
        const item = this.poolItem('delegation');
        if (!item) break;
        return json('POST', '/api/delegations', env.adminToken, {
          hearingId: item.hearingId, agencyCode: this.agency, reasonCategory: 'NON_DELEGABLE_DUTY',
          reason: '负责人当日出席区政府常务会议，需要履行他人不能代替的公务', delegateOfficialCode: this.staff,
        }, { kind: 'delegation', hearingId: item.hearingId });
      }
      case 'document': {
        const item = this.poolItem('document');
        if (!item) break;
        const fileName = `${this.agency}-D${++this.n}.pdf`;
        return {
          type, method: 'POST', token: env.adminToken, contentType: 'application/pdf', body: tinyPdf(fileName),
          path: `/api/documents?fileName=${encodeURIComponent(fileName)}&kind=EVIDENCE&ownerType=CASE&ownerId=${item.caseId}`,
          verify: { kind: 'document', fileName },
        };
      }
      case 'monthly-report': {
        const comment = `${this.agency}-M${++this.n}`;
        return json('POST', '/api/monthly-reports', env.adminToken, {
          agencyCode: this.agency, year: 2023, month: (this.n % 12) + 1, comment,
          figures: { noticesReceived: 0, noticesAttendedByHead: 0, casesHeard: 0, casesHeardWithHead: 0, casesConcluded: 0, decisionsChanged: 0 },
        }, { kind: 'monthly-report', comment });
      }
      case 'case-put': {
        const item = this.poolItem('put');
        if (!item) break;
        const causeOfAction = `${this.agency}-U${++this.n}`;
        return json('PUT', `/api/cases/${item.caseId}`, env.courtToken, {
          trialLevel: 'FIRST_INSTANCE', filedOn: '2024-01-05', causeOfAction, plaintiffs: ['故障演练原告'],
          defendants: [this.agency], mandatoryCategories: [],
        }, { kind: 'case-put', caseId: item.caseId, causeOfAction });
      }
      default:
    }
    // The pool of hearings is used up: an intake instead.
    const cases = [caseDocument(this.agency, this.principal, this.caseNumber('N'))];
    return { ...json('POST', '/api/intake/cases', env.courtToken, cases, { kind: 'cases', numbers: [cases[0].caseNumber] }), type: 'intake-1' };
  }
}

/**
 * Sends one operation until it has a final answer or the deadline passes; with `park`, gives it back unfinished
 * ('parked') once it has had nothing but "409 in flight" for that long.
 */
async function execute(op, env, deadline, park) {
  op.key ??= uuid();
  op.attempts = op.attempts ?? 0;
  let backoff = 100;
  while (true) {
    if (Date.now() > deadline) {
      op.state = 'unresolved';
      return op;
    }
    op.attempts += 1;
    const answer = await request({
      base: env.app.url, method: op.method, path: op.path, body: op.body, timeoutMs: op.timeoutMs ?? 60_000,
      headers: { Authorization: `Bearer ${op.token}`, 'Content-Type': op.contentType, 'Idempotency-Key': op.key },
    });
    observe(op, answer);
    op.last = answer.error ?? answerKind(answer.status, answer.headers['content-type'], answer.body);
    let wait = backoff * (0.5 + Math.random());
    if (answer.error || answer.status >= 500 || answer.status === 429) {
      // The request may have run: its answer did not come back. Retry with the same key and body.
      op.ambiguous = true;
      const retryAfter = Number(answer.headers?.['retry-after']);
      if (retryAfter > 0) wait = retryAfter * 1000;
    } else if (answer.status === 409 && problemType(answer) === IN_FLIGHT) {
      stats.inFlight += 1;
      op.ambiguous = true;
      op.sawInFlight ??= Date.now();
      op.inFlightLast = Date.now();
      if (park && Date.now() - op.sawInFlight > park) {
        op.state = 'parked';
        return op;
      }
      const retryAfter = Number(answer.headers['retry-after']);
      if (retryAfter > 0) {
        stats.inFlightWithRetryAfter += 1;
        wait = retryAfter * 1000;
      }
    } else {
      op.state = answer.status < 300 ? 'acknowledged' : 'rejected';
      op.answer = { status: answer.status, contentType: answer.headers['content-type'], body: answer.body };
      op.ackAt = now();
      return op;
    }
    backoff = Math.min(backoff * 2, 2000);
    await sleep(Math.min(wait, Math.max(0, deadline - Date.now())));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Readiness, polled throughout.
let polling = true;
async function pollReadiness(env) {
  let last;
  while (polling) {
    const answer = await request({ base: env.app.url, path: '/q/health/ready', timeoutMs: 2000, agent: false });
    stats.readinessPolls += 1;
    const state = answer.error ? 'UNREACHABLE' : answer.status === 200 ? 'UP' : 'DOWN';
    if (state !== last) {
      readiness.push({ at: now(), state, detail: answer.error ?? answer.status });
      last = state;
    }
    await sleep(250);
  }
}

const readinessAt = (t) => [...readiness].reverse().find((r) => r.at <= t)?.state;
async function waitUp(env, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (readinessAt(now()) === 'UP') return true;
    await sleep(100);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// The faults.
async function injectFault(name, env, clients) {
  const fault = { name, at: now(), notes: [] };
  faultLog.push(fault);
  log(`fault ${name}`);
  const { database, app } = env;
  switch (name) {
    case 'pg-restart':
      await database.restart();
      break;
    case 'pg-stop':
      await database.stop();
      fault.notes.push(`PostgreSQL stopped for ${settings.stopSeconds} s`);
      await sleep(settings.stopSeconds * 1000);
      await database.start();
      break;
    case 'app-kill': {
      app.signal('SIGKILL');
      await app.exit;
      fault.notes.push(`app killed (SIGKILL), restarted`);
      await app.start();
      break;
    }
    case 'app-term':
      await sigtermDuringBatch(fault, env, clients);
      break;
    default:
  }
  fault.done = now();
  await waitUp(env);
  // The first time readiness left UP after the fault began, and the first UP after that.
  const after = readiness.filter((r) => r.at >= fault.at);
  const down = after.find((r) => r.state !== 'UP');
  fault.firstNotUp = down;
  fault.recoveredAt = down ? after.find((r) => r.state === 'UP' && r.at > down.at)?.at : fault.at;
  log(`fault ${name} over; ready again ${fault.recoveredAt !== undefined ? `at ${secs(fault.recoveredAt)} s` : 'NEVER'}`);
}

/** SIGTERM while a 1,000-case batch is being processed: is it answered, is readiness DOWN first, are new requests refused cleanly? */
async function sigtermDuringBatch(fault, env, clients) {
  const { app } = env;
  const client = clients[0];
  const cases = Array.from({ length: settings.bigBatch }, () => caseDocument(client.agency, client.principal, client.caseNumber('T')));
  const op = {
    type: 'intake-big', method: 'POST', path: '/api/intake/cases', token: env.courtToken, key: uuid(), timeoutMs: 300_000,
    contentType: 'application/json', body: Buffer.from(JSON.stringify(cases)),
    verify: { kind: 'cases', numbers: cases.map((c) => c.caseNumber) },
  };
  ops.push(op);
  op.attempts = 1;
  let sentAt;
  const pending = request({
    base: app.url, method: 'POST', path: op.path, body: op.body, timeoutMs: 300_000, agent: false,
    headers: { Authorization: `Bearer ${op.token}`, 'Content-Type': op.contentType, 'Idempotency-Key': op.key },
    onSent: () => { sentAt = Date.now(); },
  });
  let answered;
  pending.then((a) => { answered = a; });
  while (sentAt === undefined && answered === undefined) await sleep(5);
  await sleep(settings.termDelay);
  if (answered) {
    fault.notes.push(`the ${settings.bigBatch}-case batch was answered (${answered.status ?? answered.error}) `
      + `before the SIGTERM (--term-delay=${settings.termDelay} ms): lower it`);
  }
  const termAt = now();
  const termEpoch = Date.now();
  const answeredBeforeTerm = answered !== undefined;
  app.signal('SIGTERM');
  // New requests during the shutdown: each on a fresh connection, every 100 ms, until the process has exited.
  const probes = new Counter();
  let exited = false;
  app.exit.then(() => { exited = true; });
  const probing = (async () => {
    while (!exited) {
      const probe = await request({ base: app.url, path: '/api/auth/me', headers: { Authorization: `Bearer ${env.adminToken}` },
        timeoutMs: 5000, agent: false });
      probes.add(probe.error ? `connection ${probe.error}` : answerKind(probe.status, probe.headers['content-type'], probe.body));
      await sleep(100);
    }
  })();
  const killTimer = setTimeout(() => {
    fault.notes.push('the app had not exited 60 s after SIGTERM: SIGKILL');
    app.signal('SIGKILL');
  }, 60_000);
  const exit = await app.exit;
  const exitAt = now();
  clearTimeout(killTimer);
  await probing;
  const first = await pending;
  observe(op, first);
  const exitAfter = exit.at - termEpoch;
  const sawDown = readiness.some((r) => r.at >= termAt && r.at <= exitAt && r.state === 'DOWN');
  fault.term = {
    batch: first.error ? `dropped (${first.error}) after ${secs(first.ms)} s` : `answered ${answerKind(first.status, first.headers['content-type'], first.body)} after ${secs(first.ms)} s`,
    batchAnswered: !first.error,
    answeredBeforeTerm,
    exit: `exit code ${exit.code ?? '-'} signal ${exit.signal ?? '-'} ${secs(Math.max(0, exitAfter))} s after SIGTERM`,
    readinessDownFirst: sawDown,
    probes: probes.entries(),
  };
  if (!first.error && first.status < 300) {
    op.state = 'acknowledged';
    op.answer = { status: first.status, contentType: first.headers['content-type'], body: first.body };
  } else {
    op.ambiguous = true;
  }
  await app.start();
  // The interrupted batch is retried with the same key and body once the app is back, as a court's system would.
  if (op.state !== 'acknowledged') fault.retry = execute(op, env, env.hardDeadline);
}

// ---------------------------------------------------------------------------------------------------------------
// The database check.
async function verify(env) {
  const db = await env.database.connect();
  const result = { lost: [], duplicated: [], duplicatedUnacknowledged: [], present: 0 };
  try {
    const numbers = ops.filter((o) => o.verify.kind === 'cases').flatMap((o) => o.verify.numbers);
    const cases = new Map();
    for (let i = 0; i < numbers.length; i += 5000) {
      const { rows } = await db.query(`
        select c.case_number, count(distinct c.id)::int cases, count(distinct h.id)::int hearings,
               count(distinct n.id)::int notices, count(distinct a.id)::int appearances
          from litigation_case c left join hearing h on h.case_id = c.id
          left join notice n on n.hearing_id = h.id left join appearance a on a.hearing_id = h.id
         where c.court = $1 and c.case_number = any($2) group by c.case_number`, [COURT, numbers.slice(i, i + 5000)]);
      for (const row of rows) cases.set(row.case_number, row);
    }
    const countBy = async (sql, values) => {
      const map = new Map();
      if (values.length === 0) return map;
      const { rows } = await db.query(sql, [values]);
      for (const row of rows) map.set(String(row.k), row.n);
      return map;
    };
    const appearances = await countBy('select hearing_id k, count(*)::int n from appearance where hearing_id = any($1) group by 1',
      ops.filter((o) => o.verify.kind === 'appearance').map((o) => o.verify.hearingId));
    const delegations = await countBy('select hearing_id k, count(*)::int n from delegation where hearing_id = any($1) group by 1',
      ops.filter((o) => o.verify.kind === 'delegation').map((o) => o.verify.hearingId));
    const documents = await countBy('select file_name k, count(*)::int n from document where file_name = any($1) group by 1',
      ops.filter((o) => o.verify.kind === 'document').map((o) => o.verify.fileName));
    const reports = await countBy('select comment k, count(*)::int n from monthly_report where comment = any($1) group by 1',
      ops.filter((o) => o.verify.kind === 'monthly-report').map((o) => o.verify.comment));
    const causes = new Map();
    const putIds = ops.filter((o) => o.verify.kind === 'case-put').map((o) => o.verify.caseId);
    if (putIds.length) {
      const { rows } = await db.query('select id, cause_of_action from litigation_case where id = any($1)', [putIds]);
      for (const row of rows) causes.set(String(row.id), row.cause_of_action);
    }
    const stuck = await db.query("select count(*)::int n from idempotency_key where state = 'IN_FLIGHT'");
    result.stuckInDatabase = stuck.rows[0].n;

    for (const op of ops) {
      const acknowledged = op.state === 'acknowledged';
      // Each write's copies in the database: 0 (absent), 1, or more (duplicated).
      let copies;
      const v = op.verify;
      if (v.kind === 'cases') {
        copies = v.numbers.map((number) => {
          const row = cases.get(number);
          if (!row) return 0;
          return Math.max(row.cases, row.hearings, row.notices, row.appearances) > 1 ? 2 : 1;
        });
      } else if (v.kind === 'appearance') copies = [appearances.get(String(v.hearingId)) ?? 0];
      else if (v.kind === 'delegation') copies = [delegations.get(String(v.hearingId)) ?? 0];
      else if (v.kind === 'document') copies = [documents.get(v.fileName) ?? 0];
      else if (v.kind === 'monthly-report') copies = [reports.get(v.comment) ?? 0];
      else if (v.kind === 'case-put') copies = [causes.get(String(v.caseId)) === v.causeOfAction ? 1 : 0];
      op.copies = copies;
      for (const c of copies) {
        if (c >= 1) result.present += 1;
        if (acknowledged && c === 0) result.lost.push(op);
        if (c > 1) (acknowledged ? result.duplicated : result.duplicatedUnacknowledged).push(op);
      }
    }
  } finally {
    await db.end();
  }
  return result;
}

/** Sends every acknowledged POST once more with its key: the answer must be the first one, byte for byte. */
async function replayAll(env) {
  const replays = { sent: 0, identical: 0, differed: [], stuck: 0, failed: 0 };
  const queue = ops.filter((o) => o.state === 'acknowledged' && o.method === 'POST');
  const worker = async () => {
    while (queue.length) {
      const op = queue.shift();
      const answer = await request({
        base: env.app.url, method: op.method, path: op.path, body: op.body, timeoutMs: 60_000,
        headers: { Authorization: `Bearer ${op.token}`, 'Content-Type': op.contentType, 'Idempotency-Key': op.key },
      });
      replays.sent += 1;
      if (answer.error || answer.status >= 500) replays.failed += 1;
      else if (answer.status === 409 && problemType(answer) === IN_FLIGHT) replays.stuck += 1;
      else if (answer.status === op.answer.status && answer.body.equals(op.answer.body)) replays.identical += 1;
      else replays.differed.push({ op, answer });
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, settings.clients) }, worker));
  return replays;
}

/** Answers whose content shows that the request ran a second time instead of replaying the first answer. */
function reExecuted(op) {
  if (op.state === 'rejected' && op.ambiguous && op.answer.status === 409) return 'a 409 conflict instead of the first answer';
  if (op.state !== 'acknowledged' || op.verify.kind !== 'cases') return undefined;
  try {
    const answer = JSON.parse(op.answer.body.toString('utf8'));
    const notCreated = answer.cases.filter((c) => c.status !== 'created').length;
    return notCreated ? `intake answered ${notCreated} case(s) as ${answer.cases.find((c) => c.status !== 'created').status}, not created` : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
async function setUpFixtures(env, clients) {
  const { app } = env;
  const expiresAt = new Date(Date.now() + 2 * 86400_000).toISOString();
  const court = await call(app.url, app.adminToken, 'POST', '/api/tokens', { name: `${RUN} court`, role: 'COURT', court: COURT, expiresAt });
  env.courtToken = court.json.secret;
  env.adminToken = app.adminToken;
  for (const client of clients) {
    await call(app.url, env.adminToken, 'POST', '/api/agencies', { code: client.agency, name: `故障演练机关${client.index}`, kind: 'DEPARTMENT' });
    await call(app.url, env.adminToken, 'POST', '/api/officials', { code: client.principal, agencyCode: client.agency, name: '演练局长', role: 'PRINCIPAL', validFrom: '2020-01-01' });
    await call(app.url, env.adminToken, 'POST', '/api/officials', { code: client.staff, agencyCode: client.agency, name: '演练工作人员', role: 'STAFF', validFrom: '2020-01-01' });
    const numbers = [];
    for (let done = 0; done < settings.pool; done += 500) {
      const cases = Array.from({ length: Math.min(500, settings.pool - done) }, () => {
        const number = client.caseNumber('P');
        numbers.push(number);
        return caseDocument(client.agency, client.principal, number, false);
      });
      await call(app.url, env.courtToken, 'POST', '/api/intake/cases', cases, { 'Idempotency-Key': uuid() });
    }
    const db = await env.database.connect();
    const { rows } = await db.query(`select c.id case_id, h.id hearing_id from litigation_case c join hearing h on h.case_id = c.id
      where c.court = $1 and c.case_number = any($2) order by c.id`, [COURT, numbers]);
    await db.end();
    client.pool = rows.map((r) => ({ caseId: Number(r.case_id), hearingId: Number(r.hearing_id) }));
  }
  log(`fixtures: ${clients.length} agencies with a principal and a staff member, ${fmt(clients.length * settings.pool)} hearings in the pools`);
}

/** "3× a; 1× b" for a list, by a key. */
function tally(list, key) {
  const c = new Counter();
  for (const item of list) c.add(key(item));
  return c.entries().map(([k, v]) => `${v}× ${k}`).join('; ');
}

function printReport(env, verification, replays, code) {
  const out = [];
  const p = (s = '') => out.push(s);
  const acknowledged = ops.filter((o) => o.state === 'acknowledged');
  const rejected = ops.filter((o) => o.state === 'rejected');
  const unresolved = ops.filter((o) => !['acknowledged', 'rejected'].includes(o.state));
  const differingReplays = replays.differed.length;
  const reExec = ops.map((o) => [o, reExecuted(o)]).filter(([, why]) => why);
  // How long a write kept getting "in flight": from its first such answer to its last (each one waited up to 15 s first).
  const held = (o) => (o.sawInFlight ? o.inFlightLast - o.sawInFlight : 0);
  const heldOps = ops.filter((o) => held(o) > 30_000);
  const writes = (list) => list.reduce((n, o) => n + (o.verify.kind === 'cases' ? o.verify.numbers.length : 1), 0);

  // Outage windows: from a database or shutdown fault's start until readiness is UP again (+3 s for the pool to heal).
  const windows = faultLog.filter((f) => ['pg-restart', 'pg-stop', 'app-term'].includes(f.name))
    .map((f) => [f.at, (f.recoveredAt ?? now()) + 3000]);
  const inWindow = (t) => windows.some(([a, b]) => t >= a && t <= b);
  const fiveByKind = new Counter();
  const fiveInWindow = new Counter();
  for (const e of stats.fiveXX) {
    fiveByKind.add(e.kind);
    if (inWindow(e.at)) fiveInWindow.add(e.kind);
  }
  const badFive = stats.fiveXX.filter((e) => !(e.kind.startsWith('503 ') && inWindow(e.at)));

  p('');
  p('== Yingsu fault harness ==');
  p(`code         ${code}`);
  p(`database     ${env.database.version}`);
  p(`run          ${secs(settings.duration)} s of new writes + up to ${secs(settings.drain)} s drain, ${settings.clients} clients, `
    + `faults: ${settings.faults.join(', ') || 'none'}, seed ${settings.seed}`);
  p('');
  const row = (label, value, note = '') => p(`${label.padEnd(34)}${String(value).padStart(9)}   ${note}`);
  row('requests', fmt(stats.requests), `HTTP attempts by the clients (and ${fmt(stats.readinessPolls)} readiness polls, ${fmt(replays.sent)} replays)`);
  row('operations', fmt(ops.length), `logical writes, each one Idempotency-Key + body (${fmt(writes(ops))} records)`);
  const byType = new Counter();
  for (const o of ops) byType.add(o.type);
  p(`${''.padEnd(34)}${''.padStart(9)}   ${byType.entries().map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
  row('acknowledged', fmt(acknowledged.length), `answered 2xx (${fmt(writes(acknowledged))} records)`);
  row('rejected', fmt(rejected.length), rejected.length ? `final 4xx to a valid write: ${tally(rejected, (o) => o.last)}` : 'final 4xx to a valid write');
  row('unresolved', fmt(unresolved.length), unresolved.length
    ? `no final answer by the end of the drain; last answers: ${tally(unresolved, (o) => o.last)}`
    : 'every write got a final answer');
  row('lost', fmt(verification.lost.length), 'acknowledged, but not (all) in the database');
  row('duplicated', fmt(verification.duplicated.length + verification.duplicatedUnacknowledged.length),
    `in the database more than once (acknowledged ${verification.duplicated.length}, unacknowledged ${verification.duplicatedUnacknowledged.length})`);
  row('answers differing from the first', fmt(differingReplays + reExec.length),
    `replay of an acknowledged key ≠ its first answer: ${differingReplays}; retry ran again instead of replaying: ${reExec.length}`);
  row('5xx', fmt(stats.fiveXX.length), `during an outage window: ${fiveInWindow.total}, outside: ${stats.fiveXX.length - fiveInWindow.total}`);
  for (const [kind, n] of fiveByKind.entries()) {
    p(`    ${String(n).padStart(6)} × ${kind}   (in an outage window: ${fiveInWindow.get(kind)}; `
      + `by write: ${tally(stats.fiveXX.filter((e) => e.kind === kind), (e) => e.op).replaceAll('× ', ' ')})`);
  }
  row('non-problem error bodies', fmt(stats.nonProblem.total), 'answers ≥ 400 that are not application/problem+json');
  for (const [kind, n] of stats.nonProblem.entries()) p(`    ${String(n).padStart(6)} × ${kind}: e.g. ${stats.nonProblemExamples.get(kind)}`);
  row('connection errors', fmt(stats.connectionErrors.total), stats.connectionErrors.entries().map(([k, v]) => `${k} ${v}`).join(', '));
  row('409 in flight', fmt(stats.inFlight), `of which with Retry-After: ${stats.inFlightWithRetryAfter}`);
  row('writes held by a key in flight', fmt(heldOps.length), heldOps.length
    ? `answered "in flight" for more than 30 s (the key's owner had died): longest ${secs(Math.max(...heldOps.map(held)))} s`
    : 'no write was answered "in flight" for more than 30 s');
  row('keys IN_FLIGHT in the db at the end', fmt(verification.stuckInDatabase), '(idempotency_key rows never completed)');
  row('replays of acknowledged keys', fmt(replays.sent), `identical ${replays.identical}, differed ${differingReplays}, still in flight ${replays.stuck}, failed ${replays.failed}`);
  p(`status counts: ${stats.byStatus.entries().map(([k, v]) => `${k}: ${fmt(v)}`).join(', ')}`);
  for (const { op, answer } of replays.differed.slice(0, 5)) {
    p(`    differed: ${op.type} key ${op.key}: first ${op.answer.status} ${snippet(op.answer.body, 120)} | replay ${answer.status ?? answer.error} ${answer.body ? snippet(answer.body, 120) : ''}`);
  }
  for (const [op, why] of reExec.slice(0, 5)) p(`    ran again: ${op.type} key ${op.key} (${op.attempts} attempts): ${why}`);
  for (const op of verification.lost.slice(0, 5)) p(`    lost: ${op.type} key ${op.key} ${JSON.stringify(op.verify).slice(0, 160)}`);
  for (const op of [...verification.duplicated, ...verification.duplicatedUnacknowledged].slice(0, 5)) {
    p(`    duplicated: ${op.type} key ${op.key} (${op.state}, ${op.attempts} attempts) ${JSON.stringify(op.verify).slice(0, 120)} copies ${op.copies.join(',')}`);
  }

  p('');
  p('readiness (/q/health/ready, polled every 250 ms):');
  for (const f of faultLog) {
    const down = f.firstNotUp;
    const text = down
      ? `not UP (${down.state} ${down.detail}) +${secs(down.at - f.at)} s, UP again +${f.recoveredAt !== undefined ? secs(f.recoveredAt - f.at) : '∞'} s `
        + `(not ready ${f.recoveredAt !== undefined ? secs(f.recoveredAt - down.at) : '∞'} s)`
      : 'never left UP';
    p(`  ${f.name.padEnd(11)} at ${secs(f.at).padStart(6)} s: ${text}${f.notes.length ? `; ${f.notes.join('; ')}` : ''}`);
    const own = stats.fiveXX.filter((e) => e.at >= f.at && e.at <= (f.recoveredAt ?? now()) + 3000);
    if (own.length) p(`  ${''.padEnd(11)} 5xx in this window: ${tally(own, (e) => e.kind)}`);
    if (f.term) {
      p(`  ${''.padEnd(11)} the ${settings.bigBatch}-case batch in flight: ${f.term.batch}`);
      p(`  ${''.padEnd(11)} the app: ${f.term.exit}; readiness DOWN before it stopped answering: ${f.term.readinessDownFirst ? 'yes' : 'no'}`);
      p(`  ${''.padEnd(11)} new requests during the shutdown: ${f.term.probes.map(([k, v]) => `${v}× ${k}`).join('; ') || 'none sent'}`);
    }
  }
  p(`  transitions: ${readiness.map((r) => `${secs(r.at)} s ${r.state}${r.state === 'UP' ? '' : ` (${r.detail})`}`).join(', ')}`);

  p('');
  p('verdicts (issue 15, "Done when"):');
  const verdicts = [];
  const verdict = (ok, text) => {
    verdicts.push(ok);
    p(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`);
  };
  verdict(verification.lost.length === 0, `lost 0 (was ${verification.lost.length})`);
  verdict(verification.duplicated.length + verification.duplicatedUnacknowledged.length === 0,
    `duplicated 0 (was ${verification.duplicated.length + verification.duplicatedUnacknowledged.length})`);
  verdict(differingReplays + reExec.length === 0, `answers differing from the first 0 (was ${differingReplays + reExec.length})`);
  verdict(badFive.length === 0, `5xx only as 503 during the database outage (was ${badFive.length} others: ${tally(badFive, (e) => e.kind) || 'none'})`);
  const stuckOps = unresolved.filter((o) => o.sawInFlight).length;
  verdict(heldOps.length === 0 && stuckOps === 0 && replays.stuck === 0 && verification.stuckInDatabase === 0,
    `no Idempotency-Key stuck after a crash or outage (item 3): writes kept waiting on a key in flight for more than 30 s ${heldOps.length}, `
    + `still 409 in flight at the end ${stuckOps}, replays in flight ${replays.stuck}, keys IN_FLIGHT in the db ${verification.stuckInDatabase}`);
  verdict(unresolved.length === 0, `every write answered by the end of the drain (was ${unresolved.length} unanswered)`);
  if (stats.inFlight > 0) verdict(stats.inFlightWithRetryAfter === stats.inFlight, `an in-flight answer carries Retry-After (item 3): ${stats.inFlightWithRetryAfter} of ${stats.inFlight}`);
  verdict(stats.nonProblem.total === 0, `every error answer is problem+json (was ${stats.nonProblem.total} not)`);
  for (const f of faultLog.filter((x) => x.term)) {
    verdict(f.term.batchAnswered, `graceful shutdown (item 4): the in-flight ${settings.bigBatch}-case batch is answered, not dropped: ${f.term.batch}`);
    verdict(f.term.readinessDownFirst, 'graceful shutdown (item 4): readiness goes DOWN before the app stops answering');
    const unclean = f.term.probes.filter(([k]) => /ECONNRESET|socket hang up|timeout|EPIPE/.test(k));
    verdict(unclean.length === 0, `graceful shutdown (item 4): new requests refused cleanly (503 or connection refused), none reset: ${unclean.map(([k, v]) => `${v}× ${k}`).join('; ') || 'none reset'}`);
  }
  for (const f of faultLog) verdict(f.recoveredAt !== undefined, `${f.name}: ready again after the fault`);
  console.log(out.join('\n'));
  return verdicts.every(Boolean);
}

async function main() {
  const code = await commitOfCode();
  const env = await startEnvironment({ pgMode: opt.pg, keep: opt.keep, build: opt.build });
  const clients = Array.from({ length: settings.clients }, (_, i) => new Client(i + 1, env));
  await setUpFixtures(env, clients);
  const poller = pollReadiness(env);
  const start = Date.now();
  const stopNewAt = start + settings.duration;
  const hardDeadline = stopNewAt + settings.drain;
  env.hardDeadline = hardDeadline;
  const running = clients.map(async (client) => {
    const parked = [];
    while (Date.now() < stopNewAt) {
      const op = client.nextOperation();
      ops.push(op);
      if ((await execute(op, env, hardDeadline, settings.park)).state === 'parked') parked.push(op);
    }
    for (const op of parked) await execute(op, env, hardDeadline);
  });
  const progress = setInterval(() => {
    const ack = ops.filter((o) => o.state === 'acknowledged').length;
    log(`progress: ${fmt(stats.requests)} requests, ${fmt(ack)} acknowledged, ${stats.fiveXX.length} 5xx, `
      + `${stats.connectionErrors.total} connection errors, readiness ${readinessAt(now())}`);
  }, 15_000);
  const faults = (async () => {
    const n = settings.faults.length;
    if (n === 0) return;
    const warmup = Math.min(20_000, settings.duration / (n + 1));
    const slot = (settings.duration - warmup) / n;
    for (let i = 0; i < n; i += 1) {
      const at = start + warmup + i * slot;
      if (Date.now() < at) await sleep(at - Date.now());
      if (!(await waitUp(env))) log('the app is not ready; injecting the next fault anyway');
      await injectFault(settings.faults[i], env, clients);
    }
  })();
  await faults;
  await Promise.all(running);
  for (const f of faultLog) if (f.retry) await f.retry;
  clearInterval(progress);
  log('writes over; replaying every acknowledged key');
  await waitUp(env, 120_000);
  const replays = await replayAll(env);
  polling = false;
  await poller;
  log('checking the database');
  const verification = await verify(env);
  const ok = printReport(env, verification, replays, code);
  return ok;
}

runMain(main);

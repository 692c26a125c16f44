#!/usr/bin/env node
// Bad-input generator (issue 15, item 7): thousands of malformed requests over every operation of
// openapi/openapi.yaml, sent as an ADMIN (and as other roles, without credentials, with a session but no CSRF
// token), against the app it starts (as the fault harness does) or one already running. It prints the status
// distribution, every 5xx, every error answer that is not application/problem+json, and whether a rejected request
// changed data (a checksum of every table before and after each chunk of requests, narrowed to the request).
// See docs/operations.md, "Fault harness".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import pg from 'pg';
import YAML from 'yaml';
import { repositoryRoot } from './lib/app.js';
import { badRequests, materialise } from './lib/badrequests.js';
import { checksum, checksumQuery, differences } from './lib/checksum.js';
import { call, commitOfCode, runMain, startEnvironment } from './lib/environment.js';
import { rawRequest, request } from './lib/http.js';
import { Counter, answerKind, fmt, isProblem, log, snippet } from './lib/util.js';

const HELP = `tools/faults/run bad-input [options]
  (default)             start PostgreSQL 15 and the packaged app as the fault harness does, with the schedulers off
  --url=URL             use an app already running there instead (a throwaway one: fixtures are written to it)
  --token=SECRET        with --url: an ADMIN token (e.g. its YINGSU_BOOTSTRAP_ADMIN_TOKEN)
  --admin-password=P    with --url: the password of the "admin" account, for the session and CSRF requests
  --db=postgres://…     with --url: its database, for the checksums (without it, changes are not checked)
  --min=N               fail unless at least N requests were generated (default 5000)
  --concurrency=N       requests at once (default 2)
  --chunk=N             requests between two checksums (default 25)
  --out=FILE            every request and answer as JSON lines (default: a file in the temp directory)
  --pg=own|main, --build=auto|always|never, --keep      as for the fault harness
Exit status: 0 when there is no 5xx, no non-problem error and no change by a rejected request; 1 otherwise.`;

const { values: opt } = parseArgs({
  options: {
    url: { type: 'string' }, token: { type: 'string' }, 'admin-password': { type: 'string' }, db: { type: 'string' },
    min: { type: 'string', default: '5000' }, concurrency: { type: 'string', default: '2' }, chunk: { type: 'string', default: '25' },
    out: { type: 'string' }, pg: { type: 'string', default: 'own' }, build: { type: 'string', default: 'auto' },
    keep: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(HELP);
  process.exit(0);
}
const COURT = '重庆市渝北区人民法院';
const RUN = `BI${Date.now().toString(36).toUpperCase()}`;
const out = opt.out ?? path.join(os.tmpdir(), `yingsu-bad-input-${process.pid}.jsonl`);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3c1d8e40000000049454e44ae426082', 'hex');

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: one of every record, so that a malformed request names something that exists.
async function fixtures(base, adminToken, adminPassword, ownEnvironment) {
  const failures = [];
  const c = (method, p, body, headers) => call(base, adminToken, method, p, body, headers);
  const step = async (what, fn) => {
    try {
      return await fn();
    } catch (error) {
      failures.push(`${what}: ${error.message.slice(0, 300)}`);
      return undefined;
    }
  };
  const A = RUN;
  const fx = { agency: A, child: `${A}-SUB`, principal: `${A}-P`, staff: `${A}-S`, lawyer: `${A}-L`, court: COURT, year: 2023,
    username: `bi-${RUN.toLowerCase()}`, tokens: {}, pdf: PDF, png: PNG };
  fx.caseNumber = `（2023）渝0112行初${RUN}号`;
  fx.noticeNumber = `（2023）渝0112行初${RUN}号之一`;
  fx.recommendationNumber = `（2023）渝0112司建${RUN}号`;
  fx.hearingHeldAt = '2023-03-01T09:30:00+08:00';
  const futureDay = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
  fx.hearingFutureAt = `${futureDay}T09:30:00+08:00`;
  await step('agencies', async () => {
    await c('POST', '/api/agencies', { code: A, name: '坏输入测试局', kind: 'DEPARTMENT' });
    await c('POST', '/api/agencies', { code: fx.child, name: '坏输入测试街道', kind: 'SUBDISTRICT', parentCode: A });
  });
  await step('officials', async () => {
    for (const [code, role, name] of [[fx.principal, 'PRINCIPAL', '测试局长'], [fx.staff, 'STAFF', '测试工作人员'], [fx.lawyer, 'LAWYER', '测试律师']]) {
      await c('POST', '/api/officials', { code, agencyCode: A, name, role, validFrom: '2020-01-01' });
    }
  });
  const expiresAt = new Date(Date.now() + 86400_000).toISOString();
  await step('tokens', async () => {
    for (const role of ['AGENCY', 'COURT', 'READER']) {
      const t = await c('POST', '/api/tokens', { name: `${RUN} ${role}`, role, expiresAt, ...(role === 'AGENCY' ? { agencyCode: A } : {}), ...(role === 'COURT' ? { court: COURT } : {}) });
      fx.tokens[role] = t.json.secret;
    }
    fx.spareTokenId = (await c('POST', '/api/tokens', { name: `${RUN} spare`, role: 'READER', expiresAt })).json.token.id;
    const revoked = await c('POST', '/api/tokens', { name: `${RUN} revoked`, role: 'READER', expiresAt });
    fx.revokedToken = revoked.json.secret;
    await c('DELETE', `/api/tokens/${revoked.json.token.id}`);
  });
  await step('user', () => c('POST', '/api/users', { username: fx.username, displayName: '坏输入测试用户', role: 'AGENCY', agencyCode: A, password: 'Bi-Str0ng-Passw0rd-2023' }));
  fx.intakeCase = {
    court: COURT, caseNumber: fx.caseNumber, trialLevel: 'FIRST_INSTANCE', filedOn: '2023-01-05', causeOfAction: '行政处罚',
    plaintiffs: ['坏输入原告'], defendants: [A], mandatoryCategories: [],
    hearings: [{
      scheduledAt: fx.hearingHeldAt, status: 'HELD',
      notices: [{ number: fx.noticeNumber, agencyCode: A, servedOn: '2023-02-20' }],
      appearances: [{ agencyCode: A, officialCode: fx.principal, spoke: true }],
      delegations: [{ agencyCode: A, reasonCategory: 'NON_DELEGABLE_DUTY', reason: '负责人当日出席区政府常务会议，需要履行他人不能代替的公务', delegateOfficialCode: fx.staff, filedOn: '2023-02-25', status: 'SUBMITTED' }],
    }, { scheduledAt: fx.hearingFutureAt, status: 'SCHEDULED' }],
    outcome: { result: 'REVOKED', concludedOn: '2023-06-01', coordinated: false },
  };
  await step('cases', async () => {
    await c('POST', '/api/intake/cases', [fx.intakeCase, {
      court: COURT, caseNumber: `（2023）渝0112行初${RUN}-2号`, trialLevel: 'FIRST_INSTANCE', defendants: [fx.child],
      hearings: [{ scheduledAt: '2023-05-10T09:30:00+08:00', status: 'HELD' }],
    }]);
    const cases = await c('GET', `/api/cases?agencyCode=${A}&size=50`);
    fx.caseId = cases.json.items.find((x) => x.caseNumber === fx.caseNumber).id;
    const hearings = (await c('GET', `/api/hearings?caseId=${fx.caseId}`)).json.items;
    fx.hearingHeld = hearings.find((h) => h.status === 'HELD').id;
    fx.hearingFuture = hearings.find((h) => h.status === 'SCHEDULED').id;
    fx.noticeId = (await c('GET', `/api/notices?caseId=${fx.caseId}`)).json.items[0].id;
    fx.appearanceId = (await c('GET', `/api/appearances?caseId=${fx.caseId}`)).json.items[0].id;
  });
  // Filed today, so that a valid delegation sent again is a duplicate (409), not a new record.
  await step('delegation', async () => {
    fx.delegationId = (await c('POST', '/api/delegations', { hearingId: fx.hearingHeld, agencyCode: A, reasonCategory: 'NON_DELEGABLE_DUTY',
      reason: '负责人当日出席区政府常务会议，需要履行他人不能代替的公务', delegateOfficialCode: fx.staff })).json.id;
  });
  await step('document', async () => {
    fx.documentId = (await c('POST', `/api/documents?fileName=bad-input.pdf&kind=EVIDENCE&ownerType=CASE&ownerId=${fx.caseId}`, PDF,
      { 'Content-Type': 'application/pdf' })).json.id;
  });
  await step('recommendation', async () => {
    fx.recommendationId = (await c('POST', '/api/recommendations', { court: COURT, number: fx.recommendationNumber, caseId: fx.caseId, agencyCode: A,
      receivedOn: '2023-07-01', content: '建议加强行政机关负责人出庭应诉工作', dueOn: '2023-09-01' })).json.id;
  });
  await step('observation', async () => {
    fx.observationId = (await c('POST', '/api/observations', { hearingId: fx.hearingFuture, title: '坏输入测试旁听', typicalReason: '典型的行政处罚案件' })).json.id;
  });
  await step('confirmation', async () => {
    fx.confirmationId = (await c('POST', '/api/confirmations', { hearingId: fx.hearingFuture, agencyCode: A, officialCode: fx.principal })).json.id;
  });
  await step('monthly report', async () => {
    fx.monthlyReportId = (await c('POST', '/api/monthly-reports', { agencyCode: A, year: 2023, month: 1, comment: '坏输入测试',
      figures: { noticesReceived: 0, noticesAttendedByHead: 0, casesHeard: 0, casesHeardWithHead: 0, casesConcluded: 0, decisionsChanged: 0 } })).json.id;
  });
  await step('calendar subscription', async () => {
    const s = (await c('POST', '/api/calendar/subscriptions', { name: '坏输入日历', agencyCode: A })).json;
    fx.subscriptionId = s.id;
    fx.feedToken = /feeds\/([^/]+)\.ics/.exec(s.feedPath ?? '')?.[1];
  });
  await step('interview', async () => {
    await c('POST', '/api/interviews/refresh', { year: 2023 });
    fx.interviewId = (await c('GET', `/api/interviews?agencyCode=${fx.child}`)).json.items[0]?.id;
    if (!fx.interviewId) throw new Error('no interview task was opened for the agency at zero');
  });
  await step('lost-case report', () => c('PUT', `/api/lost-case-reports/${fx.caseId}/${A}`, { summary: '败诉原因分析（坏输入测试）' }));
  await step('bulletin', async () => {
    const published = (await c('GET', '/api/bulletins?year=2023')).json;
    const list = Array.isArray(published) ? published : published.items ?? [];
    if (list.length) fx.bulletinId = list[0].id;
    else if (ownEnvironment) fx.bulletinId = (await c('POST', '/api/bulletins', { year: 2023, quarter: 1 })).json.id;
  });
  await step('workbook', async () => {
    const template = await request({ base, path: '/api/imports/ledger/template', headers: { Authorization: `Bearer ${adminToken}` } });
    if (template.status !== 200) throw new Error(`template: ${template.status}`);
    fx.truncatedXlsx = template.body.subarray(0, Math.floor(template.body.length / 2));
  });
  fx.truncatedXlsx ??= Buffer.from('PK\u0003\u0004');
  if (adminPassword) {
    await step('session', async () => {
      const login = async () => {
        const answer = await request({ base, method: 'POST', path: '/api/auth/login', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: adminPassword }) });
        if (answer.status !== 200) throw new Error(`login: ${answer.status} ${snippet(answer.body ?? Buffer.alloc(0))}`);
        const cookie = [].concat(answer.headers['set-cookie'] ?? []).map((x) => x.split(';')[0]).find((x) => x.startsWith('yingsu_session='));
        return { cookie, csrf: JSON.parse(answer.body.toString('utf8')).csrfToken };
      };
      const first = await login();
      const second = await login();
      fx.session = { cookie: first.cookie, csrf: first.csrf, otherCsrf: second.csrf };
    });
  } else {
    failures.push('session: no admin password, so no session/CSRF requests');
  }
  return { fx, failures };
}

// ---------------------------------------------------------------------------------------------------------------
// Sending: every request on a fresh connection, exactly as described.
function wire(m, host, port) {
  if (m.rawHead) return { head: Buffer.isBuffer(m.rawHead) ? m.rawHead : Buffer.from(m.rawHead, 'utf8') };
  const target = m.absolute ? `http://${host}:${port}${m.path}` : m.path;
  const lines = [`${m.method} ${target} HTTP/1.1`, `Host: ${host}:${port}`];
  for (const [name, value] of m.headers) lines.push(value === null ? name : `${name}: ${value}`);
  let body = m.body;
  const chunk = 64 * 1024;
  if (m.big) {
    const size = 11 * 1024 * 1024;
    const piece = Buffer.alloc(chunk, 0x20);
    if (m.big === 'length') lines.push(`Content-Length: ${size}`);
    else lines.push('Transfer-Encoding: chunked');
    body = async (socket) => {
      for (let sent = 0; sent < size && !socket.destroyed; sent += chunk) {
        const data = m.big === 'length' ? piece : Buffer.concat([Buffer.from(`${chunk.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
        if (!socket.write(data)) await Promise.race([once(socket, 'drain'), once(socket, 'close')]);
      }
      if (m.big === 'chunked' && !socket.destroyed) socket.write('0\r\n\r\n');
    };
  } else if (m.smuggle && body !== undefined) {
    lines.push(`Content-Length: ${body.length}`, 'Transfer-Encoding: chunked');
    body = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  } else if (m.badChunk && body !== undefined) {
    lines.push('Transfer-Encoding: chunked');
    body = Buffer.concat([Buffer.from('zz\r\n'), body, Buffer.from('\r\n0\r\n\r\n')]);
  } else if (body !== undefined && !m.headers.some(([n]) => n.toLowerCase() === 'transfer-encoding')) {
    lines.push(`Content-Length: ${body.length}`);
  }
  lines.push('Connection: close', '', '');
  return { head: Buffer.from(lines.join('\r\n'), 'utf8'), body };
}

const printable = (text) => /^[\x20-\x7e\u00a0-\uffff]*$/u.test(text) && !/[\ud800-\udfff]/.test(text);
/** Bash's $'…' quoting: readable UTF-8 stays as it is, control bytes and bytes that are not UTF-8 become \\xHH. */
function ansiC(buffer) {
  const text = buffer.toString('utf8');
  const valid = Buffer.from(text, 'utf8').equals(buffer);
  const escapeByte = (b) => (b === 0x27 ? "\\'" : b === 0x5c ? '\\\\' : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`);
  if (!valid) return `$'${[...buffer].map(escapeByte).join('')}'`;
  return `$'${[...text].map((ch) => (ch.codePointAt(0) < 0x80 ? escapeByte(ch.codePointAt(0)) : ch)).join('')}'`;
}
/** A printf format that writes exactly these bytes (printf turns \\xHH into the byte, U+0000 included). */
function printfFormat(buffer) {
  const text = buffer.toString('utf8');
  const valid = Buffer.from(text, 'utf8').equals(buffer);
  const escapeByte = (b) => (b === 0x27 ? "'\\''" : b === 0x5c ? '\\\\' : b === 0x25 ? '%%' : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`);
  if (!valid) return `'${[...buffer].map(escapeByte).join('')}'`;
  return `'${[...text].map((ch) => (ch.codePointAt(0) < 0x80 ? escapeByte(ch.codePointAt(0)) : ch)).join('')}'`;
}
const clip = (text, max = 600) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A command that sends the same request: curl where curl can, printf | nc otherwise. */
function reproduction(m, host, port, tokens) {
  const hide = (value) => {
    let v = value;
    for (const [name, secret] of tokens) if (secret && v.includes(secret)) v = v.replaceAll(secret, `$${name}`);
    return v;
  };
  const simple = !m.rawHead && !m.big && !m.smuggle && !m.badChunk && !m.absolute
    && m.headers.every(([n, v]) => v !== null && printable(n) && /^[!-~]+$/.test(n) && printable(v) && !v.includes('\r'))
    && printable(m.path) && !m.path.includes(' ');
  if (simple) {
    const parts = [`curl -sS -i --path-as-is -X ${m.method} 'http://${host}:${port}${m.path.length > 300 ? `${m.path.slice(0, 300)}…(${m.path.length} characters)` : m.path}'`];
    for (const [n, v] of m.headers) parts.push(v.length > 200 ? `-H '${n}: …(${v.length} characters)'` : `-H "${hide(`${n}: ${v}`).replaceAll('"', '\\"')}"`);
    if (m.body !== undefined) {
      parts.push(m.body.length > 1500 ? `--data-binary @body.bin (${fmt(m.body.length)} bytes)`
        : m.body.includes(0) ? `--data-binary @<(printf ${printfFormat(m.body)})` : `--data-binary ${ansiC(m.body)}`);
    }
    return parts.join(' ');
  }
  if (m.big) return `(an 11 MB ${m.big === 'length' ? 'body with Content-Length' : 'chunked body'} to ${m.method} ${m.path}: curl -sS -i -X ${m.method} 'http://${host}:${port}${m.path}' -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json'${m.big === 'chunked' ? " -H 'Transfer-Encoding: chunked'" : ''} --data-binary @<(head -c 11534336 /dev/zero | tr '\\0' ' '))`;
  const { head, body } = wire(m, host, port);
  const bytes = Buffer.concat([head, Buffer.isBuffer(body) ? body : Buffer.alloc(0)]);
  const shown = bytes.length > 1500 ? Buffer.concat([bytes.subarray(0, 1500)]) : bytes;
  return `printf ${hide(printfFormat(shown)).replace(/\$(ADMIN|AGENCY|COURT|READER|REVOKED|SESSION|CSRF)/g, "'\"$$$1\"'")}${bytes.length > 1500 ? ` (first 1,500 of ${fmt(bytes.length)} bytes)` : ''} | nc -q 10 ${host} ${port}`;
}

async function send(m, host, port) {
  const { head, body } = wire(m, host, port);
  return rawRequest({ host, port, head, body, timeoutMs: 60_000 });
}

// ---------------------------------------------------------------------------------------------------------------
async function main() {
  const code = await commitOfCode();
  let base; let adminToken; let adminPassword; let db; let ownEnvironment = false;
  if (opt.url) {
    base = opt.url.replace(/\/$/, '');
    adminToken = opt.token;
    adminPassword = opt['admin-password'];
    if (!adminToken) throw new Error('--url needs --token (an ADMIN token)');
    if (opt.db) {
      db = new pg.Client({ connectionString: opt.db });
      await db.connect();
    }
  } else {
    // The schedulers are off so that no background job changes data between two checksums.
    const env = await startEnvironment({ pgMode: opt.pg, keep: opt.keep, build: opt.build, appSettings: { QUARKUS_SCHEDULER_ENABLED: 'false' } });
    base = env.app.url;
    adminToken = env.app.adminToken;
    adminPassword = env.app.adminPassword;
    db = await env.database.connect();
    ownEnvironment = true;
  }
  const url = new URL(base);
  const host = url.hostname;
  const port = Number(url.port || 80);

  const { fx, failures } = await fixtures(base, adminToken, adminPassword, ownEnvironment);
  for (const f of failures) log(`fixture missing: ${f}`);
  const doc = YAML.parse(fs.readFileSync(path.join(repositoryRoot, 'openapi/openapi.yaml'), 'utf8'));
  const { requests, operations } = badRequests(doc, fx);
  log(`${fmt(requests.length)} requests over ${operations.length} operations`);
  const tokens = [['ADMIN', adminToken], ['AGENCY', fx.tokens.AGENCY], ['COURT', fx.tokens.COURT], ['READER', fx.tokens.READER],
    ['REVOKED', fx.revokedToken], ['SESSION', fx.session?.cookie?.split('=')[1]], ['CSRF', fx.session?.otherCsrf]];
  const auth = { admin: `Bearer ${adminToken}` };

  let sql; let leftOut = [];
  if (db) ({ sql, leftOut } = await checksumQuery(db));
  const results = [];
  const changes = []; // {request, tables, kind}
  const stream = fs.createWriteStream(out);
  const chunkSize = Number(opt.chunk);
  const concurrency = Number(opt.concurrency);
  let previous = db ? await checksum(db, sql) : undefined;
  const started = Date.now();

  const sendOne = async (r) => {
    const m = materialise(r, auth);
    const answer = await send(m, host, port);
    const result = {
      i: results.length, op: r.base.op, operation: `${r.base.method} ${r.base.template}`, category: r.category, summary: r.summary,
      expect: r.expect, method: m.method, write: ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m.method) || m.rawHead !== undefined,
      status: answer.status, contentType: answer.headers?.['content-type'], error: answer.error, ms: answer.ms,
      body: answer.body ? snippet(answer.body, 400) : undefined, request: m, repro: reproduction(m, host, port, tokens),
      answerKind: answer.status ? answerKind(answer.status, answer.headers?.['content-type'], answer.body ?? Buffer.alloc(0)) : `no answer (${answer.error})`,
    };
    results.push(result);
    return result;
  };

  for (let i = 0; i < requests.length; i += chunkSize) {
    const chunk = requests.slice(i, i + chunkSize);
    const queue = [...chunk];
    const done = [];
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (queue.length) done.push(await sendOne(queue.shift()));
    }));
    if (db) {
      const now = await checksum(db, sql);
      const changed = differences(previous, now);
      if (changed.length) {
        // Narrow it down: send the chunk's requests again one at a time, with a checksum after each.
        let culprit;
        let before = now;
        for (const r of chunk) {
          const again = await sendOne(r);
          again.rerun = true;
          const after = await checksum(db, sql);
          const d = differences(before, after);
          before = after;
          if (d.length) {
            culprit = again;
            changes.push({ result: again, tables: d, kind: again.status && again.status < 400 ? 'accepted' : 'rejected' });
          }
        }
        const accepted = done.filter((d) => d.status && d.status < 400 && d.write);
        if (!culprit) {
          // Only the first sending changed data: the chunk's accepted writes did it, together.
          if (accepted.length) for (const a of accepted) changes.push({ result: a, tables: [], kind: 'accepted (with others of its chunk)' });
          else changes.push({ result: done[0], tables: changed, kind: 'not reproduced', chunk: done.map((d) => d.i) });
        }
        previous = await checksum(db, sql);
      } else {
        previous = now;
      }
    }
    if ((i / chunkSize) % 40 === 0) log(`${fmt(Math.min(i + chunkSize, requests.length))} of ${fmt(requests.length)} sent`);
  }
  for (const r of results) stream.write(`${JSON.stringify({ ...r, request: { ...r.request, body: r.request.body ? `${r.request.body.length} bytes` : undefined } })}\n`);
  stream.end();
  await once(stream, 'finish');
  if (db) await db.end();

  // -------------------------------------------------------------------------------------------------------------
  const first = results.filter((r) => !r.rerun);
  const p = (s = '') => console.log(s);
  p('');
  p('== Yingsu bad-input run ==');
  p(`code         ${code}`);
  p(`target       ${base} (${ownEnvironment ? 'started for this run, schedulers off' : 'given by --url'})`);
  const perOp = new Counter();
  for (const r of first) perOp.add(r.operation);
  const covered = operations.filter((o) => perOp.get(o) > 0);
  const least = operations.map((o) => [o, perOp.get(o)]).sort((a, b) => a[1] - b[1]);
  p(`requests     ${fmt(first.length)} over ${covered.length} of the ${operations.length} operations of openapi/openapi.yaml `
    + `(fewest: ${least.slice(0, 3).map(([o, n]) => `${o} ${n}`).join(', ')}), in ${Math.round((Date.now() - started) / 1000)} s; `
    + `${results.length - first.length} re-sent to find a change`);
  const byCategory = new Counter();
  for (const r of first) byCategory.add(r.category);
  p(`kinds        ${byCategory.entries().map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
  const asWho = new Counter();
  for (const r of first) {
    const a = r.request.headers.find(([n]) => n === 'Authorization')?.[1] ?? (r.request.headers.some(([n]) => n === 'Cookie') ? 'cookie' : 'none');
    asWho.add(a === auth.admin ? 'ADMIN' : Object.entries(fx.tokens).find(([, s]) => a === `Bearer ${s}`)?.[0] ?? (a === 'cookie' ? 'session cookie' : a === 'none' ? 'no credentials' : 'bad credentials'));
  }
  p(`sent as      ${asWho.entries().map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
  if (failures.length) p(`fixtures     missing: ${failures.join(' | ')}`);
  p('');
  const statuses = new Counter();
  for (const r of first) statuses.add(r.status ?? `no answer (${r.error})`);
  p(`status distribution: ${statuses.entries().sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([k, v]) => `${k}: ${fmt(v)}`).join(', ')}`);
  p('');
  const fives = first.filter((r) => r.status >= 500);
  // A variant's kind without the field or parameter it was applied to, to group like answers together.
  const shape = (r) => `${r.category}: ${r.summary.replace(/^\{\w+\} = .*/, '{path parameter} = …').replace(/^[\w.[\]]+: /, '<field>: ')
    .replace(/^\w+=/, '<parameter>=').replace(/^\w+ (twice|left out)/, '<parameter> $1')}`;
  const grouped = (list, key) => {
    const groups = new Map();
    for (const r of list) {
      const k = key(r);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(r);
    }
    return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  };
  const operationsOf = (list) => {
    const ops = [...new Set(list.map((r) => r.operation))];
    return `${ops.slice(0, 4).join(', ')}${ops.length > 4 ? `, … (${ops.length} operations)` : ''}`;
  };
  p(`5xx: ${fives.length}`);
  for (const [k, list] of grouped(fives, (r) => `${r.answerKind} ← ${shape(r)}`)) p(`  ${String(list.length).padStart(5)} × ${k}: ${operationsOf(list)}`);
  p('  each of them:');
  for (const r of fives) p(`  ${r.status} ${r.operation} [${r.category}: ${clip(r.summary, 120)}] → ${r.contentType ?? '(no content type)'} ${clip(r.body ?? '', 160) || '(empty body)'}\n        ${clip(r.repro)}`);
  p('');
  const errorsNotProblem = first.filter((r) => (r.status >= 400 && !isProblem(r.contentType)));
  const noAnswer = first.filter((r) => !r.status);
  p(`error answers that are not application/problem+json: ${errorsNotProblem.length}, and ${noAnswer.length} requests without any answer (grouped; each one is in the JSON lines file)`);
  for (const [k, list] of grouped([...errorsNotProblem, ...noAnswer], (r) => `${r.answerKind} ← ${shape(r)}`)) {
    p(`  ${String(list.length).padStart(5)} × ${k}: ${operationsOf(list)}; body ${clip(list[0].body ?? '', 120) || '(empty)'}`);
    p(`        e.g. ${clip(list[0].repro, 400)}`);
  }
  p('');
  const acceptedMalformed = first.filter((r) => r.expect === 'reject' && r.status && r.status < 400);
  const acceptedWrites = acceptedMalformed.filter((r) => r.write);
  p(`malformed requests answered 2xx/3xx: ${acceptedMalformed.length}: writes ${acceptedWrites.length}, reads ${acceptedMalformed.length - acceptedWrites.length}`);
  p('  writes:');
  for (const [k, list] of grouped(acceptedWrites, shape)) p(`  ${String(list.length).padStart(5)} × ${k}: ${operationsOf(list)}`);
  const reads = grouped(acceptedMalformed.filter((r) => !r.write), shape);
  p(`  reads (${reads.length} kinds, the largest):`);
  for (const [k, list] of reads.slice(0, 12)) p(`  ${String(list.length).padStart(5)} × ${k}: ${operationsOf(list)}`);
  p('');
  const rejectedChanges = changes.filter((c) => c.kind === 'rejected' || c.kind === 'not reproduced');
  if (!db) p('data changed by a rejected request: NOT CHECKED (no --db)');
  else {
    p(`data changed by a rejected request: ${rejectedChanges.length} (checksums of ${sql.split('union all').length} tables before and after every ${chunkSize} requests; a chunk whose checksum moved was sent again one request at a time, with a checksum after each)`);
    for (const c of rejectedChanges) {
      p(`  ${c.kind}: ${c.result.operation} [${c.result.category}: ${c.result.summary}] → ${c.result.answerKind}; changed ${c.tables.join(', ')}`);
      p(`        ${clip(c.result.repro)}`);
    }
    const acceptedChanges = changes.filter((c) => !rejectedChanges.includes(c));
    p(`data changed by a malformed request that was answered 2xx/3xx: ${acceptedChanges.length}`);
    for (const [k, list] of grouped(acceptedChanges, (c) => shape(c.result))) {
      const tables = [...new Set(list.flatMap((c) => c.tables.map((t) => t.replace(/ \(.*/, ''))))];
      p(`  ${String(list.length).padStart(5)} × ${k}: ${operationsOf(list.map((c) => c.result))}; tables ${tables.join(', ')}`);
    }
    p('left out of the checksums:');
    for (const l of leftOut) p(`  - ${l}`);
  }
  p(`every request and answer: ${out}`);
  p('');
  p('verdicts (issue 15, "Done when"):');
  const verdicts = [
    [first.length >= Number(opt.min), `at least ${fmt(Number(opt.min))} malformed requests (${fmt(first.length)})`],
    [covered.length === operations.length, `every operation covered (${covered.length} of ${operations.length})`],
    [fives.length === 0, `0 × 5xx (was ${fives.length})`],
    [errorsNotProblem.length + noAnswer.length === 0, `0 non-problem errors (was ${errorsNotProblem.length}, and ${noAnswer.length} requests without an answer)`],
    [db ? rejectedChanges.length === 0 : false, `0 changes by a rejected request (was ${db ? rejectedChanges.length : 'not checked'})`],
  ];
  for (const [ok, text] of verdicts) p(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`);
  p(`  (information) ${noAnswer.length} requests got no answer at all; ${acceptedWrites.length} malformed writes were accepted`);
  return verdicts.every(([ok]) => ok);
}

runMain(main);

// The malformed requests: for every operation of openapi/openapi.yaml, a valid request built from the schemas and
// the fixtures, then many variants of it that each break one thing. Every variant is a plain description (method,
// path, headers, body bytes, or raw bytes) that the runner sends on a fresh connection.
import { Schemas, pathText, removeAt, setAt, withRaw } from './schema.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Values for fields by name, so that a request reaches the checks behind the schema (codes that exist). */
function namedValues(fx, op) {
  const future = ['createObservation', 'confirmHead'].includes(op.operationId);
  return (name, schema) => {
    switch (name) {
      case 'agencyCode': case 'parentCode': return fx.agency;
      case 'officialCode': return fx.principal;
      case 'officialCodes': return [fx.principal];
      case 'delegateOfficialCode': return fx.staff;
      case 'defendants': return [fx.agency];
      case 'hearingId': return future ? fx.hearingFuture : fx.hearingHeld;
      case 'caseId': case 'ownerId': return fx.caseId;
      case 'court': return fx.court;
      case 'year': return fx.year;
      case 'quarter': case 'month': return 1;
      case 'reason': return '负责人当日出席区政府常务会议，需要履行他人不能代替的公务';
      case 'email': return 'bad-input@example.com';
      case 'password': case 'newPassword': return 'Bi-Str0ng-Passw0rd-2023';
      case 'expiresAt': return new Date(Date.now() + 86400_000).toISOString();
      // Natural keys that already exist: a request that gets past every check is then a 409, not a new record.
      case 'code': return op.operationId === 'createOfficial' ? fx.principal : fx.agency;
      case 'username': return fx.username;
      case 'caseNumber': return fx.caseNumber;
      case 'number': return op.operationId === 'createRecommendation' ? fx.recommendationNumber : fx.noticeNumber;
      case 'scheduledAt': return op.operationId === 'createHearing' ? fx.hearingHeldAt : undefined;
      case 'format': return 'yingsu-ledger/1';
      default:
        if (schema.format === 'date-time') return '2023-03-01T09:30:00+08:00';
        return undefined;
    }
  };
}

/** A path parameter's valid value, by the resource the path names. */
function pathValue(template, name, fx) {
  if (name === 'code') return template.startsWith('/api/officials') ? fx.principal : fx.agency;
  if (name === 'agencyCode') return fx.agency;
  if (name === 'caseId') return fx.caseId;
  if (name === 'year') return fx.year;
  if (name === 'username') return fx.username;
  if (name === 'officialCode') return fx.principal;
  if (name === 'token') return fx.feedToken ?? 'unknown';
  const resource = template.split('/')[2];
  const ids = {
    appearances: fx.appearanceId, cases: fx.caseId, delegations: fx.delegationId, documents: fx.documentId,
    hearings: fx.hearingHeld, interviews: fx.interviewId, 'monthly-reports': fx.monthlyReportId, notices: fx.noticeId,
    observations: fx.observationId, recommendations: fx.recommendationId, tokens: fx.spareTokenId,
    bulletins: fx.bulletinId, calendar: fx.subscriptionId, confirmations: fx.confirmationId,
  };
  return ids[resource] ?? 1;
}

const enc = (v) => encodeURIComponent(String(v));

const otherType = (value) => {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'not-a-number';
  if (typeof value === 'boolean') return 'maybe';
  if (Array.isArray(value)) return { unexpected: 1 };
  if (value && typeof value === 'object') return 'an object was expected';
  return [1, 2];
};

const BAD_DATES = ['2023-02-30', '2023-13-01', '0000-00-00', '+999999999-12-31', '-999999999-01-01', '2023-3-1', '20230301', 'yesterday'];
const BAD_TIMESTAMPS = ['+999999999-12-31T23:59:59+18:00', '-999999999-01-01T00:00:00-18:00', '2023-03-01T25:00:00+08:00',
  '2023-03-01T09:30:00+19:00', '2023-02-30T09:30:00+08:00', '1e10', 'now'];

/** The bad values of one JSON leaf, by what its schema says it is. */
function leafVariants(node) {
  const { schema, value, path } = node;
  const out = [];
  const put = (summary, mutate) => out.push({ summary: `${pathText(path)}: ${summary}`, mutate });
  const setTo = (v) => (root) => JSON.stringify(setAt(root, path, v));
  const raw = (text) => (root) => withRaw(root, path, text);
  if (typeof value === 'string') {
    put('U+0000 in the string', setTo(`a\u0000b`));
    put('a lone surrogate (\\ud800)', raw('"a\\ud800b"'));
    put('a lone low surrogate (\\udc00) at the end', raw('"ab\\udc00"'));
    put('bytes that are not UTF-8 (0xff 0xfe)', (root) => Buffer.concat(withRaw(root, path, '"a\u0001SPLIT\u0001b"').split('\u0001SPLIT\u0001')
      .flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xff, 0xfe]), Buffer.from(part)]))));
    put(`${schema.maxLength ? `${schema.maxLength + 1} characters (maxLength ${schema.maxLength})` : '10,000 characters'}`,
      setTo('长'.repeat(schema.maxLength ? schema.maxLength + 1 : 10_000)));
    if (schema.pattern || schema.minLength) {
      put('empty string', setTo(''));
      put('only spaces', setTo('   '));
    }
    if (schema.enum) {
      put('not one of the enum values', setTo('NOT_A_VALUE'));
      put('an enum value in lower case', setTo(String(schema.enum[0]).toLowerCase()));
    }
    if (schema.format === 'date') for (const d of BAD_DATES) put(`bad date ${d}`, setTo(d));
    if (schema.format === 'date-time') for (const d of BAD_TIMESTAMPS) put(`bad timestamp ${d}`, setTo(d));
  } else if (typeof value === 'number') {
    put('-1', setTo(-1));
    put('2147483648 (beyond int32)', raw('2147483648'));
    put('9223372036854775808 (beyond int64)', raw('9223372036854775808'));
    put('1e400 (beyond double)', raw('1e400'));
    put('a 1,100-digit number', raw('9'.repeat(1100)));
    put('1.5 for an integer', raw('1.5'));
    put('-99999999999999999999', raw('-99999999999999999999'));
    put('NaN', raw('NaN'));
  } else if (typeof value === 'boolean') {
    put('"yes" for a boolean', setTo('yes'));
    put('2 for a boolean', setTo(2));
  } else if (Array.isArray(value)) {
    put('[null]', setTo([null]));
    if (schema.minItems) put('empty array (minItems)', setTo([]));
    if (schema.maxItems) put(`${schema.maxItems + 1} items (maxItems ${schema.maxItems})`, setTo(Array(schema.maxItems + 1).fill(value[0] ?? 'x')));
  } else if (value && typeof value === 'object') {
    put('an extra, unknown field', setTo({ ...value, unexpectedField: 1 }));
  }
  return out;
}

/** Every variant of a JSON body: each leaf broken, each required field left out, duplicate keys, and whole-body garbage. */
function bodyVariants(schemas, bodySchema, base, large) {
  const out = [];
  const nodes = schemas.walk(base, bodySchema);
  for (const node of nodes) {
    const { path, value } = node;
    out.push(...leafVariants(node));
    if (path.length === 0) continue;
    const parentPath = path.slice(0, -1);
    const key = path.at(-1);
    const parent = nodes.find((n) => n.path.length === parentPath.length && n.path.every((k, i) => k === parentPath[i]));
    out.push({ summary: `${pathText(path)}: wrong type (${JSON.stringify(otherType(value)).slice(0, 30)})`, mutate: (root) => JSON.stringify(setAt(root, path, otherType(value))) });
    if (typeof key === 'string') {
      const required = (parent?.schema.required ?? []).includes(key);
      if (required) {
        out.push({ summary: `${pathText(path)}: required, left out`, mutate: (root) => JSON.stringify(removeAt(root, path)) });
        out.push({ summary: `${pathText(path)}: required, null`, mutate: (root) => JSON.stringify(setAt(root, path, null)) });
      }
      out.push({
        summary: `${pathText(path)}: duplicate key, the second of another type`,
        mutate: (root) => withRaw(root, path, `${JSON.stringify(value)},${JSON.stringify(key)}:${JSON.stringify(otherType(value))}`),
      });
    }
  }
  const text = JSON.stringify(base);
  const whole = [
    ['empty body', ''], ['null', 'null'], ['a truncated document', text.slice(0, Math.max(1, Math.floor(text.length / 2)))],
    ['{', '{'], ['a string', '"text"'], ['a number', '123'], ['true', 'true'],
    [Array.isArray(base) ? 'an object instead of the array' : 'an array instead of the object', Array.isArray(base) ? JSON.stringify(base[0] ?? {}) : `[${text}]`],
    ['trailing garbage after the document', `${text} garbage`], ['two documents', `${text}${text}`],
    ['a comment in the JSON', text.replace(/^([[{])/, '$1/* comment */')], ['single quotes', text.replaceAll('"', "'")],
    ['100,000 nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)], ['10,000 nested objects', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)],
  ];
  if (large) whole.push(['a 2 MB string value', Array.isArray(base) ? `["${'x'.repeat(2_000_000)}"]` : `{"unexpectedField":"${'x'.repeat(2_000_000)}"}`]);
  if (!Array.isArray(base) && Object.keys(base).length) whole.push(['{}', '{}']);
  for (const [summary, body] of whole) out.push({ summary: `whole body: ${summary}`, mutate: () => body });
  out.push({ summary: 'whole body: UTF-16LE', mutate: () => Buffer.from(text, 'utf16le'), expect: 'any' });
  out.push({ summary: 'whole body: a U+0000 byte between tokens', mutate: () => text.replace(/^([[{])/, '$1\u0000') });
  return out;
}

/** All requests for all operations; `fx`: the fixtures they name. */
export function badRequests(doc, fx) {
  const schemas = new Schemas(doc);
  const requests = [];
  const operations = [];
  const seenPaths = new Set();
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const method = m.toUpperCase();
      operations.push(`${method} ${template}`);
      const all = [];
      const add = (category, summary, change = {}, expect = 'reject') => all.push({ category, summary, change, expect });
      const params = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path');
      const queryParams = params.filter((p) => p.in === 'query');
      const headerNames = params.filter((p) => p.in === 'header').map((p) => p.name);
      const roles = op.security?.[0] ? Object.values(op.security[0])[0] : null;
      const named = namedValues(fx, op);
      const pathValues = Object.fromEntries(pathParams.map((p) => [p.name, String(pathValue(template, p.name, fx))]));
      const fill = (values) => template.replace(/\{(\w+)\}/g, (_, n) => values[n]);
      const baseQuery = queryParams.filter((p) => p.required).map((p) => [p.name, enc(schemas.valid(p.schema, named, p.name))]);
      const content = op.requestBody?.content ?? {};
      let bodyType;
      let baseBody;
      let bodySchema;
      if (content['application/json']) {
        bodyType = 'application/json';
        bodySchema = content['application/json'].schema;
        baseBody = schemas.valid(bodySchema, named);
        if (op.operationId === 'intakeCases') baseBody = fx.intakeCase ? [fx.intakeCase] : baseBody;
      } else if (content['application/octet-stream']) {
        bodyType = 'application/pdf';
        baseBody = fx.pdf;
      }
      const base = {
        op: op.operationId, method, template, pathValues, fill, query: baseQuery, bodyType,
        body: baseBody === undefined ? undefined : Buffer.isBuffer(baseBody) ? baseBody : Buffer.from(JSON.stringify(baseBody)),
        json: Buffer.isBuffer(baseBody) ? undefined : baseBody, roles, ifMatch: headerNames.includes('If-Match'),
      };

      // Credentials.
      if (roles) {
        add('auth', 'no credentials', { auth: null });
        add('auth', 'Authorization: Bearer without a token', { auth: 'Bearer' });
        add('auth', 'an unknown bearer token', { auth: 'Bearer yst_not-a-real-token-0000000000000000' });
        add('auth', 'a revoked token', { auth: `Bearer ${fx.revokedToken}` });
        add('auth', 'Basic credentials', { auth: 'Basic YWRtaW46eWluZ3N1' });
        add('auth', 'a 6,000-character bearer token', { auth: `Bearer ${'x'.repeat(6000)}` });
        add('auth', 'a session cookie that is not a session', { auth: null, headers: [['Cookie', 'yingsu_session=yss_forged']] });
        for (const role of ['AGENCY', 'COURT', 'READER']) {
          if (!roles.includes(role) && fx.tokens[role]) add('auth', `a ${role} token (not allowed)`, { auth: `Bearer ${fx.tokens[role]}` });
        }
        if (WRITE.has(method) && fx.session) {
          add('csrf', 'the session cookie without X-CSRF-Token', { auth: null, headers: [['Cookie', fx.session.cookie]] });
          add('csrf', 'the session cookie with a wrong X-CSRF-Token', { auth: null, headers: [['Cookie', fx.session.cookie], ['X-CSRF-Token', 'wrong']] });
          add('csrf', "the session cookie with another session's token", { auth: null, headers: [['Cookie', fx.session.cookie], ['X-CSRF-Token', fx.session.otherCsrf ?? 'x']] });
        }
      }

      // Query parameters.
      for (const p of queryParams) {
        const s = schemas.resolve(p.schema);
        const valid = enc(schemas.valid(p.schema, named, p.name));
        const q = (value, summary, expect = 'reject') => add('query', `${p.name}=${summary ?? value}`,
          { query: [...baseQuery.filter(([n]) => n !== p.name), [p.name, value]] }, expect);
        q('%00'); q(`${valid}%00`, `${valid}%00`); q('%ED%A0%80', '%ED%A0%80 (a lone surrogate in UTF-8)'); q('%FF');
        q('%zz', '%zz (bad percent-encoding)'); q('%', '% alone');
        q('x'.repeat(6000), '6,000 characters', 'any');
        if (s.type === 'integer') {
          q('abc'); q('1.5'); q('99999999999999999999'); q('9223372036854775808');
          if (s.format === 'int32') q('-2147483649');
          if (p.name === 'page') {
            q('99999999', '99999999', 'any');
            add('query', 'page=99999999 with size=500', { query: [...baseQuery.filter(([n]) => n !== 'page' && n !== 'size'), ['page', '99999999'], ['size', '500']] }, 'any');
            q('2147483647', '2147483647', 'any');
          }
          else if (p.name === 'size') { q('0'); q('501'); q('-1'); q('99999999'); } else q('-1', '-1', 'any');
        } else if (s.type === 'boolean') {
          q('yes'); q('2');
        } else if (s.enum) {
          q('NOT_A_VALUE'); q(enc(String(s.enum[0]).toLowerCase()), 'lower case');
        } else if (s.format === 'date') {
          for (const d of BAD_DATES) q(enc(d), d);
        } else if (s.format === 'date-time') {
          for (const d of BAD_TIMESTAMPS) q(enc(d), d);
        }
        if (p.required) add('query', `${p.name} left out (required)`, { query: baseQuery.filter(([n]) => n !== p.name) });
        // JAX-RS takes the first of repeated parameters: an answer is fine, a 5xx is not.
        add('query', `${p.name} twice, the second bad`, { query: [...baseQuery.filter(([n]) => n !== p.name), [p.name, valid], [p.name, '%00']] }, 'any');
      }
      add('query', 'an unknown query parameter', { query: [...baseQuery, ['unknownParameter', '1']] }, 'any');

      // Headers.
      if (base.ifMatch) {
        for (const value of ['"999999"', 'garbage', '"-1"', '"abc"', 'W/"0"', `"${'9'.repeat(400)}"`]) {
          add('header', `If-Match: ${value.slice(0, 40)}`, { headers: [['If-Match', value]] });
        }
        add('header', 'If-Match: "1", "999999" (a list, RFC 9110)', { headers: [['If-Match', '"1", "999999"']] }, 'any');
      }
      if (headerNames.includes('Idempotency-Key')) {
        add('header', 'Idempotency-Key: (empty)', { headers: [['Idempotency-Key', '']] });
        add('header', 'Idempotency-Key of 300 characters', { headers: [['Idempotency-Key', 'k'.repeat(300)]] });
        add('header', 'Idempotency-Key with a space', { headers: [['Idempotency-Key', 'a b']] });
        add('header', 'Idempotency-Key in UTF-8 (non-ASCII)', { headers: [['Idempotency-Key', '幂等键']] });
        add('header', 'Idempotency-Key with a control byte', { headers: [['Idempotency-Key', 'a\u0001b']] });
      }
      if (method === 'GET') {
        for (const accept of ['application/xml', 'text/html', 'image/png', 'application/json;q=0', '*/*;q=abc']) {
          add('header', `Accept: ${accept}`, { headers: [['Accept', accept]] }, 'any');
        }
      }
      add('http', 'a header value with a control byte (0x01)', { headers: [['X-Bad-Input', 'a\u0001b']] });
      add('http', 'a header value with U+0000', { headers: [['X-Bad-Input', 'a\u0000b']] });
      add('http', 'a header name with a space', { headers: [['X Bad Input', 'a']] });
      add('http', 'a header line without a colon', { headers: [['X-Bad-Input-Without-Colon', null]] });
      add('http', 'an obsolete folded header line', { headers: [['X-Bad-Input', 'a\r\n folded']] }, 'any');
      add('http', 'a 40,000-byte header (431)', { headers: [['X-Pad', 'x'.repeat(40_000)]] });
      add('http', '300 headers', { headers: Array.from({ length: 300 }, (_, i) => [`X-Pad-${i}`, 'x']) }, 'any');
      add('http', 'a 20,000-byte URL (414)', { query: [...baseQuery, ['pad', 'x'.repeat(20_000)]] });
      add('http', 'an absolute-form request target', { absolute: true }, 'any');

      // The body.
      if (bodyType === 'application/json') {
        const large = ['intakeCases', 'importLedger', 'createAgency', 'createCase'].includes(op.operationId);
        for (const variant of bodyVariants(schemas, bodySchema, baseBody, large)) add('body', variant.summary, { body: variant.mutate }, variant.expect);
        for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
          null, 'foo', 'application/json, text/plain']) {
          add('content-type', `Content-Type: ${type ?? '(none)'}`, { contentType: type });
        }
        // JSON that says what it is in another way: accepting it is fine, a 5xx is not.
        for (const type of ['application/json; charset=utf-16', 'application/problem+json', 'application/json; charset=UTF-8']) {
          add('content-type', `Content-Type: ${type}`, { contentType: type }, 'any');
        }
      } else if (bodyType) {
        add('body', 'empty body', { body: () => '' });
        add('body', 'PNG bytes declared as application/pdf', { body: () => fx.png });
        add('body', 'a truncated PDF', { body: () => fx.pdf.subarray(0, 10) });
        add('body', 'random bytes', { body: () => Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)) });
        for (const type of ['text/plain', 'image/png', 'application/json', null, 'application/pdf; charset=utf-8; x=', 'foo']) {
          add('content-type', `Content-Type: ${type ?? '(none)'}`, { contentType: type });
        }
      }
      if (bodyType) {
        add('http', 'Content-Length and Transfer-Encoding: chunked together', { smuggle: true });
        add('http', 'Transfer-Encoding: gzip', { headers: [['Transfer-Encoding', 'gzip']] });
        add('http', 'a chunked body with a bad chunk size', { badChunk: true });
        add('http', 'Content-Encoding: gzip on a plain body', { headers: [['Content-Encoding', 'gzip']] });
        if (['intakeCases', 'importLedger', 'uploadDocument', 'createAgency'].includes(op.operationId)) {
          add('size', 'an 11 MB body (Content-Length)', { big: 'length' });
          add('size', 'an 11 MB chunked body', { big: 'chunked' });
        }
      } else if (WRITE.has(method)) {
        add('body', 'an unexpected JSON body', { body: () => '{"unexpectedField":1}', contentType: 'application/json' }, 'any');
      }
      if (op.operationId === 'importLedger') {
        add('body', 'a truncated workbook', { body: () => fx.truncatedXlsx, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
        add('body', 'bytes that are not a workbook', { body: () => Buffer.from('PK\u0003\u0004 not really a zip'), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      }

      // Methods (once per path).
      if (!seenPaths.has(template)) {
        seenPaths.add(template);
        add('method', 'an unknown method FOO', { method: 'FOO' });
        add('method', 'TRACE', { method: 'TRACE' });
        const missing = METHODS.find((x) => !item[x]);
        if (missing) add('method', `${missing.toUpperCase()} (not an operation of this path)`, { method: missing.toUpperCase() });
      }

      // Path parameters, last: a variant that is wrongly accepted may delete the fixture.
      for (const p of pathParams) {
        const valid = pathValues[p.name];
        const bad = ['%00', `${valid}%00`, '%ED%A0%80', '%FF', '-1', '0', '99999999999999999999', '9223372036854775808',
          '1.5', '1e3', 'abc', '%20', '%2F', '..', '%2e%2e', 'x'.repeat(3000), '%F0%9F%98%80', `${valid};x`, `${valid};x=1`, `${valid}%3Bx`];
        for (const value of bad) {
          if (value === valid) continue;
          add('path', `{${p.name}} = ${value.length > 40 ? `${value.length} characters` : value}`, { path: fill({ ...pathValues, [p.name]: value }) });
        }
      }
      add('path', 'a matrix parameter on the first segment', { path: fill(pathValues).replace('/api/', '/api;x=1/') });
      // Paths that normalise to the operation's own (RFC 3986 dot segments, an empty segment, a trailing slash):
      // answering them as the operation is fine, a 5xx is not.
      add('path', 'a trailing slash', { path: `${fill(pathValues)}/` }, 'any');
      add('path', 'a doubled slash', { path: fill(pathValues).replace('/api/', '/api//') }, 'any');
      add('path', 'a dot segment', { path: fill(pathValues).replace('/api/', '/api/./') }, 'any');
      add('path', 'an encoded dot-dot segment', { path: fill(pathValues).replace('/api/', '/api/x/%2e%2e/') }, 'any');

      for (const r of all) requests.push({ ...r, base });
    }
  }
  // Beyond the operations: the HTTP layer itself, and paths the contract does not have.
  const global = { op: '(http)', method: 'GET', template: '(beyond the operations)', pathValues: {}, fill: () => '/api/auth/me', query: [] };
  for (const [summary, change] of [
    ['an unknown /api path', { path: '/api/no-such-resource' }],
    ['an unknown /api path with U+0000', { path: '/api/no-such%00resource' }],
    ['an unknown /q path', { path: '/q/no-such-endpoint' }],
    ['HTTP/1.0 without Host', { rawHead: 'GET /api/auth/me HTTP/1.0\r\n\r\n' }],
    ['HTTP/2.0 in the request line', { rawHead: 'GET /api/auth/me HTTP/2.0\r\nHost: x\r\nConnection: close\r\n\r\n' }],
    ['HTTP/1.1 without Host', { rawHead: 'GET /api/auth/me HTTP/1.1\r\nConnection: close\r\n\r\n' }],
    ['two Host headers', { rawHead: 'GET /api/auth/me HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n' }],
    ['a garbage request line', { rawHead: 'HELLO\r\n\r\n' }],
    ['a request line with tabs', { rawHead: 'GET\t/api/auth/me\tHTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' }],
    ['a space in the path', { rawHead: 'GET /api/auth /me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' }],
    ['a raw non-ASCII byte in the path', { rawHead: Buffer.concat([Buffer.from('GET /api/agencies/'), Buffer.from([0xe4, 0xb8]), Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')]) }],
    ['a bare LF line ending', { rawHead: 'GET /api/auth/me HTTP/1.1\nHost: x\nConnection: close\n\n' }],
    ['the metrics endpoint without credentials', { path: '/q/metrics', auth: null }],
  ]) {
    requests.push({ category: 'http', summary, change, expect: summary.includes('metrics') ? 'reject' : summary.startsWith('HTTP/1.0') ? 'any' : 'reject', base: global });
  }
  // Writes run before deletions, so that a deletion wrongly accepted removes a fixture only at the end.
  const rank = (r) => (r.base.method === 'DELETE' ? 2 : 0) + (r.category === 'path' ? 1 : 0);
  requests.sort((a, b) => rank(a) - rank(b));
  return { requests, operations };
}

export function materialise(request, auth) {
  const { base, change } = request;
  const method = change.method ?? base.method;
  let pathPart = change.path ?? base.fill(base.pathValues);
  const query = change.query ?? base.query;
  if (query.length) pathPart += `?${query.map(([n, v]) => `${n}=${v}`).join('&')}`;
  let body = base.body;
  if (change.body) {
    const made = change.body(base.json);
    body = Buffer.isBuffer(made) ? made : Buffer.from(made);
  }
  const contentType = 'contentType' in change ? change.contentType : base.bodyType;
  const headers = [];
  const authorization = 'auth' in change ? change.auth : auth.admin;
  if (authorization) headers.push(['Authorization', authorization]);
  if (body !== undefined && contentType) headers.push(['Content-Type', contentType]);
  headers.push(...(change.headers ?? []));
  return { method, path: pathPart, headers, body, big: change.big, smuggle: change.smuggle, badChunk: change.badChunk, rawHead: change.rawHead, absolute: change.absolute };
}

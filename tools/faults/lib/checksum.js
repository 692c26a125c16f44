// A checksum of every table's rows, to tell whether a request changed data. What legitimately changes on a
// rejected request is left out, and the report says so.

/** Tables whose rows a rejected request may rightly write. */
export const LEFT_OUT_TABLES = [
  [/^idempotency_key$/, 'a rejected POST with an Idempotency-Key keeps its 4xx answer there, so that a retry gets the same answer'],
  [/(rate|throttl|login_attempt|login_failure)/, 'login throttling and rate-limit counters count rejected requests by design'],
];

/** Columns that every accepted read touches. */
export const LEFT_OUT_COLUMNS = {
  api_token: [['last_used_at', 'stamped by any authenticated request with the token (at most once a minute)']],
  user_session: [['last_seen_at', 'stamped by any request of the session (idle timeout)']],
};

/** Rows of a table that are not data: the audit trail's login and logout events (and failed-login events). */
export const ROW_FILTERS = {
  audit_log: ["action in ('INSERT', 'UPDATE', 'DELETE')",
    'only data changes are compared; LOGIN/LOGOUT rows (and failed-login events, issue 15 item 6) are written by logins, which the run makes on purpose'],
};

export async function checksumQuery(db) {
  const { rows } = await db.query(`select c.table_name, c.column_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' order by c.table_name, c.ordinal_position`);
  const tables = new Map();
  for (const row of rows) {
    if (!tables.has(row.table_name)) tables.set(row.table_name, []);
    tables.get(row.table_name).push(row.column_name);
  }
  const leftOut = [];
  const parts = [];
  for (const [table, columns] of tables) {
    const reason = LEFT_OUT_TABLES.find(([pattern]) => pattern.test(table));
    if (reason) {
      leftOut.push(`table ${table}: ${reason[1]}`);
      continue;
    }
    const dropped = (LEFT_OUT_COLUMNS[table] ?? []).filter(([c]) => columns.includes(c));
    for (const [c, why] of dropped) leftOut.push(`column ${table}.${c}: ${why}`);
    const kept = columns.filter((c) => !dropped.some(([d]) => d === c)).map((c) => `"${c}"`);
    const filter = ROW_FILTERS[table];
    if (filter) leftOut.push(`rows of ${table} other than ${filter[0]}: ${filter[1]}`);
    parts.push(`select '${table}' t, count(*)::int n, md5(coalesce(string_agg(h, ',' order by h), '')) h
      from (select md5(row(${kept.join(', ')})::text) h from "${table}"${filter ? ` where ${filter[0]}` : ''}) x`);
  }
  return { sql: parts.join('\nunion all\n'), tables: [...tables.keys()], leftOut };
}

export async function checksum(db, sql) {
  const { rows } = await db.query(sql);
  return new Map(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

/** The tables whose checksum differs, with their row counts before and after. */
export function differences(before, after) {
  const changed = [];
  for (const [table, value] of after) {
    const old = before.get(table);
    if (old !== value) changed.push(`${table} (rows ${old?.split(':')[0]} → ${value.split(':')[0]})`);
  }
  return changed;
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes in knex's log start with ESC
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * The SQL statements knex logged (DATABASE_DEBUG=true) while Strapi served the last request to
 * `path`: those printed between the previous request's log line and this one's
 * (`http: GET /api/… (N ms) 200`, written when the response is sent).
 */
export const statementsOfLastRequest = (output: string, path: string): string[] => {
  const lines = output.replace(ANSI, '').split('\n');
  const end = lines.findLastIndex((line) => line.includes(`http: GET ${path}`));
  const start = lines.findLastIndex((line, index) => index < end && /\bhttp: [A-Z]+ \//.test(line));
  if (end < 0 || start < 0) throw new Error(`Could not find the request to ${path} and the one before it in Strapi's output`);
  return lines
    .slice(start + 1, end)
    .map((line) => line.match(/^\s*sql: (['"])(.*)\1,?$/)?.[2])
    .filter((sql): sql is string => Boolean(sql))
    .map((sql) => sql.replace(/\\'/g, "'"));
};

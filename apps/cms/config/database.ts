import path from 'node:path';
import type { Core } from '@strapi/strapi';

const appRoot = path.join(__dirname, '..', '..');

type SqliteConnection = { pragma: (source: string) => unknown };

/**
 * SQLite's defaults (a rollback journal, created, synced and deleted for every transaction) cost
 * each stored comment several disk syncs. A write-ahead log costs one and lets readers go on while
 * a comment is written; `synchronous = FULL` keeps every acknowledged write on disk.
 */
const useWriteAheadLog = (connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) => {
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  done(null, connection);
};

/** SQLite with no configuration; PostgreSQL as soon as DATABASE_URL is set. */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const url = env('DATABASE_URL');
  if (url) {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: url,
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        // Fail fast when the database is away instead of queueing readers for a minute.
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 5000),
        debug: env.bool('DATABASE_DEBUG', false),
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appRoot, env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
      pool: { afterCreate: useWriteAheadLog },
      // Logs every SQL statement: the benchmark counts queries per request with it.
      debug: env.bool('DATABASE_DEBUG', false),
    },
  };
};

/** `trajectory db migrate|status`: bring the database schema up to date, or say how far behind it is. */
import { MIGRATIONS, migrateToLatest, pendingMigrations } from '@trajectory/server';
import { positionals } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { DATA_OPTION_HELP, json, parseOptions, subcommand, withStore } from '../store.js';

const HELP = `Usage: trajectory db migrate [--data DIR] [--json]
       trajectory db status [--data DIR] [--json]

migrate  apply every migration the database has not had yet (safe to run
         again: it then applies nothing). 'npm start' runs it before serving.
status   list the migrations not applied yet.

The database is the server's: an SQLite file in the data directory, or
PostgreSQL when DATABASE_URL is set.

Options:
${DATA_OPTION_HELP}
  --json      print the result as JSON
  -h, --help  show this help

Exit codes: 0 ok, 1 the database cannot be opened or migrated, 2 usage.
`;

export const db: Command = {
  name: 'db',
  summary: 'migrate the database (db migrate), or list pending migrations (db status)',
  help: HELP,
  async run(args, io) {
    const { values, positionals: rest } = parseOptions('db', args, { data: { type: 'string' }, json: { type: 'boolean' } });
    const action = subcommand('db', rest, ['migrate', 'status'] as const);
    positionals('db', rest, 1);
    return withStore(io, values.data, async (store) => {
      if (action === 'migrate') {
        const { applied } = await migrateToLatest(store);
        await write(
          io.stdout,
          values.json
            ? json({ database: store.location, dialect: store.dialect, applied })
            : applied.length
              ? `Migrated ${store.location}: ${applied.join(', ')}\n`
              : `${store.location} is up to date (${Object.keys(MIGRATIONS).length} migrations)\n`,
        );
        return EXIT.ok;
      }
      const pending = await pendingMigrations(store);
      await write(
        io.stdout,
        values.json
          ? json({ database: store.location, dialect: store.dialect, pending })
          : pending.length
            ? `${store.location} needs: ${pending.join(', ')} (run 'trajectory db migrate')\n`
            : `${store.location} is up to date\n`,
      );
      return EXIT.ok;
    });
  },
};

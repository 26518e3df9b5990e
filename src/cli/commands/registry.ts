import { runLoaded, type Command } from '../command.js';

export const usage = `Usage:
  ingest-advisor registry copy [--from SQLITE_FILE] [--to DATABASE_URL] [--replace] [--json]
      copy a SQLite registry into PostgreSQL, all or nothing, to run several instances on it

Options:
  --from SQLITE_FILE   the registry file to copy (default: INGEST_ADVISOR_DB, ./data/advisor.db); it is
                       upgraded to this version's schema first, as any command would
  --to DATABASE_URL    the PostgreSQL database to copy it into, postgres://USER:PASSWORD@HOST:5432/DATABASE
                       (default: DATABASE_URL, so the password need not be typed on the command line)
  --replace            replace a registry the database already holds (refused without it)
  --json               {"from", "to", "tables": {"streams": N, …}}

Every row of every table is copied, ids kept, in one transaction on the target, checked table by
table before it commits: a failure part-way leaves the database as it was. Stop the instances
that write to the file first, so that nothing written meanwhile is left behind.

Examples:
  ingest-advisor registry copy --from data/advisor.db --to postgres://advisor@db.internal:5432/advisor
  DATABASE_URL=postgres://… ingest-advisor registry copy --from data/advisor.db`;

export const registryCommand: Command = {
  name: 'registry',
  summary: 'the registry itself: copy a SQLite registry into PostgreSQL',
  usage,
  run: runLoaded(() => import('./registry-run.js')),
};

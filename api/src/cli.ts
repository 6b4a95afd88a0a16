import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/orm.js';
import { createLogger } from './lib/logger.js';
import { createServices } from './speedgraph.js';
import { loadFixtureFile } from './fixtures/load.js';

const USAGE = `Usage: speedgraph <command> [options]

Commands:
  createsuperuser --username NAME [--password PW] [--token-name NAME]
      Creates an admin (or resets its password) and prints a new API token.
  createtoken --username NAME [--token-name NAME]
      Prints a new API token for an existing user.
  load-fixtures FILE
      Loads a dataset (environments, projects, results) such as fixtures/demo.json.
  migrate
      Applies pending database migrations and exits.

The database is the one the settings name (DATABASE_URL, else the embedded one in DATA_DIR).`;

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      'token-name': { type: 'string' },
    },
  });
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const services = createServices(config, db, log);
    const em = db.fork();
    switch (command) {
      case 'migrate':
        console.log('Database is up to date.');
        break;
      case 'createsuperuser':
      case 'createtoken': {
        const username = values.username ?? 'admin';
        let user = await services.users.findByUsername(em, username);
        if (command === 'createtoken' && !user) throw new Error(`No user named ${username}`);
        if (command === 'createsuperuser') {
          const password = values.password ?? process.env['SPEEDGRAPH_PASSWORD'] ?? null;
          if (!user) {
            if (!password) throw new Error('Give a password: --password PW (or SPEEDGRAPH_PASSWORD)');
            user = await services.users.createUser(em, { username, password, isAdmin: true });
            console.log(`Created admin user ${username}.`);
          } else if (password) {
            user.isAdmin = true;
            await services.users.setPassword(em, user, password);
            console.log(`Updated admin user ${username}.`);
          }
        }
        const { token } = await services.users.createToken(
          em,
          user!,
          values['token-name'] ?? 'created on the command line',
        );
        console.log(`API token (shown once, keep it secret):\n${token}`);
        break;
      }
      case 'load-fixtures': {
        const file = positionals[0];
        if (!file) throw new Error('Give the fixture file: load-fixtures FILE');
        const summary = await loadFixtureFile(services, file);
        console.log(summary);
        break;
      }
      default:
        console.error(`Unknown command ${command}\n\n${USAGE}`);
        process.exitCode = 2;
    }
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});

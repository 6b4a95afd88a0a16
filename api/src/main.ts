import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './lib/logger.js';
import { startSpeedgraph } from './speedgraph.js';

try {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const speedgraph = await startSpeedgraph(config, log);
  const shutdown = async (signal: string) => {
    log.info(`${signal}: shutting down`);
    await speedgraph.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { EnvironmentSpec } from './dataset.js';
import { BenchBroke, graphql } from './http.js';
import { CLI_SCRIPT, serverEnv } from './server.js';

const run = promisify(execFile);

/**
 * An admin and its API token, made the way an operator makes them: with the
 * CLI against the bench database. This also applies the migrations, so the
 * server starts on a ready schema.
 */
export async function createAdminToken(databaseUrl: string): Promise<string> {
  const args = [CLI_SCRIPT, 'createsuperuser', '--username', 'bench', '--password', 'bench', '--token-name', 'bench'];
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, args, { env: serverEnv(databaseUrl) }));
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new BenchBroke(`createsuperuser failed: ${stderr || message}`);
  }
  const token = /^(sg_\S+)$/m.exec(stdout)?.[1];
  if (!token) throw new BenchBroke(`createsuperuser printed no API token:\n${stdout}`);
  return token;
}

/** Environments are never created by ingestion: an admin registers the machines first. */
export async function createEnvironments(serverUrl: string, token: string, environments: EnvironmentSpec[]) {
  for (const environment of environments) {
    await graphql(
      serverUrl,
      token,
      `
        mutation CreateEnvironment($input: CreateEnvironmentInput!) {
          createEnvironment(input: $input) {
            environment {
              id
            }
          }
        }
      `,
      { input: environment },
    );
  }
}

/**
 * Splits a migration script into single statements: PGlite runs each query as
 * a prepared statement, which may hold only one command.
 */
export function statements(script: string): string[] {
  return script
    .split(/;\s*$/m)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--')));
}

import { Migration } from '@mikro-orm/migrations';

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

/**
 * A migration written as one SQL script. Its transaction lifts the statement
 * time box: an index built over years of results may take longer than any request should.
 */
export abstract class ScriptMigration extends Migration {
  protected abstract readonly script: string;

  override up(): void {
    this.addSql('set local statement_timeout = 0');
    for (const statement of statements(this.script)) this.addSql(statement);
  }
}

import { once } from 'node:events';
import type pg from 'pg';

/**
 * `COPY ... FROM STDIN` with the `pg` client alone. pg-copy-streams (the usual
 * way) is not a dependency of the project; pg speaks the copy-in protocol
 * through its Submittable interface, which is all pg-copy-streams uses too.
 */

/** The copy messages of pg's Connection, which its type declarations leave out. */
type CopyConnection = pg.Connection & {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
};

class CopyFromStdin implements pg.Submittable {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private rows = 0;
  private failed = false;

  constructor(
    private readonly statement: string,
    private readonly chunks: readonly Buffer[],
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: pg.Connection): void {
    connection.query(this.statement);
  }

  /** The server is ready for the data: send it, waiting whenever the socket's buffer is full. */
  handleCopyInResponse(connection: CopyConnection): void {
    this.send(connection).catch((error: unknown) => {
      connection.sendCopyFail(String(error));
    });
  }

  private async send(connection: CopyConnection) {
    for (const chunk of this.chunks) {
      // After an error the server drops whatever copy data still comes; stop sending it.
      if (this.failed) return;
      connection.sendCopyFromChunk(chunk);
      if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
    }
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /^COPY (\d+)/.exec(message.text ?? '');
    if (match) this.rows = Number(match[1]);
  }

  handleReadyForQuery(): void {
    this.resolve(this.rows);
  }

  handleError(error: Error): void {
    this.failed = true;
    this.reject(error);
  }

  // Messages a COPY FROM never gets; pg calls them on whatever query is active.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs a `COPY ... FROM STDIN` statement with the given text-format data; resolves to the rows copied. */
export function copyFromStdin(client: pg.Client, statement: string, chunks: readonly Buffer[]): Promise<number> {
  const copy = new CopyFromStdin(statement, chunks);
  client.query(copy);
  return copy.done;
}

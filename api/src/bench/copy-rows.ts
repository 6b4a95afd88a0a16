import type { ResultSpec } from './dataset.js';
import { idOf, type Ids } from './ids.js';

/**
 * Results in the text format of `COPY result (...) FROM STDIN`, in chunks of
 * about 1 MiB: shared by the COPY reference and the dataset loader, so both
 * write the very rows the server would.
 */

/** The columns of a line, after the optional id. */
export const RESULT_COLUMNS =
  'revision_id, executable_id, benchmark_id, environment_id, value, std_dev, min, max, q1, q3, date';

const CHUNK_BYTES = 1 << 20;

const nullable = (x: number | null) => (x === null ? '\\N' : String(x));

/** One result as a line of RESULT_COLUMNS. */
export function resultLine(r: ResultSpec, ids: Ids): string {
  return (
    [
      idOf(ids.revision, `${r.revision.branch}/${r.revision.commitId}`),
      idOf(ids.executable, r.executable.name),
      idOf(ids.benchmark, r.benchmark.name),
      idOf(ids.environment, r.environment.name),
      r.value,
      r.stdDev,
      r.min,
      r.max,
      nullable(r.q1),
      nullable(r.q3),
      r.date.toISOString(),
    ].join('\t') + '\n'
  );
}

/** Lines gathered into chunks of about 1 MiB, ready for copyFromStdin. */
export class CopyChunks {
  readonly chunks: Buffer[] = [];
  rows = 0;
  private lines: string[] = [];
  private bytes = 0;

  push(line: string): void {
    this.lines.push(line);
    this.bytes += line.length;
    this.rows += 1;
    if (this.bytes >= CHUNK_BYTES) this.flush();
  }

  /** The chunks, the last partial one included. */
  done(): Buffer[] {
    this.flush();
    return this.chunks;
  }

  private flush() {
    if (this.lines.length) this.chunks.push(Buffer.from(this.lines.join('')));
    this.lines = [];
    this.bytes = 0;
  }
}

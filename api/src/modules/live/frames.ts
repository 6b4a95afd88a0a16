import { MAX_NOTIFY_BYTES } from './wire.js';

/**
 * One event's text as NOTIFY payloads: `<event id> <index>/<count> <text>`.
 * Almost every event is one frame; a long one (ten thousand result keys, a
 * long commit message) is cut into several, sent in one statement so
 * PostgreSQL delivers them together and in order, and put back together here.
 */
export function toFrames(eventId: string, text: string, maxBytes = MAX_NOTIFY_BYTES): string[] {
  const chunks = splitUtf8(text, maxBytes - eventId.length - 24);
  return chunks.map((chunk, index) => `${eventId} ${index}/${chunks.length} ${chunk}`);
}

/** Cuts text into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  if (Buffer.byteLength(text) <= maxBytes) return [text];
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code >= 0x10000 ? 2 : 1;
    if (bytes + width > maxBytes) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
    i += units;
  }
  chunks.push(text.slice(start));
  return chunks;
}

/** Keeps the frames of events not yet complete; a frame lost with a dropped connection only loses its event. */
export class FrameAssembler {
  private readonly partial = new Map<string, { parts: string[]; received: number }>();

  constructor(private readonly maxPartial = 64) {}

  /** The whole text when this frame completes an event, else null. Malformed frames throw. */
  accept(frame: string): string | null {
    const match = /^(\S+) (\d+)\/(\d+) /.exec(frame);
    if (!match) throw new Error(`not a live event frame: ${frame.slice(0, 80)}`);
    const [header, id, indexText, countText] = match as unknown as [string, string, string, string];
    const index = Number(indexText);
    const count = Number(countText);
    const text = frame.slice(header.length);
    if (count === 1) return text;
    let entry = this.partial.get(id);
    if (!entry) {
      // Frames of one event arrive back to back; more than a few open events means some were cut off.
      if (this.partial.size >= this.maxPartial) this.partial.delete(this.partial.keys().next().value!);
      this.partial.set(id, (entry = { parts: new Array<string>(count), received: 0 }));
    }
    if (entry.parts[index] === undefined) entry.received++;
    entry.parts[index] = text;
    if (entry.received < count) return null;
    this.partial.delete(id);
    return entry.parts.join('');
  }

  /** After a reconnection: frames of events begun before it will never complete. */
  clear(): void {
    this.partial.clear();
  }
}

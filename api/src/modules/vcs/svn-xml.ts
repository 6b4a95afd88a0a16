import { XMLParser } from 'fast-xml-parser';

/** One `<logentry>` of `svn log --xml`. */
export interface SvnLogEntry {
  revision: number;
  /** Absent for anonymous commits. */
  author: string;
  date: Date | null;
  message: string;
}

/** What `svn info --xml` says about a URL. */
export interface SvnInfo {
  /** The repository's youngest revision when asked about a URL. */
  revision: number;
  root: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Keep "007" an author name and "1.0" a message: no guessing of numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'logentry' || name === 'entry',
});

type Node = Record<string, unknown>;

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' && value ? String((value as Node)['#text'] ?? '') : '';

export function parseSvnLog(xml: string): SvnLogEntry[] {
  const document = parser.parse(xml) as { log?: { logentry?: Node[] } | string };
  const entries = typeof document.log === 'object' ? (document.log.logentry ?? []) : [];
  return entries.map((entry) => {
    const date = text(entry.date).trim();
    return {
      revision: Number(entry['@revision']),
      author: text(entry.author).trim(),
      date: date ? new Date(date) : null,
      message: text(entry.msg),
    };
  });
}

export function parseSvnInfo(xml: string): SvnInfo | null {
  const document = parser.parse(xml) as { info?: { entry?: Node[] } | string };
  const entry = typeof document.info === 'object' ? document.info.entry?.[0] : undefined;
  if (!entry) return null;
  const repository = entry.repository as Node | undefined;
  return { revision: Number(entry['@revision']), root: text(repository?.root).trim() };
}

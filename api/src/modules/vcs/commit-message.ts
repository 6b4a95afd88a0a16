/**
 * Splits a commit message the way git shows it: the first line is the subject,
 * the rest (trimmed) is the body. Shared by every provider, since their
 * tools all hand back the message whole.
 */
export function splitMessage(message: string): { subject: string; body: string } {
  const text = message.replace(/\r\n?/g, '\n').trim();
  const newline = text.indexOf('\n');
  if (newline < 0) return { subject: text, body: '' };
  return { subject: text.slice(0, newline).trim(), body: text.slice(newline + 1).trim() };
}

/** How the dashboard writes commits: their ids, authors and links to the project's repository browser. */

/** How many characters of a hash are shown, as `git log --abbrev` and most tools show them. */
const SHORT = 10;

/**
 * A commit id as the views show it: a hash longer than ten characters cut to
 * ten; anything else whole. One rule for every view, so a commit reads the same
 * in a list, a tooltip and a table (and a search on the page finds it).
 *
 * Only hexadecimal ids are cut: a cut hash still names its commit, but a
 * Subversion revision number or an id a script made up ("release-2024-01")
 * cut short names nothing. A hash of eleven characters is cut too: every hash
 * then shows at one width.
 */
export function shortCommit(commitId: string): string {
  return commitId.length > SHORT && /^[0-9a-f]+$/i.test(commitId) ? commitId.slice(0, SHORT) : commitId;
}

/**
 * The author as the site allows: "Ada Lovelace <ada@example.org>", or just
 * "Ada Lovelace" when SHOW_AUTHOR_EMAIL_ADDRESS is off (as Codespeed strips the
 * address). An author who is only an address keeps the part before the "@".
 */
export function formatAuthor(author: string, showEmail: boolean): string {
  const trimmed = author.trim();
  if (showEmail) return trimmed;
  const name = trimmed.replace(/<[^>]*>/g, '').trim();
  if (/^\S+@\S+$/.test(name)) return name.slice(0, name.indexOf('@'));
  return name;
}

/**
 * The link to a commit in the project's repository browser, from its template
 * (`{commitid}` replaced). Only http(s) links: the template is typed by an admin,
 * and a `javascript:` address must never become a link.
 */
export function commitUrl(template: string, commitId: string): string | null {
  if (!template.includes('{commitid}')) return null;
  try {
    const url = new URL(template.replaceAll('{commitid}', encodeURIComponent(commitId)));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

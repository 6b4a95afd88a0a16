import { useState } from 'react';
import { Link } from 'react-router';
import { shortCommit } from '../../lib/commits';
import { formatDateTime } from '../../lib/dates';
import { changesHref } from '../../lib/links';
import { formatCount, formatValue } from '../../lib/numbers';
import type { PlotGroup } from './plotGroups';

/** Rows drawn at most; the CSV export has them all. */
const MAX_ROWS = 2000;

/**
 * The plot's points as a table, newest first, each linking to its changes
 * view: the way in for the keyboard and screen readers, which cannot point at
 * an SVG dot. Built only when opened.
 */
export function PointsTable({ group, environmentId }: { group: PlotGroup; environmentId: string }) {
  const [open, setOpen] = useState(false);
  const count = group.series.reduce((n, s) => n + s.points.length, 0);
  return (
    <details className="tl-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Points as a table ({formatCount(count)})</summary>
      {open && <Rows group={group} environmentId={environmentId} />}
    </details>
  );
}

function Rows({ group, environmentId }: { group: PlotGroup; environmentId: string }) {
  const rows = group.series
    .flatMap((s) => s.points.map((p) => ({ s, p })))
    .sort((a, b) => Date.parse(b.p.date) - Date.parse(a.p.date))
    .slice(0, MAX_ROWS);
  return (
    <div className="tl-table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col">Date</th>
            <th scope="col">Value ({group.units})</th>
            <th scope="col">Std dev</th>
            <th scope="col">Commit</th>
            <th scope="col">Tag</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ s, p }) => (
            <tr key={`${s.key}/${p.revisionId}`}>
              <td>{s.label}</td>
              <td>{formatDateTime(p.date)}</td>
              <td className="tl-num">{formatValue(p.value)}</td>
              <td className="tl-num">{p.stdDev != null ? formatValue(p.stdDev) : ''}</td>
              <td>
                <Link to={changesHref({ rev: p.revisionId, exe: s.executableId, env: environmentId })}>
                  <code>{shortCommit(p.commitId)}</code>
                </Link>
              </td>
              <td>{p.tag}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

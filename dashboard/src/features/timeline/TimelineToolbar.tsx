import { useId, useState } from 'react';
import { LIMIT_CHOICES, type TimelineParams } from './useTimelineParams';

interface Props {
  params: TimelineParams;
  /** The number of results shown when the address leaves it to the settings. */
  limit: number | null;
  update: (patch: Partial<TimelineParams>) => void;
}

/** How to draw: how many results, x by date or equidistant, log scale; and the permalink. */
export function TimelineToolbar({ params, limit, update }: Props) {
  const revsId = useId();
  const [copied, setCopied] = useState(false);
  const revs = params.revs ?? limit;
  // A limit from the settings or a link (say 15 or 30) is offered beside Codespeed's choices.
  const choices = [...new Set([...LIMIT_CHOICES, ...(typeof revs === 'number' ? [revs] : [])])].sort((a, b) => a - b);
  return (
    <div className="tl-toolbar" role="group" aria-label="Display">
      <h1 className="tl-title">Timeline</h1>
      <label htmlFor={revsId} className="tl-inline">
        Last
        <select
          id={revsId}
          value={revs === null ? '' : String(revs)}
          onChange={(event) => update({ revs: event.target.value === 'all' ? 'all' : Number(event.target.value) })}
        >
          {revs === null && <option value="">…</option>}
          {choices.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
          <option value="all">all</option>
        </select>
        results
      </label>
      <fieldset className="tl-segmented">
        <legend className="tl-sr-only">X axis</legend>
        <label>
          <input type="radio" name="tl-x" checked={params.x === 'date'} onChange={() => update({ x: 'date' })} />
          By date
        </label>
        <label>
          <input
            type="radio"
            name="tl-x"
            checked={params.x === 'equidistant'}
            onChange={() => update({ x: 'equidistant' })}
          />
          Equidistant
        </label>
      </fieldset>
      <label className="tl-inline">
        <input type="checkbox" checked={params.log} onChange={(event) => update({ log: event.target.checked })} />
        Log scale
      </label>
      <button
        type="button"
        className="tl-permalink"
        onClick={() => {
          void navigator.clipboard?.writeText(window.location.href).then(() => setCopied(true));
        }}
        onBlur={() => setCopied(false)}
      >
        {copied ? 'Link copied' : 'Copy link'}
      </button>
    </div>
  );
}

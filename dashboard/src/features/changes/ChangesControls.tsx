import { useState } from 'react';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import type { ReportColour } from '../../gql/graphql';
import { shortCommit } from '../../lib/commits';
import { formatDateTime } from '../../lib/dates';
import type { ChangesParams } from '../../lib/links';
import { ChangesControlsQuery, ChangesRevisionChoicesQuery } from './changes.queries';
import { COLOUR_LABEL, colourClass } from './ReportBadge';
import { RevisionStrip, type RevisionChoice } from './RevisionStrip';
import { TREND_DEPTHS } from './useChangesParams';
import './ChangesControls.css';

/** What is on screen, as the API resolved it (null before the first answer). */
export interface ChangesCurrent {
  revision: { id: string; commitId: string; date: string; tag: string };
  projectId: string;
  branch: string;
  executable: { id: string; name: string };
  environment: { id: string; name: string };
  trendDepth: number;
}

/**
 * The pickers: environment, executable (grouped by project), branch, revision
 * and trend depth. Native selects: the keyboard, screen readers and phones all
 * know them. Codespeed's radio-button sidebar grew a line per executable; a
 * select stays one line however many there are.
 */
export function ChangesControls(props: {
  current: ChangesCurrent | null;
  /** Whether the first answer came (with or without changes): until then the pickers wait. */
  ready: boolean;
  params: ChangesParams;
  defaultTrend: number | null;
  update: (next: Partial<ChangesParams>) => void;
}) {
  const { current, params, update } = props;
  const client = useApolloClient();
  const controls = useQuery(ChangesControlsQuery, { fetchPolicy: 'cache-first' });
  // A branch just picked, shown until the view moves off the revision it was picked on
  // (to the branch's newest revision), so the select does not flick back meanwhile.
  const [picked, setPicked] = useState<{ branch: string; onRevision: string } | null>(null);
  const pendingBranch = picked && picked.onRevision === current?.revision.id ? picked.branch : null;
  const branch = pendingBranch ?? current?.branch ?? null;

  const choices = useQuery(
    ChangesRevisionChoicesQuery,
    current
      ? {
          variables: {
            projectId: current.projectId,
            branch: current.branch,
            executableId: current.executable.id,
            environmentId: current.environment.id,
          },
        }
      : skipToken,
  );
  const choiceData = choices.data ?? choices.previousData;
  const revisions: RevisionChoice[] = (choiceData?.revisions.nodes ?? []).map((revision) => ({
    ...revision,
    report: choiceData?.reports.nodes.find((report) => report.revision.id === revision.id) ?? null,
  }));
  if (current && !revisions.some((revision) => revision.id === current.revision.id)) {
    // An older revision, opened from a link: it stays choosable, after the latest 20.
    revisions.push({ ...current.revision, report: null });
  }

  const environments = controls.data?.environments.nodes ?? [];
  const projects = controls.data?.projects.nodes ?? [];
  const tracked = projects.filter(
    (project) => project.trackChanges || project.executables.some((exe) => exe.id === current?.executable.id),
  );
  const project = projects.find((candidate) => candidate.id === current?.projectId);
  const trendDepths = [...new Set([...TREND_DEPTHS, props.defaultTrend, current?.trendDepth ?? params.trend])]
    .filter((depth): depth is number => typeof depth === 'number')
    .sort((a, b) => a - b);
  // Environment and executable stay choosable when the choice has no results (to pick another).
  const disabled = !props.ready;
  // What the address or the API chose; a choice the lists lack (a stale link) shows as such, not as the first option.
  const environmentId = current?.environment.id ?? params.env ?? '';
  const executableId = current?.executable.id ?? params.exe ?? '';

  const pickExecutable = (id: string) => {
    const owner = projects.find((candidate) => candidate.executables.some((exe) => exe.id === id));
    // Another project's executable has none of this project's revisions: let the API pick its latest.
    update(owner && owner.id !== current?.projectId ? { exe: id, rev: null } : { exe: id });
  };

  // The revision lists are per branch, so a branch is chosen by opening its newest revision.
  const pickBranch = async (name: string) => {
    if (!current) return;
    setPicked({ branch: name, onRevision: current.revision.id });
    const newest = await client
      .query({
        query: ChangesRevisionChoicesQuery,
        variables: {
          projectId: current.projectId,
          branch: name,
          executableId: current.executable.id,
          environmentId: current.environment.id,
        },
      })
      .then(({ data }) => data?.revisions.nodes[0] ?? null)
      .catch(() => null);
    if (newest) update({ rev: newest.id });
    else setPicked(null); // a branch without revisions (or no answer): stay where we are
  };

  return (
    <form className="changes-controls" aria-label="Choose what to show" onSubmit={(event) => event.preventDefault()}>
      <div className="changes-control-row">
        <label className="changes-control">
          <span>Environment</span>
          <select value={environmentId} disabled={disabled} onChange={(event) => update({ env: event.target.value })}>
            {!environments.some((environment) => environment.id === environmentId) && (
              <option value={environmentId} disabled>
                {current?.environment.name ?? (controls.data ? 'Not found: pick one' : '')}
              </option>
            )}
            {environments.map((environment) => (
              <option key={environment.id} value={environment.id}>
                {environment.name}
              </option>
            ))}
          </select>
        </label>
        <label className="changes-control changes-control-wide">
          <span>Executable</span>
          <select value={executableId} disabled={disabled} onChange={(event) => pickExecutable(event.target.value)}>
            {!tracked.some((candidate) => candidate.executables.some((exe) => exe.id === executableId)) && (
              <option value={executableId} disabled>
                {current?.executable.name ?? (controls.data ? 'Not found: pick one' : '')}
              </option>
            )}
            {tracked.map((candidate) => (
              <optgroup key={candidate.id} label={candidate.name}>
                {candidate.executables.map((exe) => (
                  <option key={exe.id} value={exe.id}>
                    {exe.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="changes-control">
          <span>Branch</span>
          <select
            value={branch ?? ''}
            disabled={!current || pendingBranch !== null}
            onChange={(event) => void pickBranch(event.target.value)}
          >
            {(project?.branches ?? (branch ? [{ id: branch, name: branch }] : [])).map((candidate) => (
              <option key={candidate.id} value={candidate.name}>
                {candidate.name}
                {candidate.name === project?.defaultBranch && candidate.name !== 'default' ? ' (default)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="changes-control">
          <span>Trend over</span>
          <select
            value={current?.trendDepth ?? params.trend ?? props.defaultTrend ?? ''}
            disabled={disabled}
            onChange={(event) => update({ trend: Number(event.target.value) })}
          >
            {trendDepths.map((depth) => (
              <option key={depth} value={depth}>
                {depth} revisions
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="changes-control-row">
        <label className="changes-control changes-control-revision">
          <span>Revision</span>
          <select
            value={current?.revision.id ?? ''}
            disabled={!current}
            onChange={(event) => update({ rev: event.target.value })}
          >
            {revisions.map((revision) => (
              <option key={revision.id} value={revision.id} className={colourClass(revision.report?.colour)}>
                {revisionLabel(revision)}
              </option>
            ))}
          </select>
        </label>
        <RevisionStrip revisions={revisions} currentId={current?.revision.id ?? null} params={params} />
      </div>
    </form>
  );
}

/** "Sep 2, 2026, 9:00 AM · 8bc3b00e24 · 2.0 — Average time down 6.8%": the report only when it says something. */
function revisionLabel(revision: RevisionChoice): string {
  const parts = [formatDateTime(revision.date), shortCommit(revision.commitId)];
  if (revision.tag) parts.push(`tag ${revision.tag}`);
  const report = revision.report;
  const said =
    report && report.colour !== 'NONE' ? ` — ${COLOUR_LABEL[report.colour as ReportColour]}: ${report.summary}` : '';
  return parts.join(' · ') + said;
}

import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useSiteSettings } from '../../app/useSiteSettings';
import { QueryError } from '../../components/QueryError';
import type { ChangesPageQuery as ChangesPageData } from '../../gql/graphql';
import type { ChangesParams } from '../../lib/links';
import { ChangesPageQuery } from './changes.queries';
import { ChangesControls, type ChangesCurrent } from './ChangesControls';
import { ChangesDetails } from './ChangesDetails';
import { CommitLog } from './CommitLog';
import { ChangesEmpty, ChangesSkeleton, NoResultsHere } from './ChangesStates';
import { ChangesTable } from './ChangesTable';
import { ReportBanner } from './ReportBadge';
import { RevisionInfo } from './RevisionInfo';
import { RevisionNav } from './RevisionNav';
import { useLiveChanges } from './useLiveChanges';
import { useChangesParams } from './useChangesParams';
import './changes.css';

type Changes = NonNullable<ChangesPageData['changes']>;

/**
 * The Changes view (Codespeed's /changes/): what one revision did to one
 * executable's benchmarks on one environment, against the previous revision
 * and the trend of the ones before it.
 */
export default function ChangesPage() {
  const { params, update } = useChangesParams();
  const settings = useSiteSettings();
  const { data, previousData, loading, error, refetch } = useQuery(ChangesPageQuery, {
    variables: {
      revisionId: params.rev,
      executableId: params.exe,
      environmentId: params.env,
      trendDepth: params.trend,
    },
  });
  // While the next choice loads, the last one stays on screen (dimmed), so nothing jumps.
  const shown = data ?? (loading ? previousData : undefined);
  const changes = shown?.changes ?? null;
  // A new report of what is shown (or a new revision of its branch) brings a fresh answer.
  const liveRef = useLiveChanges<HTMLElement>(
    changes && {
      executableId: changes.executable.id,
      environmentId: changes.environment.id,
      branchId: changes.revision.branch.id,
    },
  );

  // With parts of the address missing, the API chose them: write them in, so the address is the permalink.
  const resolved = data?.changes;
  useEffect(() => {
    if (!resolved || (params.rev && params.exe && params.env && params.trend)) return;
    update(
      {
        rev: params.rev ?? resolved.revision.id,
        exe: params.exe ?? resolved.executable.id,
        env: params.env ?? resolved.environment.id,
        trend: params.trend ?? resolved.trendDepth,
      },
      { replace: true },
    );
  }, [resolved, params, update]);

  const chosen = Boolean(params.rev || params.exe || params.env);
  let body;
  if (error) {
    // The address may name something that does not exist: the latest changes are a way on.
    body = (
      <QueryError
        title="Could not show these changes"
        error={error}
        retry={() => void refetch()}
        className="changes-state"
      >
        <Link to="/changes">Show the latest changes</Link>
      </QueryError>
    );
  } else if (!shown) body = <ChangesSkeleton />;
  else if (!changes) body = <ChangesEmpty chosen={chosen} />;
  else {
    body = (
      <ChangesBody
        changes={changes}
        params={params}
        stale={loading}
        showAuthorEmail={settings?.showAuthorEmailAddress ?? false}
      />
    );
  }

  return (
    <section ref={liveRef} className="changes" aria-busy={loading}>
      <header className="changes-head">
        <h1>Changes</h1>
        {changes && (
          <p className="changes-context">
            {changes.executable.name} <span className="changes-muted">on</span> {changes.environment.name}
          </p>
        )}
      </header>
      <ChangesControls
        current={changes ? currentOf(changes) : null}
        ready={Boolean(shown) || Boolean(error)}
        params={params}
        defaultTrend={settings?.trendDepth ?? null}
        update={update}
      />
      {body}
    </section>
  );
}

function ChangesBody({
  changes,
  params,
  stale,
  showAuthorEmail,
}: {
  changes: Changes;
  params: ChangesParams;
  stale: boolean;
  showAuthorEmail: boolean;
}) {
  // Links from here keep the executable, environment and trend on screen, whatever the address left out.
  const here: ChangesParams = {
    rev: changes.revision.id,
    exe: changes.executable.id,
    env: changes.environment.id,
    trend: params.trend ?? changes.trendDepth,
  };
  return (
    <div className={stale ? 'changes-body is-stale' : 'changes-body'}>
      <RevisionNav
        params={here}
        previous={{ revision: changes.previousRevision, report: changes.previousReport }}
        next={{ revision: changes.nextRevision, report: changes.nextReport }}
      />
      {/* Without results here there is nothing to report on: the empty state below says so. */}
      {changes.quantities.length > 0 && (
        <ReportBanner report={changes.report} hasPrevious={Boolean(changes.previousRevision)} />
      )}
      <RevisionInfo revision={changes.revision} showAuthorEmail={showAuthorEmail} />
      {changes.quantities.length === 0 ? (
        <NoResultsHere executable={changes.executable.name} environment={changes.environment.name} />
      ) : (
        <div className="changes-tables">
          {changes.quantities.map((quantity) => (
            <ChangesTable
              key={quantity.unitsTitle}
              quantity={quantity}
              environmentId={changes.environment.id}
              executableId={changes.executable.id}
              trendDepth={changes.trendDepth}
            />
          ))}
        </div>
      )}
      <ChangesDetails executable={changes.executable} environment={changes.environment} />
      <CommitLog revisionId={changes.revision.id} />
    </div>
  );
}

function currentOf(changes: Changes): ChangesCurrent {
  return {
    revision: {
      id: changes.revision.id,
      commitId: changes.revision.commitId,
      date: changes.revision.date,
      tag: changes.revision.tag,
    },
    projectId: changes.revision.project.id,
    branch: changes.revision.branch.name,
    executable: { id: changes.executable.id, name: changes.executable.name },
    environment: { id: changes.environment.id, name: changes.environment.name },
    trendDepth: changes.trendDepth,
  };
}

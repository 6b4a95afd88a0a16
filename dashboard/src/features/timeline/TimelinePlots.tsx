import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { XMode } from '../../charts/series';
import type { ChartColors } from '../../charts/theme';
import { graphql, useFragment } from '../../gql';
import type { TimelineInput, TimelineScope_ScopeFragment } from '../../gql/graphql';
import { changesHref } from './links';
import { PlotPanel } from './PlotPanel';
import { plotGroups } from './plotGroups';
import { TimelineQuery, TimelineScopeFragment } from './timeline.queries';
import { PlotFrame } from './PlotFrame';

export const TimelinePlotsFragment = graphql(`
  fragment TimelinePlots_BenchmarkTimeline on BenchmarkTimeline {
    baselineValue
    benchmark {
      id
      name
      units
      unitsTitle
      dataType
      lessIsBetter
    }
    series {
      branch {
        id
        name
      }
      executable {
        id
        name
        project {
          id
          defaultBranch
        }
      }
      points {
        revisionId
        commitId
        date
        tag
        value
        stdDev
        min
        max
        q1
        q3
      }
    }
  }
`);

interface Props {
  input: TimelineInput;
  xMode: XMode;
  log: boolean;
  colors: ChartColors;
  colorOf: (executableId: string) => string;
  /** What the API filled in, for the sidebar to show as selected. */
  onScope: (scope: TimelineScope_ScopeFragment, benchmarkIds: string[]) => void;
  onLogScale: () => void;
}

/**
 * The plots of the chosen benchmarks, one per unit. While a new selection
 * loads, the previous plots stay (dimmed) in their place: the page does not
 * jump, and the eye keeps its bearings.
 */
export function TimelinePlots({ input, xMode, log, colors, colorOf, onScope, onLogScale }: Props) {
  const navigate = useNavigate();
  const { data, previousData, loading, error, refetch } = useQuery(TimelineQuery, {
    variables: { input },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const scope = useFragment(TimelineScopeFragment, shown?.timeline.scope);
  const timelines = useFragment(TimelinePlotsFragment, shown?.timeline.benchmarks);
  const baselineName = scope?.baseline
    ? `${scope.baseline.executable.name} ${scope.baseline.revision.tag || scope.baseline.revision.commitId.slice(0, 10)}`
    : null;
  const groups = useMemo(
    () => (timelines ? plotGroups([...timelines], colorOf, baselineName) : []),
    [timelines, colorOf, baselineName],
  );

  const current = useFragment(TimelineScopeFragment, data?.timeline.scope);
  const currentTimelines = useFragment(TimelinePlotsFragment, data?.timeline.benchmarks);
  const idsKey = currentTimelines?.map((t) => t.benchmark.id).join(',');
  useEffect(() => {
    if (current && idsKey !== undefined) onScope(current, idsKey ? idsKey.split(',') : []);
  }, [current, idsKey, onScope]);

  if (error && !loading) {
    return (
      <PlotFrame>
        <div className="status status-error" role="alert">
          <p>
            Could not load the timeline: <code>{error.message}</code>
          </p>
          <button type="button" onClick={() => void refetch()}>
            Try again
          </button>
        </div>
      </PlotFrame>
    );
  }
  if (!shown || !scope) return <PlotFrame busy>Loading the timeline…</PlotFrame>;
  const environment = scope.environment;
  if (!environment) return <PlotFrame>No environment has results yet: post a result to draw a timeline.</PlotFrame>;
  if (groups.length === 0) return <PlotFrame>No results yet for this benchmark on {environment.name}.</PlotFrame>;

  return (
    <div className={loading ? 'tl-plots tl-updating' : 'tl-plots'} aria-busy={loading}>
      {groups.map((group) =>
        group.series.length === 0 ? (
          <PlotFrame key={group.key} title={group.title}>
            No results of the chosen executables and branches for {group.title} on {environment.name}.
          </PlotFrame>
        ) : (
          <PlotPanel
            key={group.key}
            group={group}
            xMode={xMode}
            log={log}
            colors={colors}
            environment={environment}
            onLogScale={onLogScale}
            onPointClick={(series, point) =>
              void navigate(changesHref(point.revisionId, series.executableId, environment.id))
            }
          />
        ),
      )}
    </div>
  );
}

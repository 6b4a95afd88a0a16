import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { XMode } from '../../charts/series';
import type { ChartColors } from '../../charts/theme';
import { QueryError } from '../../components/QueryError';
import { graphql, useFragment } from '../../gql';
import type { TimelineQuery } from '../../gql/graphql';
import { shortCommit } from '../../lib/commits';
import { changesHref } from '../../lib/links';
import { PlotFrame } from './PlotFrame';
import { PlotPanel } from './PlotPanel';
import { plotGroups } from './plotGroups';
import { TimelineScopeFragment } from './timeline.queries';
import type { Answer } from './useTimelineAnswer';

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
        orderedAt
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
  /** The page's answer (useTimelineAnswer): the plots of the last selection stay while the next loads. */
  answer: Answer<TimelineQuery>;
  xMode: XMode;
  log: boolean;
  colors: ChartColors;
  colorOf: (executableId: string) => string;
  onLogScale: () => void;
}

/**
 * The plots of the chosen benchmarks, one per unit. While a new selection
 * loads, the previous plots stay (dimmed) in their place: the page does not
 * jump, and the eye keeps its bearings.
 */
export function TimelinePlots({ answer, xMode, log, colors, colorOf, onLogScale }: Props) {
  const navigate = useNavigate();
  const { data: shown, loading, error } = answer;
  const scope = useFragment(TimelineScopeFragment, shown?.timeline.scope);
  const timelines = useFragment(TimelinePlotsFragment, shown?.timeline.benchmarks);
  const baselineName = scope?.baseline
    ? `${scope.baseline.executable.name} ${scope.baseline.revision.tag || shortCommit(scope.baseline.revision.commitId)}`
    : null;
  const groups = useMemo(
    () => (timelines ? plotGroups([...timelines], colorOf, baselineName) : []),
    [timelines, colorOf, baselineName],
  );

  if (error && !loading) {
    return (
      <PlotFrame>
        <QueryError title="Could not load the timeline" error={error} retry={answer.retry} />
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
              void navigate(changesHref({ rev: point.revisionId, exe: series.executableId, env: environment.id }))
            }
          />
        ),
      )}
    </div>
  );
}

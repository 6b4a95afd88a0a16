import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { seriesColor } from '../../charts/palette';
import { useChartColors } from '../../charts/theme';
import { useFrameWidth } from '../../app/frame';
import { useAllPages } from '../../app/useAllPages';
import { useSiteSettings } from '../../app/useSiteSettings';
import { QueryError } from '../../components/QueryError';
import { useFragment } from '../../gql';
import { BaselinePickerFragment, baselineOf } from './BaselinePicker';
import { BenchmarkPickerFragment } from './BenchmarkPicker';
import { ExecutablePickerFragment } from './ExecutablePicker';
import { TimelineBenchmarksPageQuery, TimelineOptionsQuery } from './timeline.queries';
import { TimelineMain } from './TimelineMain';
import { TimelineSidebar, TimelineSidebarEnvironmentFragment, type Selection } from './TimelineSidebar';
import { TimelineToolbar } from './TimelineToolbar';
import { useLiveTimeline } from './useLiveTimeline';
import { useTimelineAnswer } from './useTimelineAnswer';
import { useTimelineParams } from './useTimelineParams';
import './timeline.css';

/**
 * The Timeline view: a sidebar of what to plot, a toolbar of how, and the
 * plots or the grid. The address holds the whole state (useTimelineParams);
 * what it leaves out, the API fills from the settings. The page asks for the
 * plots or the grid itself (useTimelineAnswer), draws the answer below, and
 * shows in the sidebar what the API chose (the scope of the answer).
 */
export default function TimelinePage() {
  useFrameWidth('wide');
  const { params, committed, update } = useTimelineParams();
  const settings = useSiteSettings();
  const colors = useChartColors();
  const options = useQuery(TimelineOptionsQuery);
  const onLogScale = useCallback(() => update({ log: true }), [update]);

  const data = options.data;
  const projects = useFragment(ExecutablePickerFragment, data?.projects.nodes);
  const environments = useFragment(TimelineSidebarEnvironmentFragment, data?.environments.nodes);
  const benchmarks = useFragment(
    BenchmarkPickerFragment,
    useAllPages(data?.benchmarks, TimelineBenchmarksPageQuery, 'benchmarks'),
  );
  const columns = useFragment(BaselinePickerFragment, data?.comparisonColumns);
  const { request, plots, grid, answered } = useTimelineAnswer(committed, settings, columns);

  // Colours follow each executable's place among all executables, not among
  // the selected ones: unticking one does not repaint the others.
  const colorOf = useMemo(() => {
    const order = new Map((projects ?? []).flatMap((p) => p.executables).map((e, i) => [e.id, i]));
    return (executableId: string) => seriesColor(order.get(executableId) ?? order.size, colors.bg);
  }, [projects, colors.bg]);

  const tracked = useMemo(() => (projects ?? []).filter((p) => p.trackChanges), [projects]);
  const scope = answered?.scope;
  // New results of what is shown go into the plots as they arrive.
  useLiveTimeline(
    answered
      ? {
          environmentId: answered.scope.environment?.id,
          executableIds: answered.scope.executables.map((e) => e.id),
          benchmarkIds: answered.benchmarkIds,
        }
      : null,
  );
  const selection: Selection = {
    env: params.env ?? scope?.environment?.id ?? null,
    exe: new Set(params.exe ?? scope?.executables.map((e) => e.id) ?? []),
    branches: new Set(params.branch ?? scope?.branches ?? tracked.map((p) => p.defaultBranch)),
    benchmarks: params.ben === 'grid' ? 'grid' : new Set(params.ben ?? answered?.benchmarkIds ?? []),
    baseline: baselineOf(params.base, columns, settings?.defaultBaseline),
  };

  return (
    <div className="tl-page">
      <TimelineToolbar params={params} limit={scope?.limit ?? null} update={update} />
      {options.error ? (
        <aside className="tl-sidebar">
          <QueryError title="Could not load the choices" error={options.error} retry={() => void options.refetch()} />
        </aside>
      ) : projects && environments && benchmarks && columns ? (
        <TimelineSidebar
          options={{
            environments: [...environments],
            projects: tracked,
            benchmarks: [...benchmarks].sort((a, b) => a.name.localeCompare(b.name)),
            columns: [...columns],
          }}
          selection={selection}
          colorOf={colorOf}
          update={update}
        />
      ) : (
        <aside className="tl-sidebar tl-sidebar-loading status" aria-busy="true">
          Loading the choices…
        </aside>
      )}
      <div className="tl-main">
        <TimelineMain
          params={committed}
          request={request}
          plots={plots}
          grid={grid}
          colors={colors}
          colorOf={colorOf}
          onLogScale={onLogScale}
        />
      </div>
    </div>
  );
}

import { seriesDash, seriesSymbol } from '../../charts/palette';
import type { CsvCell } from '../../charts/export';
import type { ChartPoint, ChartSeries } from '../../charts/series';

/** What plotGroups reads of a BenchmarkTimeline: the plot's and the grid's fragments both have it. */
export interface BenchmarkTimeline {
  baselineValue?: number | null;
  benchmark: {
    id: string;
    name: string;
    units: string;
    unitsTitle: string;
    lessIsBetter: boolean;
    dataType: 'MEAN' | 'MEDIAN';
  };
  series: ReadonlyArray<{
    branch: { id: string; name: string };
    executable: { id: string; name: string; project: { defaultBranch: string } };
    points: ChartPoint[];
  }>;
}

/** A series with what the page needs beyond drawing: whose it is, for clicks and exports. */
export interface TimelineSeries extends ChartSeries {
  executableId: string;
  executableName: string;
  branchName: string;
  benchmarkName: string;
}

/** One plot: benchmarks of one unit (and direction) share an axis. */
export interface PlotGroup {
  key: string;
  title: string;
  units: string;
  unitsTitle: string;
  lessIsBetter: boolean;
  /** A median benchmark: quartile and extreme bands instead of error bars. */
  median: boolean;
  series: TimelineSeries[];
  baselines: { label: string; value: number }[];
}

/**
 * Groups benchmarks by unit, so that several benchmarks land on one plot when
 * they can share a y axis, and seconds never share one with Mops/s. Colour
 * follows the executable (the sidebar's swatch), dashes the branch (solid for
 * a project's default branch), the point symbol the benchmark.
 */
export function plotGroups(
  timelines: readonly BenchmarkTimeline[],
  colorOf: (executableId: string) => string,
  baselineName: string | null,
): PlotGroup[] {
  const groups = new Map<string, { timelines: BenchmarkTimeline[] }>();
  for (const timeline of timelines) {
    const b = timeline.benchmark;
    const key = `${b.units}\u0000${b.unitsTitle}\u0000${b.lessIsBetter}`;
    const group = groups.get(key) ?? { timelines: [] };
    group.timelines.push(timeline);
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, { timelines: members }]) => {
    const first = members[0]!.benchmark;
    const several = members.length > 1;
    const otherBranches = [
      ...new Set(
        members.flatMap((t) =>
          t.series.filter((s) => s.branch.name !== s.executable.project.defaultBranch).map((s) => s.branch.name),
        ),
      ),
    ];
    const series = members.flatMap((timeline, benchmarkIndex) =>
      timeline.series
        .filter((s) => s.points.length > 0)
        .map((s): TimelineSeries => {
          const onDefault = s.branch.name === s.executable.project.defaultBranch;
          const label =
            (several ? `${timeline.benchmark.name} · ` : '') +
            s.executable.name +
            (onDefault && otherBranches.length === 0 ? '' : ` @ ${s.branch.name}`);
          return {
            key: `${timeline.benchmark.id}/${s.executable.id}/${s.branch.id}`,
            label,
            color: colorOf(s.executable.id),
            dash: onDefault ? '' : seriesDash(otherBranches.indexOf(s.branch.name) + 1),
            symbol: seriesSymbol(benchmarkIndex),
            points: s.points,
            executableId: s.executable.id,
            executableName: s.executable.name,
            branchName: s.branch.name,
            benchmarkName: timeline.benchmark.name,
          };
        }),
    );
    const baselines = members.flatMap((t) =>
      t.baselineValue == null
        ? []
        : [
            {
              label: `Baseline${baselineName ? ` ${baselineName}` : ''}${several ? ` (${t.benchmark.name})` : ''}`,
              value: t.baselineValue,
            },
          ],
    );
    return {
      key,
      title: members.map((t) => t.benchmark.name).join(', '),
      units: first.units,
      unitsTitle: first.unitsTitle,
      lessIsBetter: first.lessIsBetter,
      median: members.some((t) => t.benchmark.dataType === 'MEDIAN'),
      series,
      baselines,
    };
  });
}

/** "Time (seconds)": the y axis says what and in which unit. */
export const axisLabel = (group: Pick<PlotGroup, 'units' | 'unitsTitle'>) =>
  group.unitsTitle && group.units ? `${group.unitsTitle} (${group.units})` : group.unitsTitle || group.units;

/** A plot's data as CSV rows, header first: one row per point. */
export function csvRows(group: PlotGroup, environment: string): CsvCell[][] {
  const header = ['benchmark', 'executable', 'branch', 'environment', 'revision_id', 'commit_id', 'date', 'tag'];
  const values = ['value', 'std_dev', 'min', 'max', 'q1', 'q3', 'units'];
  const rows: CsvCell[][] = [[...header, ...values]];
  for (const s of group.series) {
    for (const p of s.points) {
      rows.push([
        s.benchmarkName,
        s.executableName,
        s.branchName,
        environment,
        p.revisionId,
        p.commitId,
        p.date,
        p.tag,
        p.value,
        p.stdDev,
        p.min,
        p.max,
        p.q1,
        p.q3,
        group.units,
      ]);
    }
  }
  return rows;
}

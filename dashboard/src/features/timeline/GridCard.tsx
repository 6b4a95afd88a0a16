import { useMemo } from 'react';
import { Link } from 'react-router';
import { Curve, VictoryAxis, VictoryChart, VictoryLine } from 'victory';
import { formatValue } from '../../lib/numbers';
import { lineData, xAxisFor, yExtent, type XMode } from '../../charts/series';
import { chartTheme, type ChartColors } from '../../charts/theme';
import { useNearViewport } from '../../charts/useNearViewport';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { GridCard_BenchmarkTimelineFragment } from '../../gql/graphql';
import { plotGroups } from './plotGroups';

export const GridCardFragment = graphql(`
  fragment GridCard_BenchmarkTimeline on BenchmarkTimeline {
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
      }
    }
  }
`);

export const MINI_WIDTH = 300;
export const MINI_HEIGHT = 150;
const PADDING = { top: 8, right: 10, bottom: 10, left: 52 };

interface Props {
  timeline: FragmentType<typeof GridCardFragment>;
  href: string;
  xMode: XMode;
  log: boolean;
  colors: ChartColors;
  colorOf: (executableId: string) => string;
}

/**
 * One benchmark of the grid: its name, unit and direction over a small plot,
 * the whole card a link to that benchmark's timeline. The plot is drawn only
 * near the viewport; elsewhere the card keeps its size, empty.
 */
export function GridCard({ timeline, href, xMode, log, colors, colorOf }: Props) {
  const data = useFragment(GridCardFragment, timeline);
  const [ref, near] = useNearViewport<HTMLAnchorElement>('600px');
  const b = data.benchmark;
  return (
    <Link ref={ref} to={href} className="tl-card" aria-label={`${b.name}: open its timeline`}>
      <span className="tl-card-title">{b.name}</span>
      <span className="tl-card-meta">
        {b.units} · {b.lessIsBetter ? '↓ lower is better' : '↑ higher is better'}
      </span>
      <span className="tl-card-plot">
        {near && <MiniPlot timeline={data} xMode={xMode} log={log} colors={colors} colorOf={colorOf} />}
      </span>
    </Link>
  );
}

function MiniPlot({
  timeline,
  xMode,
  log,
  colors,
  colorOf,
}: Omit<Props, 'timeline' | 'href'> & { timeline: GridCard_BenchmarkTimelineFragment }) {
  const theme = useMemo(() => chartTheme(colors), [colors]);
  const group = useMemo(() => plotGroups([timeline], colorOf, null)[0], [timeline, colorOf]);
  if (!group || group.series.length === 0) return <span className="status">No results</span>;
  const x = xAxisFor(group.series, xMode);
  const lines = group.baselines.map((l) => l.value);
  const y = yExtent(group.series, { log, spread: null, lines });
  return (
    <VictoryChart
      theme={theme}
      width={MINI_WIDTH}
      height={MINI_HEIGHT}
      padding={PADDING}
      domain={{ x: x.domain, y }}
      scale={{ x: xMode === 'date' ? 'time' : 'linear', y: log ? 'log' : 'linear' }}
    >
      <VictoryAxis style={{ tickLabels: { fill: 'transparent' }, ticks: { size: 0 } }} />
      <VictoryAxis
        dependentAxis
        tickCount={3}
        tickFormat={(t: number) => formatValue(t)}
        style={{ tickLabels: { fontSize: 10, padding: 3 } }}
      />
      {lines.map((value, i) => (
        <VictoryLine
          key={`base-${i}`}
          data={[
            { x: x.domain[0], y: value },
            { x: x.domain[1], y: value },
          ]}
          style={{ data: { stroke: colors.fg, strokeWidth: 1, strokeDasharray: '5 4', opacity: 0.6 } }}
        />
      ))}
      {group.series.map((s) => (
        <VictoryLine
          key={s.key}
          data={lineData(s, x, log)}
          dataComponent={<Curve className="tl-mini-line" />}
          style={{ data: { stroke: s.color, strokeWidth: 1.5, strokeDasharray: s.dash || undefined } }}
        />
      ))}
    </VictoryChart>
  );
}

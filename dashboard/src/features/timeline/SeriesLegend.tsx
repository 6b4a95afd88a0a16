import { formatValue } from '../../lib/numbers';
import type { PointSymbol } from '../../charts/palette';
import type { ChartSeries } from '../../charts/series';

interface Props {
  series: ChartSeries[];
  hidden: ReadonlySet<string>;
  baselines: { label: string; value: number }[];
  units: string;
  baselineColor: string;
  onToggle: (key: string) => void;
  onEmphasis: (key: string | null) => void;
}

/**
 * The legend, under the plot and outside it: it wraps onto as many rows as
 * the series need and never covers data (Codespeed's legend box sat on the
 * plot, and at 36 series hid most of it). Each entry hides or shows its
 * series; pointing at one brings its line forward.
 */
export function SeriesLegend({ series, hidden, baselines, units, baselineColor, onToggle, onEmphasis }: Props) {
  return (
    <ul className="tl-legend" aria-label="Series" onMouseLeave={() => onEmphasis(null)}>
      {series.map((s) => {
        const shown = !hidden.has(s.key);
        return (
          <li key={s.key}>
            <button
              type="button"
              className="tl-legend-item"
              aria-pressed={shown}
              title={shown ? 'Hide this series' : 'Show this series'}
              onClick={() => onToggle(s.key)}
              onMouseEnter={() => shown && onEmphasis(s.key)}
              onFocus={() => shown && onEmphasis(s.key)}
              onBlur={() => onEmphasis(null)}
            >
              <Sample color={s.color} dash={s.dash} symbol={s.symbol} faded={!shown} />
              <span className={shown ? undefined : 'tl-legend-off'}>{s.label}</span>
            </button>
          </li>
        );
      })}
      {baselines.map((b) => (
        <li key={b.label} className="tl-legend-item tl-legend-static">
          <Sample color={baselineColor} dash="6 4" />
          <span>
            {b.label}: {formatValue(b.value)}
            {units ? ` ${units}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Sample({
  color,
  dash,
  symbol,
  faded = false,
}: {
  color: string;
  dash: string;
  symbol?: PointSymbol;
  faded?: boolean;
}) {
  return (
    <svg width="28" height="12" aria-hidden="true" className="tl-legend-sample" opacity={faded ? 0.3 : 1}>
      <line x1="1" x2="27" y1="6" y2="6" stroke={color} strokeWidth="2.5" strokeDasharray={dash || undefined} />
      {symbol && <Symbol symbol={symbol} color={color} />}
    </svg>
  );
}

/** The point's shape, as the plot draws it: several benchmarks on one plot differ by it. */
function Symbol({ symbol, color }: { symbol: PointSymbol; color: string }) {
  const shapes: Record<PointSymbol, string> = {
    circle: '',
    square: 'M10.5 2.5h7v7h-7z',
    triangleUp: 'M14 1.5l4.5 8h-9z',
    triangleDown: 'M14 10.5l4.5-8h-9z',
    diamond: 'M14 1l5 5-5 5-5-5z',
    star: 'M14 1l1.5 3.4 3.7.4-2.8 2.5.8 3.7L14 9.1 10.8 11l.8-3.7-2.8-2.5 3.7-.4z',
    plus: 'M12.8 1.5h2.4v3.3h3.3v2.4h-3.3v3.3h-2.4V7.2H9.5V4.8h3.3z',
    minus: 'M9.5 4.8h9v2.4h-9z',
  };
  return symbol === 'circle' ? (
    <circle cx="14" cy="6" r="3.2" fill={color} />
  ) : (
    <path d={shapes[symbol]} fill={color} />
  );
}

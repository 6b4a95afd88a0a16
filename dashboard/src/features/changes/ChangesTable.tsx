import { useMemo, useState, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { Significance } from '../../gql/graphql';
import { formatNumber, formatPercent, type PercentLike } from '../../lib/numbers';
import { timelineHref } from '../../lib/links';
import { nextOrder, sortRows, type SortKey, type SortOrder } from './sortRows';
import './ChangesTable.css';

export const ChangesTable_QuantityFragment = graphql(`
  fragment ChangesTable_Quantity on ChangesQuantity {
    unitsTitle
    units
    lessIsBetter
    hasStdDev
    hasMin
    hasMax
    precision
    averageChange {
      percent
      infinite
      significance
    }
    averageTrend {
      percent
      infinite
      significance
    }
    rows {
      benchmark {
        id
        name
        description
      }
      value
      stdDev
      min
      max
      change {
        percent
        infinite
        significance
      }
      trend {
        percent
        infinite
        significance
      }
    }
  }
`);

interface Column {
  key: SortKey;
  label: string;
  title?: string;
}

const SIGNIFICANCE_TEXT: Record<Significance, string> = {
  IMPROVED: 'improved',
  REGRESSED: 'regressed',
  NONE: '',
};

/**
 * One quantity's table (Codespeed's one table per units title): value with the
 * quantity's decimals, std dev, min and max only when some row has them, change
 * and trend coloured by significance, the averages in the footer. A header
 * button sorts; a row opens the benchmark's timeline.
 */
export function ChangesTable(props: {
  quantity: FragmentType<typeof ChangesTable_QuantityFragment>;
  environmentId: string;
  executableId: string;
  trendDepth: number;
}) {
  const quantity = useFragment(ChangesTable_QuantityFragment, props.quantity);
  const [order, setOrder] = useState<SortOrder>({ key: 'benchmark', direction: 'ascending' });
  const rows = useMemo(() => sortRows(quantity.rows, order), [quantity.rows, order]);
  const navigate = useNavigate();
  const { precision } = quantity;

  const columns: Column[] = [
    { key: 'benchmark', label: 'Benchmark' },
    { key: 'value', label: 'Value' },
    ...(quantity.hasStdDev ? [{ key: 'stdDev' as const, label: 'Std dev', title: 'Standard deviation' }] : []),
    ...(quantity.hasMin ? [{ key: 'min' as const, label: 'Min' }] : []),
    ...(quantity.hasMax ? [{ key: 'max' as const, label: 'Max' }] : []),
    { key: 'change', label: 'Change', title: 'Against the previous revision' },
    {
      key: 'trend',
      label: 'Trend',
      title: `Against the average of up to ${props.trendDepth} earlier revisions`,
    },
  ];
  const extraColumns = columns.length - 4;

  // A click anywhere on the row opens the timeline, like Codespeed's rows; the
  // benchmark's name is the real link, for the keyboard and for "open in new tab".
  const openTimeline = (event: MouseEvent, benchmarkId: string) => {
    if (event.defaultPrevented || (event.target as HTMLElement).closest('a, button')) return;
    void navigate(timelineHref(benchmarkId, props.environmentId, props.executableId));
  };

  return (
    <div className="changes-table-scroll">
      <table className="changes-table">
        <caption>
          <span className="changes-table-caption">
            {/* Spaces and the comma are text of their own: a screen reader reads the caption as one line. */}
            <span className="changes-table-title">{quantity.unitsTitle}</span>{' '}
            {quantity.units && <span className="changes-table-units">in {quantity.units}</span>}
            <span className="visually-hidden">, </span>
            <span className="changes-table-better">{quantity.lessIsBetter ? 'less is better' : 'more is better'}</span>
          </span>
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.key === 'benchmark' ? 'changes-col-name' : 'changes-col-num'}
                aria-sort={order.key === column.key ? order.direction : undefined}
                title={column.title}
              >
                <button type="button" onClick={() => setOrder(nextOrder(order, column.key))}>
                  {column.label}
                  <span className="sort-mark" aria-hidden="true">
                    {order.key !== column.key ? '↕' : order.direction === 'ascending' ? '↑' : '↓'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.benchmark.id}
              className="changes-row"
              onClick={(event) => openTimeline(event, row.benchmark.id)}
            >
              <th scope="row" className="changes-col-name">
                <Link
                  to={timelineHref(row.benchmark.id, props.environmentId, props.executableId)}
                  title={row.benchmark.description || `Timeline of ${row.benchmark.name}`}
                >
                  {row.benchmark.name}
                </Link>
              </th>
              <td className="changes-col-num">{formatNumber(row.value, precision)}</td>
              {quantity.hasStdDev && <td className="changes-col-num">{formatNumber(row.stdDev, precision)}</td>}
              {quantity.hasMin && <td className="changes-col-num">{formatNumber(row.min, precision)}</td>}
              {quantity.hasMax && <td className="changes-col-num">{formatNumber(row.max, precision)}</td>}
              <ChangeCell change={row.change} />
              <ChangeCell change={row.trend} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="changes-col-name">
              Average
            </th>
            <td className="changes-col-num" colSpan={1 + extraColumns} />
            <ChangeCell change={quantity.averageChange} />
            <ChangeCell change={quantity.averageTrend} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** A change or trend: its colour says better or worse, and so does hidden text, for screen readers. */
function ChangeCell({ change }: { change: (PercentLike & { significance: Significance }) | null | undefined }) {
  const significance = change?.significance ?? 'NONE';
  const text = SIGNIFICANCE_TEXT[significance];
  return (
    <td
      className={`changes-col-num change change-${significance.toLowerCase()}`}
      title={change ? undefined : 'Nothing earlier to compare with'}
    >
      {formatPercent(change)}
      {text && <span className="visually-hidden"> ({text})</span>}
    </td>
  );
}

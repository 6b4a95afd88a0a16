import type { ChartType, Direction } from '../comparisonParams';
import { groupBy } from '../groupBy';

interface ChartOptionsProps {
  type: ChartType;
  direction: Direction;
  baseline: string | null;
  /** Every column offered: any of them can be the baseline, compared or not (as in Codespeed). */
  columns: readonly { key: string; label: string; project: { name: string } }[];
  onType: (type: ChartType) => void;
  onDirection: (direction: Direction) => void;
  onBaseline: (key: string | null) => void;
}

const TYPES: { value: ChartType; label: string }[] = [
  { value: 'normal', label: 'Normal bars' },
  { value: 'stacked', label: 'Stacked bars' },
  { value: 'relative', label: 'Relative bars' },
];

const DIRECTIONS: { value: Direction; label: string }[] = [
  { value: 'vertical', label: 'Vertical' },
  { value: 'horizontal', label: 'Horizontal' },
];

/** How the chart is drawn: the bar band above the charts. */
export function ChartOptions(props: ChartOptionsProps) {
  const { type, direction, baseline, columns, onType, onDirection, onBaseline } = props;
  return (
    <div className="cmp-options" role="group" aria-label="Chart options">
      <Segmented name="type" label="Chart" options={TYPES} value={type} onChange={onType} />
      <label className="cmp-option">
        <span>Normalize to</span>
        <select
          value={baseline ?? ''}
          onChange={(event) => onBaseline(event.target.value || null)}
          aria-label="Normalize to"
          name="base"
        >
          <option value="">None (absolute values)</option>
          {groupBy(columns, (c) => c.project.name).map((group) => (
            <optgroup key={group[0]!.project.name} label={group[0]!.project.name}>
              {group.map((column) => (
                <option key={column.key} value={column.key}>
                  {column.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <Segmented name="dir" label="Bars" options={DIRECTIONS} value={direction} onChange={onDirection} />
    </div>
  );
}

interface SegmentedProps<T extends string> {
  name: string;
  label: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** Radio buttons drawn as a segmented control: arrow keys move between them, as with any radio group. */
function Segmented<T extends string>({ name, label, options, value, onChange }: SegmentedProps<T>) {
  return (
    <fieldset className="cmp-segmented">
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className={option.value === value ? 'cmp-segment cmp-segment-on' : 'cmp-segment'}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

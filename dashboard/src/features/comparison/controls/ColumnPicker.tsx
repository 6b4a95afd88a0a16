import { graphql, useFragment, type FragmentType } from '../../../gql';
import { groupBy } from '../groupBy';
import { shortCommit } from '../../../lib/commits';
import { formatDateTime } from '../../../lib/dates';
import { PickerGroup, toggled } from './PickerGroup';

export const ComparisonColumnPicker_ColumnFragment = graphql(`
  fragment ComparisonColumnPicker_Column on ComparisonColumn {
    key
    label
    kind
    tag
    project {
      id
      name
      defaultBranch
    }
    executable {
      id
      name
    }
    branch {
      name
    }
    revision {
      commitId
      date
    }
  }
`);

interface ColumnPickerProps {
  columns: FragmentType<typeof ComparisonColumnPicker_ColumnFragment>[];
  selected: readonly string[];
  /** The colour of a chosen column in the chart, shown beside its box so the two can be matched. */
  colourOf: (key: string) => string | undefined;
  onChange: (keys: string[]) => void;
}

/**
 * Columns grouped by project, then executable, each executable's columns on one
 * line ("latest", "1.0", "2.0"): 18 executables with their tags stay a short
 * list, where Codespeed gave every column a line of its own.
 */
export function ColumnPicker({ columns: refs, selected, colourOf, onChange }: ColumnPickerProps) {
  const columns = useFragment(ComparisonColumnPicker_ColumnFragment, refs);
  const projects = groupBy(columns, (c) => c.project.id);
  if (!columns.length) {
    return <p className="status">No executable has results yet: there is nothing to compare.</p>;
  }
  return (
    <fieldset className="cmp-fieldset">
      <legend>Columns</legend>
      {projects.map((projectColumns) => {
        const project = projectColumns[0]!.project;
        const keys = projectColumns.map((c) => c.key);
        return (
          <PickerGroup
            key={project.id}
            title={project.name}
            onAll={() => onChange(toggled(selected, keys, true))}
            onNone={() => onChange(toggled(selected, keys, false))}
          >
            {groupBy(projectColumns, (c) => c.executable.id).map((exeColumns) => (
              <div className="cmp-exe" key={exeColumns[0]!.executable.id}>
                <span className="cmp-exe-name">{exeColumns[0]!.executable.name}</span>
                <span className="cmp-chips">
                  {exeColumns.map((column) => {
                    const on = selected.includes(column.key);
                    const colour = on ? colourOf(column.key) : undefined;
                    return (
                      <label
                        key={column.key}
                        className={on ? 'cmp-chip cmp-chip-on' : 'cmp-chip'}
                        title={`${column.label}: revision ${shortCommit(column.revision.commitId)} of ${formatDateTime(column.revision.date)}`}
                      >
                        <input
                          type="checkbox"
                          checked={on}
                          onChange={(event) => onChange(toggled(selected, [column.key], event.target.checked))}
                          data-column-key={column.key}
                        />
                        {colour && <span className="cmp-swatch" style={{ background: colour }} aria-hidden="true" />}
                        {chipLabel(column)}
                      </label>
                    );
                  })}
                </span>
              </div>
            ))}
          </PickerGroup>
        );
      })}
    </fieldset>
  );
}

function chipLabel(column: {
  kind: string;
  tag?: string | null;
  branch: { name: string };
  project: { defaultBranch: string };
}) {
  if (column.kind === 'TAG') return column.tag ?? '';
  return column.branch.name === column.project.defaultBranch ? 'latest' : `${column.branch.name} latest`;
}

import { useId } from 'react';
import { graphql } from '../../gql';
import type { BaselinePicker_ColumnFragment } from '../../gql/graphql';
import type { Baseline } from './useTimelineParams';

export const BaselinePickerFragment = graphql(`
  fragment BaselinePicker_Column on ComparisonColumn {
    key
    kind
    label
    tag
    executable {
      id
      name
    }
    revision {
      id
      commitId
    }
    branch {
      name
    }
  }
`);

type Column = BaselinePicker_ColumnFragment;

/**
 * The baseline DEF_BASELINE names, as the comparison page reads it: a column
 * key, or "executable@tag" (or a commit id, or a branch for its latest
 * revision), or an executable alone for its default branch's latest revision.
 * Null when nothing offered matches: a stale setting must not break the page.
 */
export function defaultBaseline(columns: Column[], setting: string | null | undefined): Baseline | null {
  if (!setting) return null;
  const at = setting.lastIndexOf('@');
  const executable = (at < 0 ? setting : setting.slice(0, at)).trim();
  const revision = at < 0 ? null : setting.slice(at + 1).trim();
  const candidates = columns.filter((c) => c.executable.name === executable);
  const column =
    columns.find((c) => c.key === setting) ??
    (revision === null
      ? candidates.find((c) => c.kind === 'LATEST')
      : (candidates.find((c) => c.kind === 'TAG' && (c.tag === revision || c.revision.commitId === revision)) ??
        candidates.find((c) => c.kind === 'LATEST' && c.branch.name === revision)));
  return column ? { executableId: column.executable.id, revisionId: column.revision.id } : null;
}

/** The baseline in effect: the address's, none when it says "none", else DEF_BASELINE's. */
export function baselineOf(
  base: Baseline | 'none' | null,
  columns: readonly Column[] | null | undefined,
  setting: string | null | undefined,
): Baseline | null {
  if (base === 'none') return null;
  return base ?? (columns ? defaultBaseline([...columns], setting) : null);
}

const valueOf = (b: Baseline) => `${b.executableId}:${b.revisionId}`;

interface Props {
  columns: Column[];
  value: Baseline | null;
  onChange: (baseline: Baseline | 'none') => void;
}

/** None, or a tagged revision of an executable: its value is drawn as a horizontal line. */
export function BaselinePicker({ columns, value, onChange }: Props) {
  const id = useId();
  const tagged = columns.filter((c) => c.kind === 'TAG');
  const current = value ? valueOf(value) : '';
  // A permalink may name a revision that is not a tag (or no longer one): keep it selectable.
  const known =
    !value || tagged.some((c) => valueOf({ executableId: c.executable.id, revisionId: c.revision.id }) === current);
  return (
    <div className="tl-fieldset tl-field">
      <label htmlFor={id} className="tl-field-label">
        Baseline
      </label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const [executableId, revisionId] = event.target.value.split(':');
          onChange(executableId && revisionId ? { executableId, revisionId } : 'none');
        }}
      >
        <option value="">None</option>
        {!known && <option value={current}>From the link</option>}
        {tagged.map((c) => (
          <option key={c.key} value={valueOf({ executableId: c.executable.id, revisionId: c.revision.id })}>
            {c.label}
          </option>
        ))}
      </select>
      {tagged.length === 0 && <p className="tl-hint">Tag a revision to use it as a baseline.</p>}
    </div>
  );
}

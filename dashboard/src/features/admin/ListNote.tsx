import { formatCount } from '../../lib/numbers';

/** Under an admin list: a note when the list is longer than one page. */
export function ListNote(props: { shown?: number; total?: number | null }) {
  if (props.shown === undefined || props.total == null || props.total <= props.shown) return null;
  return (
    <p className="status">
      Showing the first {formatCount(props.shown)} of {formatCount(props.total)}.
    </p>
  );
}

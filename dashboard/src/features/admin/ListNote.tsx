/** Under an admin list: a load failure with a retry, or a note when the list is longer than one page. */
export function ListNote(props: { error?: Error; retry: () => void; shown?: number; total?: number | null }) {
  if (props.error) {
    return (
      <div className="status status-error" role="alert">
        <p>Could not load this list: {props.error.message}</p>
        <button type="button" onClick={props.retry}>
          Try again
        </button>
      </div>
    );
  }
  if (props.shown !== undefined && props.total != null && props.total > props.shown) {
    return (
      <p className="status">
        Showing the first {props.shown.toLocaleString('en')} of {props.total.toLocaleString('en')}.
      </p>
    );
  }
  return null;
}

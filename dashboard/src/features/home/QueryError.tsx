/** A failed read: what the API said, and a way to try again without reloading the page. */
export function QueryError({ error, retry }: { error: Error; retry: () => void }) {
  return (
    <div className="status status-error" role="alert">
      <p>
        Could not load from the Speedgraph API: <code>{error.message}</code>
      </p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}

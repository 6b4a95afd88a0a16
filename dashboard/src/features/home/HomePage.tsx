import { useQuery } from '@apollo/client/react';
import { FirstRunGuide } from './FirstRunGuide';
import { HomeStatusQuery } from './home.queries';

/** Home: what this Speedgraph holds, or how to fill it when it holds nothing yet. */
export function HomePage() {
  const { data, loading, error, refetch } = useQuery(HomeStatusQuery);

  if (loading && !data) {
    return (
      <p className="status" aria-busy="true">
        Loading…
      </p>
    );
  }
  if (error) {
    return (
      <div className="status status-error" role="alert">
        <p>
          Could not load from the Speedgraph API: <code>{error.message}</code>
        </p>
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (!data) return null;

  const { projects, environments } = data;
  return (
    <>
      <p className="status">
        {capitalize(summary(projects, 'project'))} · {summary(environments, 'environment')}
      </p>
      {environments.totalCount === 0 && <FirstRunGuide origin={window.location.origin} />}
    </>
  );
}

interface Page {
  totalCount: number | null;
  nodes: { name: string }[];
}

/** "12 projects (pypy, cpython, …)", "no environments yet". */
function summary({ totalCount, nodes }: Page, noun: string): string {
  const count = totalCount ?? nodes.length;
  if (count === 0) return `no ${noun}s yet`;
  const names = nodes.map((node) => node.name).join(', ') + (count > nodes.length ? ', …' : '');
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'} (${names})`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

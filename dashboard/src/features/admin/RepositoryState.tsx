import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/dates';
import { formErrors } from './formErrors';

export const RepositoryState_ProjectFragment = graphql(`
  fragment RepositoryState_Project on Project {
    id
    name
    repository {
      kind
      implementation
      state
      progress
      phase
      error
      lastSyncedAt
      lastAttemptAt
    }
  }
`);

/** Asked again while a sync runs; the answer lands on the same Project in the cache, so the list updates. */
const RepositoryStatusQuery = graphql(`
  query AdminRepositoryStatus($id: ID!) {
    project(id: $id) {
      ...RepositoryState_Project
    }
  }
`);

const SyncRepositoryMutation = graphql(`
  mutation AdminSyncRepository($input: SyncRepositoryInput!) {
    syncRepository(input: $input) {
      project {
        ...RepositoryState_Project
      }
    }
  }
`);

const POLL_MS = 1500;

const STATE_LABELS = {
  NOT_SYNCED: 'not read yet',
  SYNCING: 'syncing',
  READY: 'ready',
  FAILED: 'failed',
} as const;

/**
 * Where a project's local copy of its repository stands (state, what reads it,
 * progress while syncing, the last error and success), with "Sync now": a
 * fetch and a new read of the revisions still missing their commit metadata.
 */
export function RepositoryState(props: { project: FragmentType<typeof RepositoryState_ProjectFragment> }) {
  const project = useFragment(RepositoryState_ProjectFragment, props.project);
  const repository = project.repository;
  const syncing = repository?.state === 'SYNCING';
  const [message, setMessage] = useState<string | null>(null);
  const [sync, { loading: starting }] = useMutation(SyncRepositoryMutation);
  useQuery(RepositoryStatusQuery, { variables: { id: project.id }, skip: !syncing, pollInterval: POLL_MS });

  if (!repository) return null;
  const run = async () => {
    setMessage(null);
    try {
      await sync({ variables: { input: { projectId: project.id } } });
    } catch (error) {
      setMessage(formErrors(error, []).form);
    }
  };
  const percent = repository.progress == null ? null : Math.round(repository.progress * 100);
  return (
    <div className="repo-state" data-state={repository.state}>
      <div className="repo-state-line">
        <span className={`repo-state-badge repo-state-${repository.state.toLowerCase()}`}>
          {STATE_LABELS[repository.state]}
        </span>
        {repository.implementation && <span className="repo-state-impl">via {repository.implementation}</span>}
        <button
          type="button"
          aria-label={`Sync the repository of ${project.name} now`}
          disabled={syncing || starting}
          onClick={() => void run()}
        >
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
      </div>
      {syncing && (
        <div className="repo-state-progress">
          <progress max={1} value={repository.progress ?? undefined} aria-label={`Sync of ${project.name}`} />
          <span>
            {repository.phase}
            {percent !== null && ` ${percent}%`}
          </span>
        </div>
      )}
      {repository.error && (
        <pre className="repo-state-error" role="alert">
          {repository.error}
        </pre>
      )}
      <div className="repo-state-times">
        {repository.lastSyncedAt ? `Last synced ${formatDateTime(repository.lastSyncedAt)}` : 'Never synced'}
        {repository.lastAttemptAt &&
          repository.lastAttemptAt !== repository.lastSyncedAt &&
          ` · last tried ${formatDateTime(repository.lastAttemptAt)}`}
      </div>
      <span className="row-message" role="status">
        {message}
      </span>
    </div>
  );
}

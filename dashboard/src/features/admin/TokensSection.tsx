import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/dates';
import { ConfirmDelete } from './ConfirmDelete';
import { EntityForm } from './EntityForm';
import { text } from './fields';
import { formErrors } from './formErrors';
import { ListNote } from './ListNote';
import { NewToken } from './NewToken';
import { AdminApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from './tokens.queries';
import { isThisSession, useSession } from './useSession';
import { WRITE } from './write';

const FIELDS = [{ name: 'name', label: 'What is it for?', required: true, placeholder: 'CI of MyProject' }] as const;

const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : 'never');

/** The signed-in user's API tokens: made for CI jobs, shown once, revoked when no longer needed. */
export function TokensSection() {
  const { data, error, refetch } = useQuery(AdminApiTokensQuery, { fetchPolicy: 'cache-and-network' });
  const [create] = useMutation(CreateApiTokenMutation, WRITE);
  const [revoke] = useMutation(RevokeApiTokenMutation, WRITE);
  const { forget } = useSession();
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const page = data?.apiTokens;

  return (
    <section className="admin-section" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p className="status">
        Clients send a token to post results. Only its first characters are kept in view; the whole token is shown once,
        when it is made.
      </p>
      {fresh ? (
        <NewToken name={fresh.name} token={fresh.token} onDone={() => setFresh(null)} />
      ) : (
        <EntityForm
          legend="New API token"
          fields={FIELDS}
          initial={{ name: '' }}
          submitLabel="Create token"
          resetOnSuccess
          onSubmit={async (values) => {
            try {
              const { data: made } = await create({ variables: { input: { name: text(values, 'name') } } });
              if (made) setFresh({ name: made.createApiToken.apiToken.name, token: made.createApiToken.token });
              return null;
            } catch (e) {
              return formErrors(e, ['name']);
            }
          }}
        />
      )}
      {error && !page ? (
        <QueryError title="Could not load this list" error={error} retry={() => void refetch()} />
      ) : !page ? (
        <p className="status" aria-busy="true">
          Loading…
        </p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((token) => {
                const mine = isThisSession(token.prefix);
                return (
                  <tr key={token.id}>
                    <th scope="row">
                      {token.name} {mine && <span className="badge">this browser</span>}
                    </th>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>{when(token.createdAt)}</td>
                    <td>{when(token.lastUsedAt)}</td>
                    <td className="row-actions">
                      {confirming === token.id ? (
                        <ConfirmDelete
                          question={
                            mine
                              ? `Revoke “${token.name}”? It is this browser’s sign-in: you will be signed out.`
                              : `Revoke “${token.name}”? Clients that send it are refused from then on.`
                          }
                          confirmLabel="Revoke token"
                          onCancel={() => setConfirming(null)}
                          onConfirm={async () => {
                            try {
                              // This browser's own token: nothing to refetch with it once it is revoked.
                              await revoke({
                                variables: { input: { id: token.id } },
                                ...(mine ? { refetchQueries: [] } : {}),
                              });
                              setConfirming(null);
                              if (mine) await forget();
                              return null;
                            } catch (e) {
                              return formErrors(e, []).form;
                            }
                          }}
                        />
                      ) : (
                        <button
                          type="button"
                          className="danger-outline"
                          aria-label={`Revoke token ${token.name}`}
                          onClick={() => setConfirming(token.id)}
                        >
                          Revoke
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ListNote shown={page?.nodes.length} total={page?.totalCount} />
    </section>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { httpFetcher } from './fetcher';
import './explorer.css';

/** What a first-time visitor sees in the query editor: how to authenticate, and a query that works. */
const DEFAULT_QUERY = `# Speedgraph's GraphQL explorer
#
# Reading needs no token. Mutations do: open
# "Headers" below and paste your API token as
#
#   {"Authorization": "Bearer <token>"}
#
# An admin gets a token on the server with
#   npm run createsuperuser -- \\
#     --username admin --password <pw>

query Environments {
  environments(first: 10) {
    totalCount
    nodes {
      name
      cpu
      os
    }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={httpFetcher('/graphql')}
      defaultQuery={DEFAULT_QUERY}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
      // Tokens stay out of localStorage unless the user turns this on in the settings.
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <a href="/" className="speedgraph-logo">
          Speedgraph
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);

import { Link } from 'react-router';

/**
 * The three steps from an empty Speedgraph to a first result, as commands to
 * paste. Environments come first because results never create them (as in
 * Codespeed, an unknown environment is refused).
 */
export function FirstRunGuide({ origin }: { origin: string }) {
  return (
    <section className="guide" aria-labelledby="guide-title">
      <h2 id="guide-title">Send your first result</h2>
      <ol>
        <li>
          <p>
            Take the API token that Speedgraph printed in its log when it first started (it made an admin user{' '}
            <code>admin</code> then). To make another token later, run{' '}
            <code>npm run speedgraph -- createtoken --username admin</code> (with the embedded database, while
            Speedgraph is stopped: that database serves one process at a time), or sign in on the{' '}
            <Link to="/admin?section=tokens">Admin page</Link> and make one under API tokens.
          </p>
          <Command>{`export SPEEDGRAPH_TOKEN=<the token from the log>`}</Command>
        </li>
        <li>
          <p>
            Describe the machine that runs the benchmarks. Results name it, and are refused until it exists. Create it
            on the <Link to="/admin?section=environments">Admin page</Link>, or with:
          </p>
          <Command>
            {`curl ${origin}/graphql \\
  -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $SPEEDGRAPH_TOKEN" \\
  -d '{
    "query": "mutation ($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id name } } }",
    "variables": {
      "input": { "name": "my-machine", "cpu": "Intel Core i7-1260P", "memory": "32 GiB", "os": "Debian 12" }
    }
  }'`}
          </Command>
        </li>
        <li>
          <p>
            Post a result the way Codespeed clients do. The project, branch, revision, executable and benchmark are
            created on first sight.
          </p>
          <Command>
            {`curl ${origin}/result/add/ \\
  -H "Authorization: Bearer $SPEEDGRAPH_TOKEN" \\
  -d commitid=4f2c1a9 -d branch=main -d project=MyProject \\
  -d executable=myexe -d benchmark=float -d environment=my-machine \\
  -d result_value=4000`}
          </Command>
        </li>
      </ol>
      <p>
        Then reload this page. To try queries and mutations by hand, open the <a href="/graphql">GraphQL explorer</a>{' '}
        and put <code>{'{"Authorization": "Bearer <token>"}'}</code> in its Headers tab.
      </p>
    </section>
  );
}

function Command({ children }: { children: string }) {
  return (
    <pre className="command">
      <code>{children}</code>
    </pre>
  );
}

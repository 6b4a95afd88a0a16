/** Placeholder until the dashboard views land: says what runs and where to go. */
export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '3rem auto', lineHeight: 1.5 }}>
      <h1>Speedgraph</h1>
      <p>
        Speedgraph is running. Send results to <code>/result/add/</code> or through GraphQL at{' '}
        <a href="/graphql">/graphql</a>.
      </p>
    </main>
  );
}

import { HomePage } from '../features/home/HomePage';

/** The page frame: Speedgraph's name, the views (only Home for now), and the API explorer. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <a className="app-title" href="/">
          Speedgraph
        </a>
        <nav className="app-nav">
          <a href="/graphql">GraphQL explorer</a>
        </nav>
      </header>
      <main className="app-main">
        <HomePage />
      </main>
    </div>
  );
}

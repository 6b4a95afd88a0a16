import { Link } from 'react-router';

export function NotFound() {
  return (
    <section className="status">
      <h1>Page not found</h1>
      <p>
        There is no view at this address. <Link to="/">Go to Home</Link>.
      </p>
    </section>
  );
}

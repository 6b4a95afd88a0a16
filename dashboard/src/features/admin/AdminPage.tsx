import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../auth/useViewer';
import { BenchmarksSection } from './BenchmarksSection';
import { BranchesSection } from './BranchesSection';
import { EnvironmentsSection } from './EnvironmentsSection';
import { ExecutablesSection } from './ExecutablesSection';
import { ProjectsSection } from './ProjectsSection';
import { SignInForm } from './SignInForm';
import { TokensSection } from './TokensSection';
import { useSession } from './useSession';
import './admin.css';

/** The sections, in the order a new Speedgraph is set up; `?section=` keeps the open one in the address. */
const SECTIONS = [
  { key: 'environments', label: 'Environments', Section: EnvironmentsSection },
  { key: 'projects', label: 'Projects', Section: ProjectsSection },
  { key: 'branches', label: 'Branches', Section: BranchesSection },
  { key: 'executables', label: 'Executables', Section: ExecutablesSection },
  { key: 'benchmarks', label: 'Benchmarks', Section: BenchmarksSection },
  { key: 'tokens', label: 'API tokens', Section: TokensSection },
] as const;

/**
 * Admin: signing in, then the records Speedgraph is configured with. Every
 * write goes through the GraphQL mutations, the same door as scripts use.
 */
export default function AdminPage() {
  const { viewer, loading } = useViewer();
  const { signOut } = useSession();
  const [params] = useSearchParams();
  const current = SECTIONS.find((section) => section.key === params.get('section')) ?? SECTIONS[0];

  if (loading) {
    return (
      <section aria-busy="true">
        <h1>Admin</h1>
        <p className="status">Loading…</p>
      </section>
    );
  }
  if (!viewer) {
    return (
      <section className="admin">
        <h1>Admin</h1>
        <p className="status">Sign in to create, change and delete environments, projects, benchmarks and tokens.</p>
        <SignInForm />
      </section>
    );
  }
  return (
    <section className="admin">
      <div className="admin-head">
        <h1>Admin</h1>
        <p className="admin-viewer">
          <span>
            Signed in as <strong>{viewer.username}</strong>
            {viewer.isAdmin && ' (admin)'}
          </span>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </p>
      </div>
      <nav className="admin-tabs" aria-label="Admin sections">
        {SECTIONS.map((section) => (
          <Link
            key={section.key}
            to={`?section=${section.key}`}
            aria-current={section.key === current.key ? 'page' : undefined}
          >
            {section.label}
          </Link>
        ))}
      </nav>
      <current.Section key={current.key} />
    </section>
  );
}

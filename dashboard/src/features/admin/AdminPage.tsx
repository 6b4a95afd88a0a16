/** The Admin view: being built (issue 6). */
export default function AdminPage() {
  return (
    <section>
      <h1>Admin</h1>
      <p className="status">This view is coming soon.</p>
    </section>
  );
}

/** The Changes view: being built (issue 6). */
export default function ChangesPage() {
  return (
    <section>
      <h1>Changes</h1>
      <p className="status">This view is coming soon.</p>
    </section>
  );
}

/** The Timeline view: being built (issue 6). */
export default function TimelinePage() {
  return (
    <section>
      <h1>Timeline</h1>
      <p className="status">This view is coming soon.</p>
    </section>
  );
}

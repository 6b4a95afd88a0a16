/** The Comparison view: being built (issue 6). */
export default function ComparisonPage() {
  return (
    <section>
      <h1>Comparison</h1>
      <p className="status">This view is coming soon.</p>
    </section>
  );
}

import { useEffect, useState } from 'react';

/**
 * The about page: /about.html from the built dashboard's public folder, which a
 * deployer replaces (with the logo, /logo.svg) without touching the code.
 */
export default function AboutPage() {
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetch('/about.html')
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => live && setHtml(text))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <p className="status">No about page has been set up.</p>;
  if (html === null)
    return (
      <p className="status" aria-busy="true">
        Loading…
      </p>
    );
  // The deployer's own page, served from our origin: trusted content by design, like a template.
  return <article className="about" dangerouslySetInnerHTML={{ __html: html }} />;
}

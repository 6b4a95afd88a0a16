import { useState } from 'react';

/** A new token's secret, shown this once (the API keeps only its hash), with a copy button. */
export function NewToken({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      // No clipboard (plain http, or refused): the text is selectable by hand.
      setCopied(false);
    }
  };
  return (
    <div className="new-token" role="region" aria-label={`New token ${name}`}>
      <p>
        The token “{name}”. <strong>Copy it now: it is not shown again.</strong>
      </p>
      <pre className="command">
        <code>{token}</code>
      </pre>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          Copy token
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
        <span role="status" className="row-message">
          {copied === true ? 'Copied.' : copied === false ? 'Could not copy: select the token and copy it.' : ''}
        </span>
      </div>
      <p className="status">
        Send it as <code>Authorization: Bearer &lt;token&gt;</code> with results and GraphQL requests.
      </p>
    </div>
  );
}

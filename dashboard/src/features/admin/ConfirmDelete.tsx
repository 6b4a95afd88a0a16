import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  /** What is deleted, and what goes with it, as a question. */
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<string | null>;
  onCancel: () => void;
}

/**
 * Asks before a delete, in place of the row's buttons: deletes cascade to
 * results and reports, so the question says what goes with the record. Focus
 * starts on Cancel, so a stray Enter keeps the data; Escape cancels.
 */
export function ConfirmDelete({ question, confirmLabel, onConfirm, onCancel }: Props) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => cancelRef.current?.focus(), []);

  const confirm = async () => {
    setBusy(true);
    const failure = await onConfirm();
    // On success the row disappears with this component; only a failure stays to be read.
    if (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <div
      className="confirm-delete"
      role="alertdialog"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-question`}>{question}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Deleting…' : confirmLabel}
        </button>
        <button type="button" ref={cancelRef} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

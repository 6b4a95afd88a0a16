import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { countOf } from '../../lib/numbers';
import { formErrors } from './formErrors';
import { RecalculateReportsMutation } from './projects.queries';

/** Recomputes a project's reports (after changing thresholds or the trend depth) and says how many it wrote. */
export function RecalculateButton(props: { projectId: string; projectName: string; tracked: boolean }) {
  const { projectId, projectName, tracked } = props;
  const [recalculate, { loading }] = useMutation(RecalculateReportsMutation);
  const [message, setMessage] = useState<string | null>(null);
  const run = async () => {
    setMessage(null);
    try {
      const { data } = await recalculate({ variables: { input: { projectId } } });
      const written = data?.recalculateReports.reportsWritten ?? 0;
      // Untracked projects get no reports (as in Codespeed): say why there are none.
      setMessage(`${countOf(written, 'report')} written${tracked ? '' : ' (the project is not tracked)'}.`);
    } catch (error) {
      setMessage(formErrors(error, []).form);
    }
  };
  return (
    <>
      <button
        type="button"
        aria-label={`Recalculate reports of ${projectName}`}
        disabled={loading}
        onClick={() => void run()}
      >
        {loading ? 'Recalculating…' : 'Recalculate reports'}
      </button>
      <span className="row-message" role="status">
        {message}
      </span>
    </>
  );
}

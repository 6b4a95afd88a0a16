import { toggled } from './PickerGroup';

interface EnvironmentPickerProps {
  environments: readonly { id: string; name: string }[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** The machines to compare on; each one is a shade of its column's colour in the chart. */
export function EnvironmentPicker({ environments, selected, onChange }: EnvironmentPickerProps) {
  return (
    <fieldset className="cmp-fieldset">
      <legend>Environments</legend>
      <div className="cmp-checks">
        {environments.map((environment) => (
          <label key={environment.id} className="cmp-check">
            <input
              type="checkbox"
              checked={selected.includes(environment.id)}
              onChange={(event) => onChange(toggled(selected, [environment.id], event.target.checked))}
              data-environment-id={environment.id}
            />
            {environment.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

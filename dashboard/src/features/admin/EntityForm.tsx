import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { FieldSpec, FormValues } from './fields';
import { NO_ERRORS, type FormErrors } from './formErrors';

interface Props {
  legend: string;
  fields: readonly FieldSpec[];
  initial: FormValues;
  submitLabel: string;
  /** Resolves to null when saved, or to the messages to show. */
  onSubmit: (values: FormValues) => Promise<FormErrors | null>;
  onCancel?: () => void;
  /** A new record's form empties itself after saving; an edit form is closed by its owner. */
  resetOnSuccess?: boolean;
}

/**
 * An admin form drawn from field descriptions: a label on every field, the
 * API's message beside the field it names (tied to it with aria-describedby),
 * and focus moved to the first field in error.
 */
export function EntityForm({ legend, fields, initial, submitLabel, onSubmit, onCancel, resetOnSuccess }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await onSubmit(values);
      setErrors(result ?? NO_ERRORS);
      if (!result && resetOnSuccess) setValues(initial);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="entity-form" onSubmit={(event) => void submit(event)}>
      <fieldset disabled={busy}>
        <legend>{legend}</legend>
        {fields.map((field) => (
          <Field
            key={field.name}
            id={`${id}-${field.name}`}
            field={field}
            value={values[field.name] ?? ''}
            error={errors.fields[field.name]}
            onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
          />
        ))}
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary">
            {busy ? 'Saving…' : submitLabel}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

interface FieldProps {
  id: string;
  field: FieldSpec;
  value: string | boolean;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
}

function Field({ id, field, value, error, onChange }: FieldProps) {
  const describedBy = [error ? `${id}-error` : null, field.hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  const common = {
    id,
    name: field.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  const text = typeof value === 'string' ? value : '';
  let control;
  if (field.kind === 'checkbox') {
    control = (
      <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
    );
  } else if (field.kind === 'select') {
    control = (
      <select {...common} value={text} required={field.required} onChange={(e) => onChange(e.target.value)}>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === 'textarea') {
    control = <textarea {...common} value={text} rows={2} onChange={(e) => onChange(e.target.value)} />;
  } else {
    control = (
      <input
        {...common}
        type={field.kind ?? 'text'}
        value={text}
        required={field.required}
        placeholder={field.placeholder}
        autoComplete={field.kind === 'password' ? 'new-password' : 'off'}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  const messages = (
    <>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {field.hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {field.hint}
        </p>
      )}
    </>
  );
  const className = `field field-${field.kind ?? 'text'}${error ? ' field-invalid' : ''}`;
  // A check box reads "☐ label" on one line, its label a click target too.
  if (field.kind === 'checkbox') {
    return (
      <div className={className}>
        <label>
          {control} {field.label}
        </label>
        {messages}
      </div>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={id}>
        {field.label}
        {field.required && <span aria-hidden="true"> *</span>}
      </label>
      {control}
      {messages}
    </div>
  );
}

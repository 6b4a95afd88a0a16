/** The values of an admin form, by field name: text boxes hold strings, check boxes booleans. */
export type FormValues = Record<string, string | boolean>;

/** One field of an admin form, described once and drawn by EntityForm. */
export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'url' | 'password' | 'textarea' | 'checkbox' | 'select';
  required?: boolean;
  /** For selects: the choices, in order. */
  options?: readonly { value: string; label: string }[];
  /** A line under the field saying what it is for. */
  hint?: string;
  /** Fields that cannot change after creation (the project of a branch) are left out of the edit form. */
  createOnly?: boolean;
  placeholder?: string;
}

/** A text field's value, trimmed; for optional inputs, where an empty box means "not given". */
export function text(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

export function flag(values: FormValues, name: string): boolean {
  return values[name] === true;
}

/** The starting values of a form: empty text, unticked boxes, a select's first choice. */
export function emptyValues(fields: readonly FieldSpec[], defaults: FormValues = {}): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    values[field.name] =
      defaults[field.name] ??
      (field.kind === 'checkbox' ? false : field.kind === 'select' ? (field.options?.[0]?.value ?? '') : '');
  }
  return values;
}

/** A new record's input without the boxes left empty, so the API's defaults apply (its default branch, units…). */
export function withoutEmpty<T extends Record<string, unknown>>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== '')) as T;
}

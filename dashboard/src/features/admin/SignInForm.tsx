import { useId, useState, type FormEvent } from 'react';
import { formErrors, NO_ERRORS, type FormErrors } from './formErrors';
import { useSession } from './useSession';

/** User name and password for a token kept in this browser (the `signIn` mutation). */
export function SignInForm() {
  const id = useId();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await signIn(username.trim(), password);
    } catch (error) {
      setErrors(formErrors(error, ['username', 'password']));
      setBusy(false);
    }
  };

  const field = (name: 'username' | 'password', label: string, value: string, set: (v: string) => void) => (
    <div className={`field${errors.fields[name] ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={name === 'password' ? 'password' : 'text'}
        autoComplete={name === 'password' ? 'current-password' : 'username'}
        required
        value={value}
        onChange={(event) => set(event.target.value)}
        aria-invalid={errors.fields[name] ? true : undefined}
        aria-describedby={errors.fields[name] ? `${id}-${name}-error` : undefined}
      />
      {errors.fields[name] && (
        <p className="field-error" id={`${id}-${name}-error`}>
          {errors.fields[name]}
        </p>
      )}
    </div>
  );

  return (
    <form className="entity-form sign-in" onSubmit={(event) => void submit(event)}>
      <fieldset disabled={busy}>
        <legend>Sign in</legend>
        {field('username', 'User name', username, setUsername)}
        {field('password', 'Password', password, setPassword)}
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary">
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

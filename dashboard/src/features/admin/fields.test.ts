import { describe, expect, it } from 'vitest';
import { emptyValues, withoutEmpty } from './fields';

describe('admin form values', () => {
  it('start empty: blank text, unticked boxes, a select on its first choice, unless a default is given', () => {
    const values = emptyValues(
      [
        { name: 'name', label: 'Name' },
        { name: 'tracked', label: 'Tracked', kind: 'checkbox' },
        { name: 'type', label: 'Type', kind: 'select', options: [{ value: 'GIT', label: 'Git' }] },
        { name: 'units', label: 'Units' },
      ],
      { units: 'seconds' },
    );
    expect(values).toEqual({ name: '', tracked: false, type: 'GIT', units: 'seconds' });
  });

  it('leave empty boxes out of a new record, so the API’s defaults apply', () => {
    expect(withoutEmpty({ name: 'x', cpu: '', trackChanges: false })).toEqual({ name: 'x', trackChanges: false });
  });
});

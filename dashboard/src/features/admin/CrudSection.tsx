import { Fragment, useId, useState, type ReactNode } from 'react';
import { QueryError } from '../../components/QueryError';
import { ConfirmDelete } from './ConfirmDelete';
import { EntityForm } from './EntityForm';
import { emptyValues, type FieldSpec, type FormValues } from './fields';
import { formErrors } from './formErrors';
import { ListNote } from './ListNote';

export interface Column<T> {
  header: string;
  cell: (record: T) => ReactNode;
}

interface Props<T extends { id: string; name: string }> {
  /** "environment": the forms, buttons and messages are worded with it. */
  noun: string;
  title: string;
  intro?: ReactNode;
  /** Undefined while the list loads. */
  records: readonly T[] | undefined;
  /** How many there are in all, when the list shows only the first page. */
  totalCount?: number | null;
  loadError?: Error;
  retry: () => void;
  columns: readonly Column<T>[];
  fields: readonly FieldSpec[];
  /** The edit form's fields when they depend on the record (a benchmark cannot be its own parent). */
  editFieldsFor?: (record: T) => readonly FieldSpec[];
  defaults?: FormValues;
  toValues: (record: T) => FormValues;
  /** Each write rejects with the API's error, which lands beside its field. */
  create: (values: FormValues) => Promise<unknown>;
  update: (record: T, values: FormValues) => Promise<unknown>;
  remove: (record: T) => Promise<unknown>;
  /** What goes with the record, as a question ("…and every result measured on it?"). */
  deleteQuestion: (record: T) => string;
  rowActions?: (record: T) => ReactNode;
}

/**
 * One kind of record in Admin: a form for a new one, the list with an edit
 * form opening under the row it edits, and a confirmed delete. Lists refresh
 * from the API after each write (the mutations refetch the active queries).
 */
export function CrudSection<T extends { id: string; name: string }>(props: Props<T>) {
  const { noun, title, records, columns, fields } = props;
  const headingId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const names = fields.map((field) => field.name);
  const editFields = (record: T) => (props.editFieldsFor?.(record) ?? fields).filter((field) => !field.createOnly);

  const attempt = async (write: () => Promise<unknown>, done: string, fieldNames: string[]) => {
    try {
      await write();
      setNotice(done);
      return null;
    } catch (error) {
      return formErrors(error, fieldNames);
    }
  };

  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {props.intro}
      {/* Drawn once the list is in: its selects' choices (projects, parents) come with it. */}
      {records && (
        <EntityForm
          legend={`New ${noun}`}
          fields={fields}
          initial={emptyValues(fields, props.defaults)}
          submitLabel={`Create ${noun}`}
          resetOnSuccess
          onSubmit={(values) =>
            attempt(() => props.create(values), `Created ${noun} “${String(values['name']).trim()}”.`, names)
          }
        />
      )}
      <p className="notice" role="status">
        {notice}
      </p>
      {props.loadError && !records ? (
        <QueryError title="Could not load this list" error={props.loadError} retry={props.retry} />
      ) : !records ? (
        <p className="status" aria-busy="true">
          Loading…
        </p>
      ) : records.length === 0 ? (
        <p className="status">No {noun}s yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                {columns.map((column) => (
                  <th key={column.header} scope="col">
                    {column.header}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <Fragment key={record.id}>
                  <tr>
                    <th scope="row">{record.name}</th>
                    {columns.map((column) => (
                      <td key={column.header}>{column.cell(record)}</td>
                    ))}
                    <td className="row-actions">
                      {confirming === record.id ? (
                        <ConfirmDelete
                          question={props.deleteQuestion(record)}
                          confirmLabel={`Delete ${noun}`}
                          onCancel={() => setConfirming(null)}
                          onConfirm={async () => {
                            const failure = await attempt(
                              () => props.remove(record),
                              `Deleted ${noun} “${record.name}”.`,
                              [],
                            );
                            if (!failure) setConfirming(null);
                            return failure?.form ?? null;
                          }}
                        />
                      ) : (
                        <>
                          <button
                            type="button"
                            aria-expanded={editing === record.id}
                            aria-label={`Edit ${noun} ${record.name}`}
                            onClick={() => setEditing(editing === record.id ? null : record.id)}
                          >
                            Edit
                          </button>
                          <button
                            type="button"
                            className="danger-outline"
                            aria-label={`Delete ${noun} ${record.name}`}
                            onClick={() => setConfirming(record.id)}
                          >
                            Delete
                          </button>
                          {props.rowActions?.(record)}
                        </>
                      )}
                    </td>
                  </tr>
                  {editing === record.id && (
                    <tr className="edit-row">
                      <td colSpan={columns.length + 2}>
                        <EntityForm
                          legend={`Edit ${noun} “${record.name}”`}
                          fields={editFields(record)}
                          initial={props.toValues(record)}
                          submitLabel="Save changes"
                          onCancel={() => setEditing(null)}
                          onSubmit={async (values) => {
                            const result = await attempt(
                              () => props.update(record, values),
                              `Saved ${noun} “${String(values['name'] ?? record.name).trim()}”.`,
                              editFields(record).map((field) => field.name),
                            );
                            if (!result) setEditing(null);
                            return result;
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListNote shown={records?.length} total={props.totalCount} />
    </section>
  );
}

/**
 * Options for every Admin mutation: once saved, refresh every list on screen
 * (a delete cascades: removing a project empties its branches and executables
 * too) before the form reports success. A failed write rejects with the API's
 * error, which the form places beside its field.
 */
export const WRITE = { refetchQueries: 'active', awaitRefetchQueries: true } as const;

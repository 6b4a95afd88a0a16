import { Migration0001Initial } from './0001-initial.js';
import { Migration0003ComparisonIndexes } from './0003-comparison-indexes.js';
import { Migration0004VersionControl } from './0004-version-control.js';
import { Migration0005SignInThrottle } from './0005-sign-in-throttle.js';

/** Every migration, in order. Listed by hand so the compiled server needs no file globbing. */
export const migrationsList = [
  { name: '0001-initial', class: Migration0001Initial },
  { name: '0003-comparison-indexes', class: Migration0003ComparisonIndexes },
  { name: '0004-version-control', class: Migration0004VersionControl },
  { name: '0005-sign-in-throttle', class: Migration0005SignInThrottle },
];

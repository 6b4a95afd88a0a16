/*
 * The few parts of nodegit 0.28 this module uses. nodegit ships no types a
 * NodeNext ESM build can use, so these describe only what we call (checked
 * against nodegit's generated bindings in node_modules/nodegit/src).
 */

export interface Oid {
  tostrS(): string;
}

export interface GitObject {
  id(): Oid;
}

export interface Signature {
  name(): string;
  email(): string;
  when(): { time(): number };
}

export interface Commit {
  id(): Oid;
  author(): Signature;
  committer(): Signature;
  message(): string;
  parentcount(): number;
  parentId(n: number): Oid;
}

/** What `Revwalk.commitWalk(n, { returnPlainObjects: true })` answers: read in native code, in one call. */
export interface PlainCommit {
  sha: string;
  message: string;
  author: { name: string; email: string; date: number };
  committer: { name: string; email: string; date: number };
  parents: string[];
}

export interface Revwalk {
  sorting(...modes: number[]): void;
  push(id: Oid): void;
  hide(id: Oid): void;
  simplifyFirstParent(): void;
  fastWalk(maxCount: number): Promise<Oid[]>;
  commitWalk(maxCount: number, options: { returnPlainObjects: true }): Promise<PlainCommit[]>;
}

export interface Reference {
  name(): string;
  isTag(): number;
  peel(type: number): Promise<GitObject>;
}

export interface Repository {
  createRevWalk(): Revwalk;
  getReferences(): Promise<Reference[]>;
}

export interface IndexerProgress {
  receivedObjects(): number;
  totalObjects(): number;
  indexedDeltas(): number;
  totalDeltas(): number;
}

/** A nodegit callback with its options: `waitForResult` lets its return value stop the transfer. */
export interface CallbackSpecifier<F> {
  callback: F;
  throttle?: number;
  waitForResult?: boolean;
}

export type Credential = object;

export interface FetchOptions {
  prune?: number;
  downloadTags?: number;
  callbacks?: {
    credentials?: (url: string, userFromUrl: string, allowedTypes: number) => Credential;
    transferProgress?: CallbackSpecifier<(stats: IndexerProgress) => number>;
  };
}

export interface Remote {
  url(): string;
  fetch(refspecs: string[], options: FetchOptions, reflogMessage: string): Promise<void>;
}

export interface Nodegit {
  Repository: {
    init(path: string, isBare: number): Promise<Repository>;
    openBare(path: string): Promise<Repository>;
  };
  Remote: {
    createWithFetchspec(repo: Repository, name: string, url: string, fetchspec: string): Promise<Remote>;
    lookup(repo: Repository, name: string): Promise<Remote>;
    setUrl(repo: Repository, name: string, url: string): number;
    AUTOTAG_OPTION: { DOWNLOAD_TAGS_ALL: number };
  };
  Fetch: { PRUNE: { GIT_FETCH_PRUNE: number } };
  Revwalk: { SORT: { TOPOLOGICAL: number; TIME: number } };
  Revparse: { single(repo: Repository, spec: string): Promise<GitObject> };
  Reference: { nameToId(repo: Repository, name: string): Promise<Oid> };
  Commit: { lookup(repo: Repository, id: Oid): Promise<Commit> };
  Object: { TYPE: { COMMIT: number } };
  Credential: { userpassPlaintextNew(user: string, password: string): Credential };
}

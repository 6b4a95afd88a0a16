import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum RepositoryType {
  NONE = 'none',
  GIT = 'git',
  GITHUB = 'github',
  MERCURIAL = 'mercurial',
  SUBVERSION = 'subversion',
}

registerEnumType(RepositoryType, {
  name: 'RepositoryType',
  description: 'The version control system behind a project, which says how commit metadata and logs are fetched.',
  valuesConfig: {
    NONE: { description: 'No repository: revisions are only the commit ids that clients send.' },
    GIT: { description: 'A git repository, cloned from its URL.' },
    GITHUB: { description: 'A GitHub repository, read through the GitHub API.' },
    MERCURIAL: { description: 'A Mercurial repository.' },
    SUBVERSION: { description: 'A Subversion repository; commit ids must be revision numbers.' },
  },
});

@ObjectType({ description: 'A piece of software whose performance is tracked, usually one repository.' })
@Entity({ tableName: 'project' })
export class Project {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Unique name, as clients send it in the `project` field.' })
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @Field(() => RepositoryType, { description: 'The version control system of the repository.' })
  @Enum({ items: () => RepositoryType, type: 'string', default: RepositoryType.NONE })
  repositoryType: RepositoryType = RepositoryType.NONE;

  @Field({ description: 'Where the repository lives (a clone URL or a path); empty when there is none.' })
  @Property({ type: 'string', length: 200, default: '' })
  repositoryUrl: string = '';

  @Field({ description: 'User name for the repository, when it needs credentials (Subversion).' })
  @Property({ type: 'string', length: 100, default: '' })
  repositoryUser: string = '';

  /** Never exposed through the API: it is a credential. */
  @Property({ type: 'string', length: 100, default: '', hidden: true })
  repositoryPassword: string = '';

  @Field({
    description: 'Template of a link to a commit in a repository browser; `{commitid}` is replaced by the commit id.',
  })
  @Property({ type: 'string', length: 200, default: '' })
  commitBrowsingUrl: string = '';

  @Field({ description: 'Whether the project appears in Changes and Timeline and gets reports.' })
  @Property({ type: 'boolean', default: true })
  trackChanges: boolean = true;

  @Field({ description: 'The branch shown by default; results on it make the main history.' })
  @Property({ type: 'string', length: 32, default: '' })
  defaultBranch: string = '';
}

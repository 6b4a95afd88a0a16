import { Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { NotNullWhenGiven } from '../../lib/validation.js';
import { Project, RepositoryType } from './project.entity.js';

@InputType({ description: 'A new project whose performance is tracked.' })
export class CreateProjectInput {
  @Field({ description: 'Unique name; clients send it in the `project` field of results.' })
  @Length(1, 100)
  name!: string;

  @Field(() => RepositoryType, { nullable: true, description: 'The version control system. Default: NONE.' })
  repositoryType?: RepositoryType;

  @Field({ nullable: true, description: 'Where the repository lives (a clone URL or a path).' })
  @MaxLength(200)
  repositoryUrl?: string;

  @Field({ nullable: true, description: 'User name for the repository, when it needs credentials.' })
  @MaxLength(100)
  repositoryUser?: string;

  @Field({
    nullable: true,
    description: 'Password for the repository. Stored but never returned: see `Project.hasRepositoryPassword`.',
  })
  @MaxLength(100)
  repositoryPassword?: string;

  @Field({ nullable: true, description: 'Link template to a commit in a repository browser, with `{commitid}`.' })
  @MaxLength(200)
  commitBrowsingUrl?: string;

  @Field({ nullable: true, description: 'Whether the project appears in Changes and Timeline. Default: true.' })
  trackChanges?: boolean;

  @Field({ nullable: true, description: 'The branch shown by default.' })
  @MaxLength(32)
  defaultBranch?: string;
}

@InputType({ description: 'Changes to a project; omitted fields stay as they are.' })
export class UpdateProjectInput {
  @Field(() => ID, { description: 'The project to change.' })
  id!: string;

  @Field({ nullable: true, description: 'New unique name.' })
  @NotNullWhenGiven()
  @Length(1, 100)
  name?: string;

  @Field(() => RepositoryType, { nullable: true, description: 'The version control system.' })
  @NotNullWhenGiven()
  repositoryType?: RepositoryType;

  @Field({ nullable: true, description: 'Where the repository lives; empty for none.' })
  @NotNullWhenGiven()
  @MaxLength(200)
  repositoryUrl?: string;

  @Field({ nullable: true, description: 'User name for the repository; empty for none.' })
  @NotNullWhenGiven()
  @MaxLength(100)
  repositoryUser?: string;

  @Field({ nullable: true, description: 'New password for the repository; empty to remove it. Never returned.' })
  @NotNullWhenGiven()
  @MaxLength(100)
  repositoryPassword?: string;

  @Field({ nullable: true, description: 'Link template to a commit, with `{commitid}`; empty for none.' })
  @NotNullWhenGiven()
  @MaxLength(200)
  commitBrowsingUrl?: string;

  @Field({ nullable: true, description: 'Whether the project appears in Changes and Timeline.' })
  @NotNullWhenGiven()
  trackChanges?: boolean;

  @Field({ nullable: true, description: 'The branch shown by default.' })
  @NotNullWhenGiven()
  @MaxLength(32)
  defaultBranch?: string;
}

@ObjectType({ description: 'The project a mutation created or changed.' })
export class ProjectPayload {
  @Field(() => Project, { description: 'The project as stored.' })
  project!: Project;
}

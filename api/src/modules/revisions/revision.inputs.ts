import { Length, MaxLength, NotEquals } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { NotNullWhenGiven } from '../../lib/validation.js';
import { Revision } from './revision.entity.js';

@InputType({ description: 'A new revision (commit) of a branch.' })
export class CreateRevisionInput {
  @Field(() => ID, { description: 'The project the revision belongs to.' })
  projectId!: string;

  @Field({ description: 'The branch, by name; created if the project has no branch of that name.' })
  @Length(1, 32)
  branch!: string;

  @Field({ description: 'The commit id, unique within the branch (a revision number for Subversion projects).' })
  @Length(1, 42)
  @NotEquals('None', { message: 'invalid commit id None' })
  commitId!: string;

  @Field({ nullable: true, description: 'When the commit was made. Default: now.' })
  date?: Date;

  @Field({ nullable: true, description: 'Commit author.' })
  @MaxLength(100)
  author?: string;

  @Field({ nullable: true, description: 'Commit message.' })
  message?: string;

  @Field({ nullable: true, description: 'A release tag, which makes the revision a possible baseline.' })
  @MaxLength(100)
  tag?: string;
}

@InputType({ description: 'Changes to a revision; omitted fields stay as they are. Its commit and branch are fixed.' })
export class UpdateRevisionInput {
  @Field(() => ID, { description: 'The revision to change.' })
  id!: string;

  @Field({ nullable: true, description: 'A release tag; empty to untag.' })
  @NotNullWhenGiven()
  @MaxLength(100)
  tag?: string;

  @Field({ nullable: true, description: 'Commit author.' })
  @NotNullWhenGiven()
  @MaxLength(100)
  author?: string;

  @Field({ nullable: true, description: 'Commit message.' })
  @NotNullWhenGiven()
  message?: string;

  @Field({ nullable: true, description: 'When the commit was made; it orders the branch’s history.' })
  @NotNullWhenGiven()
  date?: Date;
}

@ObjectType({ description: 'The revision a mutation created or changed.' })
export class RevisionPayload {
  @Field(() => Revision, { description: 'The revision as stored.' })
  revision!: Revision;
}

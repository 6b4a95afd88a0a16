import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { NotNullWhenGiven } from '../../lib/validation.js';
import { Branch } from './branch.entity.js';

@InputType({ description: 'A new branch of a project.' })
export class CreateBranchInput {
  @Field(() => ID, { description: 'The project the branch belongs to.' })
  projectId!: string;

  @Field({ description: 'Branch name, unique within the project; clients send it in the `branch` field.' })
  @Length(1, 32)
  name!: string;

  @Field({
    nullable: true,
    description: 'Whether its latest revision is offered on the comparison page. Default: true.',
  })
  displayOnComparisonPage?: boolean;
}

@InputType({ description: 'Changes to a branch; omitted fields stay as they are.' })
export class UpdateBranchInput {
  @Field(() => ID, { description: 'The branch to change.' })
  id!: string;

  @Field({ nullable: true, description: 'New name, unique within the project.' })
  @NotNullWhenGiven()
  @Length(1, 32)
  name?: string;

  @Field({ nullable: true, description: 'Whether its latest revision is offered on the comparison page.' })
  @NotNullWhenGiven()
  displayOnComparisonPage?: boolean;
}

@ObjectType({ description: 'The branch a mutation created or changed.' })
export class BranchPayload {
  @Field(() => Branch, { description: 'The branch as stored.' })
  branch!: Branch;
}

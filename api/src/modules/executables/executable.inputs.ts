import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { NotNullWhenGiven } from '../../lib/validation.js';
import { Executable } from './executable.entity.js';

@InputType({ description: 'A new executable (a build or variant) of a project.' })
export class CreateExecutableInput {
  @Field(() => ID, { description: 'The project the executable belongs to.' })
  projectId!: string;

  @Field({ description: 'Name, unique within the project; clients send it in the `executable` field.' })
  @Length(1, 100)
  name!: string;

  @Field({ nullable: true, description: 'How this executable is built or run.' })
  description?: string;
}

@InputType({ description: 'Changes to an executable; omitted fields stay as they are.' })
export class UpdateExecutableInput {
  @Field(() => ID, { description: 'The executable to change.' })
  id!: string;

  @Field({ nullable: true, description: 'New name, unique within the project.' })
  @NotNullWhenGiven()
  @Length(1, 100)
  name?: string;

  @Field({ nullable: true, description: 'How this executable is built or run.' })
  @NotNullWhenGiven()
  description?: string;
}

@ObjectType({ description: 'The executable a mutation created or changed.' })
export class ExecutablePayload {
  @Field(() => Executable, { description: 'The executable as stored.' })
  executable!: Executable;
}

import { Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { NotNullWhenGiven } from '../../lib/validation.js';
import { Environment } from './environment.entity.js';

@InputType({ description: 'A new machine that runs benchmarks.' })
export class CreateEnvironmentInput {
  @Field({ description: 'Unique name; clients send it in the `environment` field of results.' })
  @Length(1, 100)
  name!: string;

  @Field({ nullable: true, description: 'Processor model.' })
  @MaxLength(100)
  cpu?: string;

  @Field({ nullable: true, description: 'Installed memory.' })
  @MaxLength(100)
  memory?: string;

  @Field({ nullable: true, description: 'Operating system.' })
  @MaxLength(100)
  os?: string;

  @Field({ nullable: true, description: 'Kernel version.' })
  @MaxLength(100)
  kernel?: string;
}

@InputType({ description: 'Changes to an environment; omitted fields stay as they are.' })
export class UpdateEnvironmentInput {
  @Field(() => ID, { description: 'The environment to change.' })
  id!: string;

  @Field({ nullable: true, description: 'New unique name.' })
  @NotNullWhenGiven()
  @Length(1, 100)
  name?: string;

  @Field({ nullable: true, description: 'Processor model.' })
  @NotNullWhenGiven()
  @MaxLength(100)
  cpu?: string;

  @Field({ nullable: true, description: 'Installed memory.' })
  @NotNullWhenGiven()
  @MaxLength(100)
  memory?: string;

  @Field({ nullable: true, description: 'Operating system.' })
  @NotNullWhenGiven()
  @MaxLength(100)
  os?: string;

  @Field({ nullable: true, description: 'Kernel version.' })
  @NotNullWhenGiven()
  @MaxLength(100)
  kernel?: string;
}

@ObjectType({ description: 'The environment a mutation created or changed.' })
export class EnvironmentPayload {
  @Field(() => Environment, { description: 'The environment as stored.' })
  environment!: Environment;
}

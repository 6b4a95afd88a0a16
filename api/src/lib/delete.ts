import { Field, ID, InputType, ObjectType } from 'type-graphql';

@InputType({ description: 'Which record to delete.' })
export class DeleteInput {
  @Field(() => ID, { description: 'Id of the record to delete.' })
  id!: string;
}

@ObjectType({ description: 'The outcome of a delete: what no longer exists.' })
export class DeletePayload {
  @Field(() => ID, { description: 'Id of the deleted record; what depended on it (results, reports) is gone too.' })
  deletedId!: string;
}

import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';

@ObjectType({ description: 'Where a page of a list ends, and whether there is more.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null on an empty page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many items to return, 1 to 500.' })
  @Min(1)
  @Max(500)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number | null;
}

/** A paginated list of `Node`s, named `<Node>Connection`. */
export function Connection<T extends object>(Node: ClassType<T>, withTotalCount = true) {
  @ObjectType()
  abstract class ConnectionClass implements Page<T> {
    @Field(() => [Node], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page ends.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      nullable: true,
      description: withTotalCount
        ? 'How many items the whole list has.'
        : 'Not counted for this list (it can be huge): always null.',
    })
    totalCount?: number | null;
  }
  return ConnectionClass;
}

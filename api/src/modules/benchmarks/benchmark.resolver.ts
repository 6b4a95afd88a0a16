import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection, PageArgs } from '../../lib/connection.js';
import { createOne, deleteOne, updateOne } from '../../lib/crud.js';
import { DeleteInput, DeletePayload } from '../../lib/delete.js';
import { parseId } from '../../lib/errors.js';
import { findByIdOrName } from '../../lib/lookup.js';
import { paginate } from '../../lib/paginate.js';
import type { Context } from '../../server/context.js';
import { Benchmark, BenchmarkType, DataType } from './benchmark.entity.js';
import { BenchmarkPayload, CreateBenchmarkInput, UpdateBenchmarkInput } from './benchmark.inputs.js';
import { resolveParent } from './benchmark.service.js';

@ObjectType({ description: 'A page of benchmarks, in the order they were created.' })
export class BenchmarkConnection extends Connection(Benchmark) {}

@ArgsType()
class BenchmarksArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the direct children of this benchmark; all when omitted.' })
  parentId?: string | null;
}

const nameTaken = (name: string | undefined) => `a benchmark named ${JSON.stringify(name)} already exists`;

@Resolver(() => Benchmark)
export class BenchmarkResolver {
  @Query(() => BenchmarkConnection, { description: 'The benchmarks, or the children of one.' })
  benchmarks(@Args() { parentId, ...page }: BenchmarksArgs, @Ctx() { em }: Context) {
    const where = parentId ? { parent: parseId(parentId, 'parentId') } : {};
    return paginate(em, Benchmark, where, page, { id: 'asc' });
  }

  @Query(() => Benchmark, { nullable: true, description: 'One benchmark, by id or by name.' })
  benchmark(
    @Ctx() { em }: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Its id.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Its name.' }) name?: string,
  ) {
    return findByIdOrName(em, Benchmark, id, name);
  }

  @FieldResolver(() => Benchmark, { nullable: true, description: 'The benchmark this one belongs under, if any.' })
  parent(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context) {
    return benchmark.parent ? loaders.load(Benchmark, benchmark.parent.id) : null;
  }

  @FieldResolver(() => [Benchmark], { description: 'The benchmarks directly under this one, by name.' })
  children(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context) {
    return loaders.children(Benchmark, 'parent', benchmark.id, { name: 'asc' });
  }

  @Authorized()
  @Mutation(() => BenchmarkPayload, { description: 'Registers a benchmark; results can also create one.' })
  async createBenchmark(
    @Arg('input', { description: 'The benchmark to create.' }) { parentId, ...input }: CreateBenchmarkInput,
    @Ctx() { em }: Context,
  ) {
    const parent = (await resolveParent(em, null, parentId)) ?? null;
    const benchmark = await createOne(
      em,
      Benchmark,
      {
        name: input.name,
        parent,
        benchmarkType: input.benchmarkType ?? BenchmarkType.CROSS_PROJECT,
        dataType: input.dataType ?? DataType.MEAN,
        description: input.description ?? '',
        unitsTitle: input.unitsTitle ?? 'Time',
        units: input.units ?? 'seconds',
        lessIsBetter: input.lessIsBetter ?? true,
        defaultOnComparison: input.defaultOnComparison ?? true,
      },
      nameTaken(input.name),
    );
    return { benchmark };
  }

  @Authorized()
  @Mutation(() => BenchmarkPayload, { description: 'Changes a benchmark’s name, place in the hierarchy or units.' })
  async updateBenchmark(
    @Arg('input', { description: 'Which benchmark, and what to change.' })
    { id, parentId, ...patch }: UpdateBenchmarkInput,
    @Ctx() { em }: Context,
  ) {
    const benchmarkId = parseId(id);
    const parent = await resolveParent(em, benchmarkId, parentId);
    const benchmark = await updateOne(em, Benchmark, benchmarkId, { ...patch, parent }, nameTaken(patch.name));
    return { benchmark };
  }

  @Authorized()
  @Mutation(() => DeletePayload, {
    description: 'Deletes a benchmark with its results; benchmarks under it become top-level.',
  })
  async deleteBenchmark(
    @Arg('input', { description: 'Which benchmark to delete.' }) input: DeleteInput,
    @Ctx() { em }: Context,
  ) {
    return { deletedId: String(await deleteOne(em, Benchmark, parseId(input.id))) };
  }
}

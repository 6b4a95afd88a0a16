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
import { MaxLength } from 'class-validator';
import { Connection, PageArgs } from '../../lib/connection.js';
import { deleteOne, findOrFail, updateOne } from '../../lib/crud.js';
import { DeleteInput, DeletePayload } from '../../lib/delete.js';
import { parseId } from '../../lib/errors.js';
import { paginate } from '../../lib/paginate.js';
import type { Context } from '../../server/context.js';
import { Branch } from '../branches/branch.entity.js';
import { Project } from '../projects/project.entity.js';
import { Revision } from './revision.entity.js';
import { CreateRevisionInput, RevisionPayload, UpdateRevisionInput } from './revision.inputs.js';
import { addRevision, datePatch } from './revision.service.js';

@ObjectType({ description: 'A page of revisions, newest first.' })
export class RevisionConnection extends Connection(Revision) {}

@ArgsType()
class RevisionsArgs extends PageArgs {
  @Field(() => ID, { description: 'The project whose revisions to list.' })
  projectId!: string;

  @Field({ nullable: true, description: 'Only the revisions of this branch (by name); all branches when omitted.' })
  @MaxLength(32)
  branch?: string;
}

@Resolver(() => Revision)
export class RevisionResolver {
  @Query(() => RevisionConnection, { description: 'The revisions of a project, newest commit date first.' })
  revisions(@Args() { projectId, branch, ...page }: RevisionsArgs, @Ctx() { em }: Context) {
    const where = { project: parseId(projectId, 'projectId'), ...(branch ? { branch: { name: branch } } : {}) };
    return paginate(em, Revision, where, page, { date: 'desc', id: 'desc' });
  }

  @Query(() => Revision, { nullable: true, description: 'One revision, by id.' })
  revision(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() { em }: Context) {
    return em.findOne(Revision, { id: parseId(id) });
  }

  @FieldResolver(() => Project, { description: 'The project the revision belongs to.' })
  project(@Root() revision: Revision, @Ctx() { loaders }: Context) {
    return loaders.require(Project, revision.project.id);
  }

  @FieldResolver(() => Branch, { description: 'The branch the revision belongs to.' })
  branch(@Root() revision: Revision, @Ctx() { loaders }: Context) {
    return loaders.require(Branch, revision.branch.id);
  }

  @Authorized()
  @Mutation(() => RevisionPayload, {
    description: 'Adds a revision, creating its branch if needed; results can also create one.',
  })
  async createRevision(
    @Arg('input', { description: 'The revision to create.' }) input: CreateRevisionInput,
    @Ctx() { em }: Context,
  ) {
    return { revision: await addRevision(em, input) };
  }

  @Authorized()
  @Mutation(() => RevisionPayload, { description: 'Changes a revision’s tag, author, message or date.' })
  async updateRevision(
    @Arg('input', { description: 'Which revision, and what to change.' }) { id, ...patch }: UpdateRevisionInput,
    @Ctx() { em, services }: Context,
  ) {
    const current = await findOrFail(em, Revision, parseId(id));
    const revision = await updateOne(em, Revision, current.id, { ...patch, ...datePatch(current, patch.date) });
    // Stored (the flush committed): watchers of the revision see its new metadata.
    await services.live.publishRevisionUpdated(revision);
    return { revision };
  }

  @Authorized()
  @Mutation(() => DeletePayload, { description: 'Deletes a revision with its results and reports.' })
  async deleteRevision(
    @Arg('input', { description: 'Which revision to delete.' }) input: DeleteInput,
    @Ctx() { em }: Context,
  ) {
    return { deletedId: String(await deleteOne(em, Revision, parseId(input.id))) };
  }
}

import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput } from '../../lib/errors.js';
import type { Context } from '../../server/context.js';
import { BatchRejectedError } from './ingestion.errors.js';
import { MAX_BATCH, SubmitResultsInput, SubmitResultsPayload } from './ingestion.inputs.js';

@Resolver()
export class IngestionResolver {
  @Authorized()
  @Mutation(() => SubmitResultsPayload, {
    description:
      'Stores a batch of results in one transaction: all or nothing. A result for the same revision, executable, benchmark and environment replaces the earlier one.',
  })
  async submitResults(
    // Validated by the ingestion service's checkSubmission rather than class-validator, which cost more than storing the batch.
    @Arg('input', { description: 'The batch of results.', validate: false }) input: SubmitResultsInput,
    @Ctx() { services }: Context,
  ): Promise<SubmitResultsPayload> {
    if (input.results.length > MAX_BATCH) {
      throw badInput('results', `at most ${MAX_BATCH} results per batch, got ${input.results.length}`);
    }
    try {
      // GraphQL typed every item already: each is an entry the service can read.
      const outcome = await services.ingestion.submit(input.results);
      return { created: outcome.created, replaced: outcome.replaced, reportsQueued: outcome.touched.length };
    } catch (error) {
      if (error instanceof BatchRejectedError) {
        const item = `results[${error.index}]`;
        throw badInput(error.field ? `${item}.${error.field}` : item, error.message, { index: error.index });
      }
      throw error;
    }
  }
}

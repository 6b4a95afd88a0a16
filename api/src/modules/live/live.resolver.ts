import { Arg, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { parseId } from '../../lib/errors.js';
import type { LiveEvents } from './event-bus.js';
import type { Items, LiveFilter } from './live.filters.js';
import {
  ReportUpdatedEvent,
  ReportUpdatedFilter,
  ResultsAddedEvent,
  ResultsAddedFilter,
  RevisionUpdatedEvent,
  RevisionUpdatedFilter,
} from './live.types.js';

/**
 * The watcher's filter, checked once when it subscribes and handed to the hub
 * as type-graphql's `topicId`, so the hub filters before queueing anything.
 */
function filterOf({ args }: SubscribeResolverData<unknown, { filter?: Record<string, string | null> | null }>) {
  const filter: LiveFilter = {};
  for (const [key, value] of Object.entries(args.filter ?? {})) {
    if (value !== null && value !== undefined) filter[key as keyof LiveFilter] = parseId(value, `filter.${key}`);
  }
  return filter;
}

/**
 * Live updates over graphql-ws (WebSocket at /graphql). Reads are public, so
 * subscriptions are too; a wrong token is refused when the socket connects.
 */
@Resolver()
export class LiveResolver {
  @Subscription(() => ResultsAddedEvent, {
    description:
      'Results as they are stored: one event per committed batch, holding the results that match the filter. Never sent for a rejected batch.',
    topics: 'resultsAdded',
    topicId: filterOf,
  })
  resultsAdded(
    @Root() event: LiveEvents['resultsAdded'],
    @Arg('filter', () => ResultsAddedFilter, { nullable: true, description: 'Which results; all when omitted.' })
    _filter?: ResultsAddedFilter,
  ): LiveEvents['resultsAdded'] {
    return event;
  }

  @Subscription(() => ReportUpdatedEvent, {
    description: 'Reports as they are computed after new results: one event per report that matches the filter.',
    topics: 'reportUpdated',
    topicId: filterOf,
  })
  reportUpdated(
    @Root() report: Items['reportUpdated'],
    @Arg('filter', () => ReportUpdatedFilter, { nullable: true, description: 'Which reports; all when omitted.' })
    _filter?: ReportUpdatedFilter,
  ): Items['reportUpdated'] {
    return report;
  }

  @Subscription(() => RevisionUpdatedEvent, {
    description:
      'Revisions whose commit metadata (author, message, date, tag) changed, by version control or an admin.',
    topics: 'revisionUpdated',
    topicId: filterOf,
  })
  revisionUpdated(
    @Root() revision: Items['revisionUpdated'],
    @Arg('filter', () => RevisionUpdatedFilter, { nullable: true, description: 'Which revisions; all when omitted.' })
    _filter?: RevisionUpdatedFilter,
  ): Items['revisionUpdated'] {
    return revision;
  }
}

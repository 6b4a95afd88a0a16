import { Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../server/context.js';

@ObjectType({
  description: 'How this Speedgraph is set up: its name and the defaults of its views (Codespeed’s settings).',
})
export class SiteSettings {
  @Field({ description: 'The site’s title (WEBSITE_NAME).' })
  websiteName!: string;

  @Field(() => String, { nullable: true, description: 'Environment shown first (DEF_ENVIRONMENT), by name.' })
  defaultEnvironment!: string | null;

  @Field(() => String, { nullable: true, description: 'Executable shown first (DEF_EXECUTABLE), by name.' })
  defaultExecutable!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Benchmark shown first on the timeline (DEF_BENCHMARK), by name.',
  })
  defaultBenchmark!: string | null;

  @Field(() => String, { nullable: true, description: 'Baseline of the timeline and comparison (DEF_BASELINE).' })
  defaultBaseline!: string | null;

  @Field(() => Int, { description: 'Revisions on a timeline by default (DEF_TIMELINE_LIMIT).' })
  timelineLimit!: number;

  @Field(() => Int, { description: 'Benchmarks per page of the timeline grid (TIMELINE_GRID_LIMIT).' })
  timelineGridLimit!: number;

  @Field(() => Int, { description: 'Revisions the trend looks back over by default (TREND).' })
  trendDepth!: number;

  @Field(() => Float, { description: 'Percent beyond which a change is significant (CHANGE_THRESHOLD).' })
  changeThreshold!: number;

  @Field(() => Float, { description: 'Percent beyond which a trend is significant (TREND_THRESHOLD).' })
  trendThreshold!: number;

  @Field({ description: 'Whether commit authors’ e-mail addresses are shown (SHOW_AUTHOR_EMAIL_ADDRESS).' })
  showAuthorEmailAddress!: boolean;
}

@Resolver()
export class SiteResolver {
  @Query(() => SiteSettings, { description: 'The site’s name and the defaults of its views.' })
  siteSettings(@Ctx() { services }: Context): SiteSettings {
    const s = services.config.codespeed;
    return {
      websiteName: s.websiteName,
      defaultEnvironment: s.defEnvironment,
      defaultExecutable: s.defExecutable,
      defaultBenchmark: s.defBenchmark,
      defaultBaseline: s.defBaseline,
      timelineLimit: s.defTimelineLimit,
      timelineGridLimit: s.timelineGridLimit,
      trendDepth: s.trend,
      changeThreshold: s.changeThreshold,
      trendThreshold: s.trendThreshold,
      showAuthorEmailAddress: s.showAuthorEmailAddress,
    };
  }
}

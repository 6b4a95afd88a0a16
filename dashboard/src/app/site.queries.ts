import { graphql } from '../gql';

export const SiteSettingsQuery = graphql(`
  query SiteSettings {
    siteSettings {
      websiteName
      defaultEnvironment
      defaultExecutable
      defaultBenchmark
      defaultBaseline
      timelineLimit
      timelineGridLimit
      trendDepth
      changeThreshold
      trendThreshold
      showAuthorEmailAddress
    }
  }
`);

import { useQuery } from '@apollo/client/react';
import { SiteSettingsQuery } from './site.queries';

/** The site's name and its views' defaults (WEBSITE_NAME, DEF_*), read once and cached by Apollo. */
export function useSiteSettings() {
  const { data } = useQuery(SiteSettingsQuery, { fetchPolicy: 'cache-first' });
  return data?.siteSettings ?? null;
}

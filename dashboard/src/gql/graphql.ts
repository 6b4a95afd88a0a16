/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type SiteSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteSettingsQuery = { siteSettings: { websiteName: string, defaultEnvironment: string | null, defaultExecutable: string | null, defaultBenchmark: string | null, defaultBaseline: string | null, timelineLimit: number, timelineGridLimit: number, trendDepth: number, changeThreshold: number, trendThreshold: number, showAuthorEmailAddress: boolean } };

export type HomeStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeStatusQuery = { projects: { totalCount: number | null, nodes: Array<{ id: string, name: string }> }, environments: { totalCount: number | null, nodes: Array<{ id: string, name: string }> } };


export const SiteSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"websiteName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"defaultExecutable"}},{"kind":"Field","name":{"kind":"Name","value":"defaultBenchmark"}},{"kind":"Field","name":{"kind":"Name","value":"defaultBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"timelineLimit"}},{"kind":"Field","name":{"kind":"Name","value":"timelineGridLimit"}},{"kind":"Field","name":{"kind":"Name","value":"trendDepth"}},{"kind":"Field","name":{"kind":"Name","value":"changeThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"trendThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"showAuthorEmailAddress"}}]}}]}}]} as unknown as DocumentNode<SiteSettingsQuery, SiteSettingsQueryVariables>;
export const HomeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HomeStatusQuery, HomeStatusQueryVariables>;
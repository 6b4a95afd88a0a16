import { graphql } from '../../gql';

export const AdminApiTokensQuery = graphql(`
  query AdminApiTokens {
    apiTokens(first: 500) {
      totalCount
      nodes {
        id
        name
        prefix
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation AdminCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation AdminRevokeApiToken($input: DeleteInput!) {
    revokeApiToken(input: $input) {
      deletedId
    }
  }
`);

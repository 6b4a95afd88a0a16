import { graphql } from '../../gql';

export const AdminEnvironmentsQuery = graphql(`
  query AdminEnvironments {
    environments(first: 500) {
      totalCount
      nodes {
        id
        name
        cpu
        memory
        os
        kernel
      }
    }
  }
`);

export const CreateEnvironmentMutation = graphql(`
  mutation AdminCreateEnvironment($input: CreateEnvironmentInput!) {
    createEnvironment(input: $input) {
      environment {
        id
      }
    }
  }
`);

export const UpdateEnvironmentMutation = graphql(`
  mutation AdminUpdateEnvironment($input: UpdateEnvironmentInput!) {
    updateEnvironment(input: $input) {
      environment {
        id
        name
        cpu
        memory
        os
        kernel
      }
    }
  }
`);

export const DeleteEnvironmentMutation = graphql(`
  mutation AdminDeleteEnvironment($input: DeleteInput!) {
    deleteEnvironment(input: $input) {
      deletedId
    }
  }
`);

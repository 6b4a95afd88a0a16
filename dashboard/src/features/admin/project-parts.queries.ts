import { graphql } from '../../gql';

export const CreateBranchMutation = graphql(`
  mutation AdminCreateBranch($input: CreateBranchInput!) {
    createBranch(input: $input) {
      branch {
        id
      }
    }
  }
`);

export const UpdateBranchMutation = graphql(`
  mutation AdminUpdateBranch($input: UpdateBranchInput!) {
    updateBranch(input: $input) {
      branch {
        id
        name
        displayOnComparisonPage
      }
    }
  }
`);

export const DeleteBranchMutation = graphql(`
  mutation AdminDeleteBranch($input: DeleteInput!) {
    deleteBranch(input: $input) {
      deletedId
    }
  }
`);

export const CreateExecutableMutation = graphql(`
  mutation AdminCreateExecutable($input: CreateExecutableInput!) {
    createExecutable(input: $input) {
      executable {
        id
      }
    }
  }
`);

export const UpdateExecutableMutation = graphql(`
  mutation AdminUpdateExecutable($input: UpdateExecutableInput!) {
    updateExecutable(input: $input) {
      executable {
        id
        name
        description
      }
    }
  }
`);

export const DeleteExecutableMutation = graphql(`
  mutation AdminDeleteExecutable($input: DeleteInput!) {
    deleteExecutable(input: $input) {
      deletedId
    }
  }
`);

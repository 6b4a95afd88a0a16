import { graphql } from '../../gql';

/** Projects with their branches and executables: the Projects, Branches and Executables sections all read it. */
export const AdminProjectsQuery = graphql(`
  query AdminProjects {
    projects(first: 500) {
      totalCount
      nodes {
        id
        name
        repositoryType
        repositoryUrl
        repositoryUser
        hasRepositoryPassword
        commitBrowsingUrl
        trackChanges
        defaultBranch
        branches {
          id
          name
          displayOnComparisonPage
        }
        executables {
          id
          name
          description
        }
        ...RepositoryState_Project
      }
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation AdminCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      project {
        id
      }
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation AdminUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      project {
        id
      }
    }
  }
`);

export const DeleteProjectMutation = graphql(`
  mutation AdminDeleteProject($input: DeleteInput!) {
    deleteProject(input: $input) {
      deletedId
    }
  }
`);

export const RecalculateReportsMutation = graphql(`
  mutation AdminRecalculateReports($input: RecalculateReportsInput!) {
    recalculateReports(input: $input) {
      reportsWritten
    }
  }
`);

import { graphql } from '../../gql';

export const SignInMutation = graphql(`
  mutation AdminSignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      apiToken {
        id
      }
    }
  }
`);

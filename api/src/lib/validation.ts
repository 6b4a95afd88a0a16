import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For optional fields of update inputs whose column cannot be empty: omitted
 * means "leave as it is", but an explicit null is refused naming the field.
 * type-graphql validates with `skipMissingProperties`, which would let null
 * through to the database as a NOT NULL violation.
 */
export function NotNullWhenGiven(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((input: Record<string | symbol, unknown>) => input[property] !== undefined)(target, property);
    IsDefined({ message: '$property must not be null' })(target, property);
  };
}

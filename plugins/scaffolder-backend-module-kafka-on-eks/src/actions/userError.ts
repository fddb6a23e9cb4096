import { InputError } from '@backstage/errors';

/**
 * The scaffolder prints `error.stack` into the task log a user reads. For a
 * mistake in the user's input that stack is noise: keep only the message.
 */
function withoutStack<E extends Error>(error: E): E {
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

/** Bad input: names the field and the rule, with no stack trace. */
export function inputError(message: string): InputError {
  return withoutStack(new InputError(message));
}

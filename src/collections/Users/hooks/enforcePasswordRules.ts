import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { passwordProblem } from '../../../security/password'

/**
 * Every way a password is set goes through here: account creation, profile update and the reset link.
 * Payload's own check only asks for 3 characters.
 */
export const enforcePasswordRules: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || !('password' in data) || data.password === undefined) return args
  // An empty string on update means "unchanged" in the admin form.
  if (operation === 'update' && data.password === '') return args
  const problem = passwordProblem(data.password)
  if (problem) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] }, req.t)
  }
  return args
}

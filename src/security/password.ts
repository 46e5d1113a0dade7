/** Long passphrases beat complexity rules (ANSSI and NIST guidance): only a minimum length is asked. */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

/** The French message for a password that breaks the rules, or null when it is acceptable. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'Le mot de passe doit être une chaîne de caractères.'
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) return `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`
  if (length > MAX_PASSWORD_LENGTH) return `Le mot de passe ne doit pas dépasser ${MAX_PASSWORD_LENGTH} caractères.`
  if (new Set(password).size === 1) return 'Le mot de passe ne doit pas répéter un seul caractère.'
  return null
}

export const ROLES = ['admin', 'editor', 'ad-editor'] as const
export type Role = (typeof ROLES)[number]

export const roleOf = (user: unknown): string | undefined =>
  (user as { role?: string | null } | null | undefined)?.role ?? undefined

export const hasRole = (user: unknown, ...roles: Role[]): boolean => {
  const role = roleOf(user)
  return Boolean(role && (roles as string[]).includes(role))
}

/** Accounts the HTTP and browser tests log in with; created only on test databases. */
export const TEST_PASSWORD = 'mot-de-passe-de-test-2026'
export const TEST_STAFF = {
  admin: { email: 'admin@tests.occe.test', role: 'admin' },
  editor: { email: 'editor@tests.occe.test', role: 'editor' },
} as const

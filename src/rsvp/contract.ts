/**
 * Names shared by the server and the public form (client-safe: no server import here), so that both sides
 * change together.
 */

/** The form-builder's collection of submissions: one document per registration. */
export const SUBMISSIONS = 'form-submissions'

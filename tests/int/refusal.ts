/**
 * The French message of a refused Local API call: a ValidationError carries one per field (joined with « | »),
 * other errors (Forbidden, APIError) their own `message`. An accepted call fails the test.
 */
export async function refusal(run: Promise<unknown>): Promise<string> {
  try {
    await run
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors
    return errors?.length ? errors.map((e) => e.message).join(' | ') : (error as Error).message
  }
  throw new Error('accepted')
}

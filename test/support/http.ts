/** The shape of an axios error from the integration test client. */
export interface HttpError {
  response: { status: number; data: { message: string; errors?: { line: number; field: string; message: string }[] } }
}

/** Turns a refused request into its response, so a test can assert on the status and message. */
export const failure = (e: HttpError) => e.response

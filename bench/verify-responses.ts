import type { ExerciseListResponse } from '../shared/schemas/exercises';
import type { BenchRequest } from './request-mix';

export interface VerifiedRequest extends BenchRequest {
  total: number;
  firstName: string;
}

/** Signs in with a password and returns the access token; throws if refused. */
export async function signIn(
  url: string,
  email: string,
  password: string,
): Promise<string> {
  const response = await fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in of ${email} failed with ${response.status}`);
  }
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error('sign-in returned no access token');
  return body.access_token;
}

/**
 * Sends every request of the mix once and fails unless each answers 200
 * with at least one exercise: a bench that measures empty pages or
 * errors measures nothing.
 */
export async function verifyRequests(
  url: string,
  accessToken: string,
  requests: readonly BenchRequest[],
): Promise<VerifiedRequest[]> {
  const verified: VerifiedRequest[] = [];
  for (const request of requests) {
    const response = await fetch(`${url}${request.path}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const text = await response.text();
    if (response.status !== 200) {
      throw new Error(
        `${request.path} answered ${response.status}: ${text.slice(0, 300)}`,
      );
    }
    const body = JSON.parse(text) as ExerciseListResponse;
    const first = body.exercises[0];
    if (!first) throw new Error(`${request.path} found no exercises`);
    verified.push({ ...request, total: body.total, firstName: first.name });
  }
  return verified;
}

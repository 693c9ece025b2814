import { ApiProblem, request, unwrap } from '../src/api/problem';

const response = (status: number) => new Response(null, { status });

describe('Reading the API’s answers', () => {
  it('gives the data of a 2xx answer', () => {
    expect(unwrap({ data: { id: 'x' }, response: response(200) })).toEqual({ id: 'x' });
  });

  it('turns an error answer into an ApiProblem with its details', () => {
    const conflict = (() => {
      try {
        unwrap({
          error: {
            statusCode: 409,
            error: 'Conflict',
            message: 'changed',
            details: { expectedRevision: 2, actualRevision: 3 },
          },
          response: response(409),
        });
      } catch (problem) {
        return problem as ApiProblem;
      }
    })();
    expect(conflict).toBeInstanceOf(ApiProblem);
    expect(conflict?.conflict).toEqual({ expectedRevision: 2, actualRevision: 3 });
    expect(conflict?.notAllowedNow).toBeUndefined();

    const notNow = new ApiProblem(422, {
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'no',
      details: { state: 'signature', allowedActions: ['sign'] },
    });
    expect(notNow.notAllowedNow).toEqual({ state: 'signature', allowedActions: ['sign'] });
    const fields = new ApiProblem(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'x',
      details: { fields: { 'applicant.nip': ['bad'] } },
    });
    expect(fields.fields).toEqual({ 'applicant.nip': ['bad'] });
  });

  it('reports a server that cannot be reached as status 0', async () => {
    await expect(
      request(() => Promise.reject(new TypeError('fetch failed'))),
    ).rejects.toMatchObject({ status: 0 });
  });
});

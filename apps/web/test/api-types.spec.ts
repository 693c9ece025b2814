import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const WORKSPACE = join(__dirname, '../../..');

describe('The typed API client', () => {
  it('was generated from the OpenAPI document the server serves now (run `npx nx run web:api-types` when this fails)', async () => {
    const check = await promisify(execFile)(
      process.execPath,
      [
        '-r',
        join(WORKSPACE, 'scripts/register.cjs'),
        join(WORKSPACE, 'apps/web/scripts/api-types.ts'),
        '--check',
      ],
      { cwd: WORKSPACE },
    ).then(
      ({ stdout }) => ({ ok: true, output: stdout }),
      (error: { stdout?: string; stderr?: string }) => ({
        ok: false,
        output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
    expect(check).toEqual({ ok: true, output: expect.stringContaining('matches the API') });
  }, 120_000);
});

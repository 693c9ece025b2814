import { readDockerFile } from './topology';

interface Stage {
  name: string;
  from: string;
  instructions: string[];
}

/** The Dockerfile's stages, each with its instructions (continuation lines joined). */
function stages(): Stage[] {
  const lines = readDockerFile('Dockerfile')
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const result: Stage[] = [];
  for (const line of lines) {
    const from = /^FROM (\S+) AS (\S+)$/.exec(line);
    if (from) result.push({ name: from[2], from: from[1], instructions: [] });
    else result.at(-1)?.instructions.push(line);
  }
  return result;
}

describe('docker/Dockerfile', () => {
  it('builds in stages: compile with every dependency, install the production ones, then a runtime image of the results', () => {
    expect(stages().map((stage) => stage.name)).toEqual(['build', 'deps', 'runtime']);
    const [build, deps, runtime] = stages();
    expect(build.instructions).toContain('RUN npm ci --no-audit --no-fund');
    expect(build.instructions.join('\n')).toMatch(/node docker\/compile\.mjs dist\/server/);
    expect(deps.instructions.join('\n')).toMatch(/npm ci --omit=dev/);
    const copies = runtime.instructions.filter((line) => line.startsWith('COPY'));
    expect(copies).toEqual([
      'COPY --from=deps /app/node_modules ./node_modules',
      'COPY --from=build /src/package.json ./package.json',
      'COPY --from=build /src/dist/server ./dist/server',
      'COPY --from=build /src/apps/web/dist ./apps/web/dist',
    ]);
    // Neither the sources nor the build tools reach the runtime image.
    expect(runtime.instructions.join('\n')).not.toMatch(/apt-get|g\+\+|COPY \. \./);
  });

  it('uses a slim Node 20 base image for every stage', () => {
    expect(readDockerFile('Dockerfile')).toMatch(/^ARG NODE_IMAGE=node:20\.\d+-bookworm-slim$/m);
    for (const stage of stages()) expect(stage.from).toBe('${NODE_IMAGE}');
  });

  it('runs as the unprivileged node user, owning only its data folder', () => {
    const runtime = stages().at(-1)!;
    const user = runtime.instructions.findIndex((line) => line.startsWith('USER '));
    expect(runtime.instructions[user]).toBe('USER node');
    expect(runtime.instructions.findIndex((line) => line.startsWith('CMD '))).toBeGreaterThan(user);
    expect(runtime.instructions).toContain('RUN mkdir -p /data && chown node:node /data');
  });

  it('starts the compiled API, serving on the port it exposes, with a health check on /api/health', () => {
    const runtime = stages().at(-1)!.instructions.join('\n');
    expect(runtime).toContain('CMD ["node", "dist/server/apps/api/src/main.js"]');
    expect(runtime).toMatch(/EXPOSE 3000/);
    expect(runtime).toMatch(/PORT=3000/);
    expect(runtime).toMatch(/HEALTHCHECK .*\/api\/health/);
  });
});

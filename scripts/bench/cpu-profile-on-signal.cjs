// Preloaded into a bench child (`-r`); active when SATUPINTU_BENCH_CPU_PROF names a folder. The
// first SIGWINCH starts a CPU profile of the main thread, the next writes it there as a
// .cpuprofile (Chrome DevTools opens it), so a profile covers the measured load only, not start-up
// and setup. Not SIGUSR2: Nest's shutdown hooks close the app on that one.
const { Session } = require('node:inspector');
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.SATUPINTU_BENCH_CPU_PROF;
if (dir) {
  const session = new Session();
  session.connect();
  let profiling = false;
  process.on('SIGWINCH', () => {
    if (!profiling) {
      profiling = true;
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    profiling = false;
    session.post('Profiler.stop', (error, result) => {
      if (error) return console.error(error);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `api-${process.pid}-${Date.now()}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}

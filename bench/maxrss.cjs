// Preloaded (`node -r bench/maxrss.cjs ...`) by bench/validate.mjs: writes the process's peak RSS in KiB to
// the file descriptor named by SCM_BENCH_MAXRSS_FD when it exits, whatever way it exits.
const fd = Number(process.env.SCM_BENCH_MAXRSS_FD);
if (fd > 2) process.on('exit', () => require('node:fs').writeSync(fd, `${process.resourceUsage().maxRSS}\n`));

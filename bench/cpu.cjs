// Preloaded (`node -r bench/cpu.cjs ...`) by bench/inventory.mjs: writes the process's CPU time (user +
// system, milliseconds) to the file descriptor named by SCM_BENCH_CPU_FD when it exits, whatever way it exits.
const fd = Number(process.env.SCM_BENCH_CPU_FD);
if (fd > 2) process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeSync(fd, `${(u.user + u.system) / 1000}\n`); });

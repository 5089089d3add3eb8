// Preload (`node --import ./bench/thread-cpu.mjs …`, Linux): at exit, appends the CPU time (ms) of
// the process's main thread and of all its other threads (V8's compiler and GC threads, workers)
// to $RC_THREADCPU_OUT (default /tmp/thread-cpu.txt), labelled $RC_LABEL. Worker threads run the
// preload too, so a run with workers writes one line per thread's exit; the last is the process's.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux
const cpuOf = (tid) => {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
};
process.on('exit', () => {
  let main = 0;
  let other = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    if (Number(tid) === process.pid) main = cpuOf(tid);
    else other += cpuOf(tid);
  }
  appendFileSync(process.env.RC_THREADCPU_OUT ?? '/tmp/thread-cpu.txt', `${process.env.RC_LABEL ?? ''} main ${main} other ${other}\n`);
});

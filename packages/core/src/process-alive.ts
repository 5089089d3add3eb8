/**
 * Whether a process with this id is running on this host: `kill(pid, 0)` succeeds, or fails with
 * EPERM (it exists but belongs to another user). Ids of 0 or less are never "alive" (they name
 * process groups, not processes).
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

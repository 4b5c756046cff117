import { readFile } from 'node:fs/promises'

const POLL_MS = 5
/** USER_HZ: /proc/<pid>/stat counts CPU time in ticks of 1/100 s on Linux. */
const TICK_MS = 10

export interface ChildUsage {
  /** the kernel's peak resident set (VmHWM), bytes */
  peakRssBytes?: number
  /** user + system CPU time, ms */
  cpuMs?: number
}

/**
 * Polls a child's /proc entries until stopped. The last reading before the child
 * exits stands for the whole run: a lower bound that misses at most its final few
 * milliseconds (VmHWM only grows, CPU time only adds up).
 */
export function watchChild(pid: number): { stop(): ChildUsage } {
  const usage: ChildUsage = {}
  let stopped = false
  const poll = async (): Promise<void> => {
    while (!stopped) {
      const [status, stat] = await Promise.all([
        readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''),
        readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''),
      ])
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
      if (hwm !== undefined)
        usage.peakRssBytes = Math.max(usage.peakRssBytes ?? 0, Number(hwm) * 1024)
      // fields after the ")" that closes the command name: utime and stime are 12th and 13th
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ticks = Number(fields[11]) + Number(fields[12])
      if (Number.isFinite(ticks) && fields.length > 13) usage.cpuMs = ticks * TICK_MS
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }
  void poll()
  return {
    stop: () => {
      stopped = true
      return { ...usage }
    },
  }
}

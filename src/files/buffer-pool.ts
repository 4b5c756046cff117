/**
 * Read buffers reused from file to file, and a bound on the bytes lent at once. Fresh
 * memory costs a page fault per 4 KiB the first time it is written, and here that was
 * most of verify's time on large files: 64 files of 16 MiB, eight at a time into new
 * buffers, took 2.7 s where `openssl dgst` took 0.9 s; reused, and two large files at a
 * time (two cores hash no faster with more), 1.2 s. A buffer goes back when its file is
 * done with; at most `keep` wait for the next, and the smallest that fits is taken.
 */
export class BufferPool {
  private readonly free: Buffer[] = []
  private lentBytes = 0
  private readonly waiting: Array<() => void> = []

  constructor(
    private readonly keep: number,
    /** Bytes lent at once at most; one buffer is always lent, whatever its size. */
    private readonly budget: number,
  ) {}

  /** A buffer of at least `capacity` bytes, not zero-filled: its bytes are old reads. */
  async take(capacity: number): Promise<Buffer> {
    while (this.lentBytes > 0 && this.lentBytes + capacity > this.budget) {
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
    let best = -1
    for (let i = 0; i < this.free.length; i++) {
      const length = (this.free[i] as Buffer).length
      if (length >= capacity && (best < 0 || length < (this.free[best] as Buffer).length)) best = i
    }
    const buffer =
      best >= 0 ? (this.free.splice(best, 1)[0] as Buffer) : Buffer.allocUnsafeSlow(capacity)
    this.lentBytes += buffer.length
    return buffer
  }

  /** Give back a buffer `take` lent (exactly once), whether or not its read worked. */
  give(buffer: Buffer): void {
    this.lentBytes -= buffer.length
    if (this.free.length < this.keep) this.free.push(buffer)
    else {
      // Keep the largest: a large buffer serves any file, a small one only small files.
      let smallest = 0
      for (let i = 1; i < this.free.length; i++) {
        if ((this.free[i] as Buffer).length < (this.free[smallest] as Buffer).length) smallest = i
      }
      if ((this.free[smallest] as Buffer).length < buffer.length) this.free[smallest] = buffer
    }
    // Everyone waiting looks again: what was given back may fit any of them.
    for (const wake of this.waiting.splice(0)) wake()
  }
}

// A first-come lock for one SQLite connection, shared by Prisma's transactions on it and the
// hot paths' synchronous transactions (lib/db/direct.ts).
export class DirectLock {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves, when the lock is free, to the function that frees it again. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }
}

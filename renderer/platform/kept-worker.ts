// One worker kept for the window and asked numbered questions: each answer finds its question by
// id, and a worker that dies answers every question still waiting (with the failure the asker
// words), so no caller waits for ever; the next question starts a new worker.
import type { Result } from '../../shared/model/result';

export interface KeptWorkerOptions<T> {
  /** `new Worker(new URL('./x.worker.ts', import.meta.url), …)` written at the caller, where the bundler sees it. */
  start(): Worker;
  isReply(data: unknown): data is { id: number; result: Result<T> };
  /** Words for a worker that stopped on its own, and for a message that could not be read. */
  stopped: string;
  unreadable: string;
}

export interface KeptWorker<T> {
  /**
   * Posts the message `build` makes for a fresh id; `failed` words the answer if the worker dies
   * first. Transferables are moved, not copied.
   */
  ask(
    build: (id: number) => unknown,
    failed: (detail: string) => Result<T>,
    transfer?: Transferable[],
  ): Promise<Result<T>>;
}

export function keptWorker<T>(options: KeptWorkerOptions<T>): KeptWorker<T> {
  let worker: Worker | undefined;
  const pending = new Map<number, { resolve(result: Result<T>): void; failed(detail: string): Result<T> }>();
  let nextId = 1;

  function current(): Worker {
    if (worker) return worker;
    const started = options.start();
    started.onmessage = (event: MessageEvent<unknown>) => {
      if (!options.isReply(event.data)) return;
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      waiting?.resolve(event.data.result);
    };
    // Only a bug or a missing file of the build gets here.
    const stop = (detail: string) => {
      started.terminate();
      if (worker === started) worker = undefined;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.resolve(waiting.failed(detail));
      }
    };
    started.onerror = (event) => stop(event.message || options.stopped);
    started.onmessageerror = () => stop(options.unreadable);
    worker = started;
    return started;
  }

  return {
    ask(build, failed, transfer = []) {
      return new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, { resolve, failed });
        current().postMessage(build(id), transfer);
      });
    },
  };
}

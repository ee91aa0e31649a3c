// Specification of the backup at quit: asked only when due, waited for until written or timed out, and never twice.
import { describe, expect, it, vi } from 'vitest';
import { createQuitBackup } from './backups-quit';

function setup(options: { due: boolean | Error; window?: boolean }) {
  const timers: Array<() => void> = [];
  const ask = vi.fn(() => options.window ?? true);
  const quit = createQuitBackup({
    isDue: async () => {
      if (options.due instanceof Error) throw options.due;
      return options.due;
    },
    ask,
    setTimer: (run) => timers.push(run),
  });
  const event = () => ({ preventDefault: vi.fn() });
  return { quit, ask, timers, event };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createQuitBackup', () => {
  it('asks the window for a backup when one is due, and quits once it is written', async () => {
    const { quit, ask, event } = setup({ due: true });
    const proceed = vi.fn();
    const first = event();
    quit.hold(first, proceed);
    expect(first.preventDefault).toHaveBeenCalled();
    await settle();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(proceed).not.toHaveBeenCalled();

    quit.backupFinished();
    await settle();
    expect(proceed).toHaveBeenCalledTimes(1);

    // The quit that follows passes untouched.
    const again = event();
    quit.hold(again, proceed);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('quits after the timeout when the window never answers', async () => {
    const { quit, timers, event } = setup({ due: true });
    const proceed = vi.fn();
    quit.hold(event(), proceed);
    await settle();
    expect(proceed).not.toHaveBeenCalled();
    timers.forEach((run) => run());
    await settle();
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('does not ask when a backup was taken today, or when telling fails', async () => {
    for (const due of [false, new Error('EACCES')]) {
      const { quit, ask, event } = setup({ due });
      const proceed = vi.fn();
      quit.hold(event(), proceed);
      await settle();
      expect(ask).not.toHaveBeenCalled();
      expect(proceed).toHaveBeenCalledTimes(1);
    }
  });

  it('does not wait when there is no window to ask', async () => {
    const { quit, event } = setup({ due: true, window: false });
    const proceed = vi.fn();
    quit.hold(event(), proceed);
    await settle();
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('asks once when the window’s close and the quit both come while it waits', async () => {
    const { quit, ask, event } = setup({ due: true });
    const close = vi.fn();
    const proceedQuit = vi.fn();
    quit.hold(event(), close);
    quit.hold(event(), proceedQuit);
    await settle();
    quit.backupFinished();
    await settle();
    expect(ask).toHaveBeenCalledTimes(1);
    expect([close.mock.calls.length, proceedQuit.mock.calls.length]).toEqual([1, 1]);
  });
});

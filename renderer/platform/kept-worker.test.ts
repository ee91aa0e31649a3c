import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../shared/model/result';
import { keptWorker } from './kept-worker';

/** A stand-in worker: records what it is sent and lets the test answer, or die, at will. */
class FakeWorker {
  sent: { id: number; text: string }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(message: { id: number; text: string }) {
    this.sent.push(message);
  }
  answer(id: number, result: Result<string>) {
    this.onmessage?.({ data: { id, result } } as MessageEvent<unknown>);
  }
  terminate() {
    this.terminated = true;
  }
}

function setUp() {
  const started: FakeWorker[] = [];
  const client = keptWorker<string>({
    start: () => {
      const worker = new FakeWorker();
      started.push(worker);
      return worker as unknown as Worker;
    },
    isReply: (data): data is { id: number; result: Result<string> } =>
      typeof data === 'object' && data !== null && 'id' in data && 'result' in data,
    stopped: 'it stopped',
    unreadable: 'unreadable',
  });
  const ask = (text: string) =>
    client.ask(
      (id) => ({ id, text }),
      (detail) => fail({ where: text, message: `${text} failed: ${detail}` }),
    );
  return { started, ask };
}

describe('keptWorker', () => {
  it('answers each question with the reply of its own id, whatever the order, from one worker', async () => {
    const { started, ask } = setUp();
    const first = ask('a');
    const second = ask('b');
    expect(started).toHaveLength(1);
    const [a, b] = started[0]!.sent;
    started[0]!.answer(b!.id, ok('B'));
    started[0]!.answer(a!.id, ok('A'));
    expect(await first).toEqual(ok('A'));
    expect(await second).toEqual(ok('B'));
  });

  it('answers every waiting question with its own failure when the worker dies, and starts a new one next', async () => {
    const { started, ask } = setUp();
    const first = ask('a');
    const second = ask('b');
    started[0]!.onerror?.({ message: '' } as ErrorEvent);
    expect(started[0]!.terminated).toBe(true);
    expect(await first).toEqual(fail({ where: 'a', message: 'a failed: it stopped' }));
    expect(await second).toEqual(fail({ where: 'b', message: 'b failed: it stopped' }));
    const third = ask('c');
    expect(started).toHaveLength(2);
    started[1]!.answer(started[1]!.sent[0]!.id, ok('C'));
    expect(await third).toEqual(ok('C'));
  });
});

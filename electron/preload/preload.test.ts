// Specification of the preload bridge, with Electron's contextBridge and ipcRenderer replaced by fakes.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_KEY, IPC_CHANNELS, type DesktopApi, type MenuCommand } from '../../shared/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async (_channel: string, _request: unknown): Promise<unknown> => ({ status: 'cancelled' })),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, ...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, listener: Listener) => {
      const set = fake.listeners.get(channel) ?? new Set();
      set.add(listener);
      fake.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) => fake.listeners.get(channel)?.delete(listener),
  },
}));

let api: DesktopApi;
beforeAll(async () => {
  await import('./preload');
  api = fake.exposed.get(DESKTOP_API_KEY) as DesktopApi;
});

describe('preload', () => {
  it(`exposes exactly one object, window.${DESKTOP_API_KEY}`, () => {
    expect([...fake.exposed.keys()]).toEqual([DESKTOP_API_KEY]);
    expect(Object.keys(api).sort()).toEqual([
      'listBackups',
      'onMenuCommand',
      'openSourceFile',
      'openTextFile',
      'readBackup',
      'saveBinaryFile',
      'saveTextFile',
      'saveTextFilesToFolder',
      'writeBackup',
    ]);
  });

  it('forwards saveTextFile and openTextFile to their channels unchanged', async () => {
    const save = { suggestedName: 'case.json', content: '{}', filters: [] };
    await expect(api.saveTextFile(save)).resolves.toEqual({ status: 'cancelled' });
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveTextFile, save);

    await api.openTextFile({ filters: [] });
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openTextFile, { filters: [] });
  });

  it('asks for a source on its own channel with nothing from the window: main owns the dialog', async () => {
    await expect(api.openSourceFile()).resolves.toEqual({ status: 'cancelled' });
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openSourceFile);
  });

  it('forwards the backup calls to their channels, bytes unchanged, and lists with nothing from the window', async () => {
    const write = { caseCount: 2, data: Uint8Array.from([0x1f, 0x8b, 8, 0]) };
    await api.writeBackup(write);
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.writeBackup, write);
    expect(fake.invoke.mock.lastCall?.[1]).toBe(write);
    await api.listBackups();
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.listBackups);
    const read = { fileName: 'backup-2026-12-03-090000-2-cases.json.gz' };
    await api.readBackup(read);
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.readBackup, read);
  });

  it('passes main’s restore-backup and back-up-before-quit commands to the listener', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    fake.emit(IPC_CHANNELS.menuCommand, 'restore-backup');
    fake.emit(IPC_CHANNELS.menuCommand, 'back-up-before-quit');
    unsubscribe();
    expect(received).toEqual(['restore-backup', 'back-up-before-quit']);
  });

  it('passes the File menu’s open-source command to the listener', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    fake.emit(IPC_CHANNELS.menuCommand, 'open-source');
    unsubscribe();
    expect(received).toEqual(['open-source']);
  });

  it('forwards saveBinaryFile to its channel with the bytes unchanged', async () => {
    const request = { suggestedName: 'course.png', data: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), filters: [] };
    await expect(api.saveBinaryFile(request)).resolves.toEqual({ status: 'cancelled' });
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveBinaryFile, request);
    expect(fake.invoke.mock.lastCall?.[1]).toBe(request);
  });

  it('forwards saveTextFilesToFolder to its channel unchanged, leaving the checks to main', async () => {
    // Even a name main refuses goes through: a check here would be bypassable anyway.
    const request = { files: [{ name: '../a-events.csv', content: 'x' }] };
    await expect(api.saveTextFilesToFolder(request)).resolves.toEqual({ status: 'cancelled' });
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveTextFilesToFolder, request);
  });

  it('passes known menu commands to the listener without the IPC event, and drops unknown ones', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));

    fake.emit(IPC_CHANNELS.menuCommand, 'export-case-json');
    fake.emit(IPC_CHANNELS.menuCommand, 'format-disk');
    fake.emit(IPC_CHANNELS.menuCommand, { command: 'restore-seed-case' });
    fake.emit(IPC_CHANNELS.menuCommand, 'restore-seed-case');
    unsubscribe();

    expect(received).toEqual(['export-case-json', 'restore-seed-case']);
  });

  it('stops delivering after unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    unsubscribe();
    fake.emit(IPC_CHANNELS.menuCommand, 'export-case-json');

    expect(listener).not.toHaveBeenCalled();
    expect(fake.listeners.get(IPC_CHANNELS.menuCommand)?.size).toBe(0);
  });
});

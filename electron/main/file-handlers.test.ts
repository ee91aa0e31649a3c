// Specification of the file channels' main-process handlers, run against a real temporary folder.
import * as realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_BINARY_FILE_BYTES,
  MAX_FOLDER_FILES,
  MAX_SOURCE_FILE_BYTES,
  MAX_TEXT_FILE_BYTES,
  SOURCE_FILE_FILTERS,
} from '../../shared/ipc/contract';
import {
  createFileHandlers,
  exactBytes,
  type FileSystem,
  type ShowMessageBox,
  type ShowOpenDialog,
  type ShowSaveDialog,
} from './file-handlers';

const JSON_FILTER = [{ name: 'JSON', extensions: ['json'] }];

let dir: string;
beforeEach(async () => {
  dir = await realFs.mkdtemp(path.join(os.tmpdir(), 'case-abstractor-files-'));
});
afterEach(async () => {
  await realFs.rm(dir, { recursive: true, force: true });
});

function saveDialogChoosing(filePath: string | undefined) {
  return vi.fn<ShowSaveDialog>(async () =>
    filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath },
  );
}

function openDialogChoosing(filePath: string | undefined) {
  return vi.fn<ShowOpenDialog>(async () =>
    filePath === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [filePath] },
  );
}

/** A message box whose answer is the button labelled `button`. */
function messageBoxAnswering(button: 'Replace' | 'Cancel') {
  return vi.fn<ShowMessageBox>(async (options) => ({ response: options.buttons.indexOf(button) }));
}

function handlers(
  options: { save?: ShowSaveDialog; open?: ShowOpenDialog; ask?: ShowMessageBox; fs?: FileSystem } = {},
) {
  return createFileHandlers({
    showSaveDialog: options.save ?? saveDialogChoosing(undefined),
    showOpenDialog: options.open ?? openDialogChoosing(undefined),
    // Any question a test did not expect is answered with Cancel, the safe choice.
    showMessageBox: options.ask ?? messageBoxAnswering('Cancel'),
    fs: options.fs ?? realFs,
  });
}

describe('saveTextFile', () => {
  it('writes the content to the chosen file and reports its name', async () => {
    const target = path.join(dir, 'case.json');
    const save = saveDialogChoosing(target);
    const result = await handlers({ save }).saveTextFile({
      suggestedName: 'case.json',
      content: '{"title":"anti-SRP µg"}',
      filters: JSON_FILTER,
    });

    expect(result).toEqual({ status: 'saved', fileName: 'case.json' });
    expect(await realFs.readFile(target, 'utf8')).toBe('{"title":"anti-SRP µg"}');
    expect(save).toHaveBeenCalledWith({ defaultPath: 'case.json', filters: JSON_FILTER });
    expect(await realFs.readdir(dir)).toEqual(['case.json']);
  });

  it('replaces an existing file', async () => {
    const target = path.join(dir, 'case.json');
    await realFs.writeFile(target, 'old');
    const result = await handlers({ save: saveDialogChoosing(target) }).saveTextFile({
      suggestedName: 'case.json',
      content: 'new',
      filters: [],
    });

    expect(result.status).toBe('saved');
    expect(await realFs.readFile(target, 'utf8')).toBe('new');
    expect(await realFs.readdir(dir)).toEqual(['case.json']);
  });

  it('starts the dialog in the default folder when one is given', async () => {
    const save = saveDialogChoosing(undefined);
    await createFileHandlers({
      showSaveDialog: save,
      showOpenDialog: openDialogChoosing(undefined),
      showMessageBox: messageBoxAnswering('Cancel'),
      fs: realFs,
      defaultDirectory: dir,
    }).saveTextFile({
      suggestedName: 'case.csv',
      content: '',
      filters: [],
    });
    expect(save).toHaveBeenCalledWith({ defaultPath: path.join(dir, 'case.csv'), filters: [] });
  });

  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const result = await handlers({ save: saveDialogChoosing(undefined) }).saveTextFile({
      suggestedName: 'case.json',
      content: 'x',
      filters: [],
    });

    expect(result).toEqual({ status: 'cancelled' });
    expect(await realFs.readdir(dir)).toEqual([]);
  });

  it.each([
    ['a path in suggestedName', { suggestedName: '../../etc/passwd', content: 'x', filters: [] }, 'suggestedName'],
    [
      'a Windows path in suggestedName',
      { suggestedName: 'C:\\Users\\case.json', content: 'x', filters: [] },
      'suggestedName',
    ],
    ['an extra field', { suggestedName: 'case.json', content: 'x', filters: [], path: '/tmp/case.json' }, 'path'],
    ['non-string content', { suggestedName: 'case.json', content: 42, filters: [] }, 'content'],
    [
      'a filter extension with a dot',
      { suggestedName: 'case.json', content: 'x', filters: [{ name: 'JSON', extensions: ['.json'] }] },
      'filters[0].extensions[0]',
    ],
    ['no request at all', undefined, '(root)'],
  ])('rejects %s with a message naming the field, before any dialog or write', async (_label, request, field) => {
    const save = saveDialogChoosing(path.join(dir, 'case.json'));
    const result = await handlers({ save }).saveTextFile(request);

    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toContain(field);
    expect(save).not.toHaveBeenCalled();
    expect(await realFs.readdir(dir)).toEqual([]);
  });

  it('refuses content over the byte limit before opening the dialog', async () => {
    const save = saveDialogChoosing(path.join(dir, 'case.json'));
    // Under the schema's UTF-16 length limit, but over it in UTF-8 bytes.
    const content = 'µ'.repeat(MAX_TEXT_FILE_BYTES / 2 + 1);
    const result = await handlers({ save }).saveTextFile({ suggestedName: 'case.json', content, filters: [] });

    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('64 MB') });
    expect(save).not.toHaveBeenCalled();
  });

  describe('when the write fails midway', () => {
    interface Fault {
      writeFile?: () => Promise<never>;
      rename?: () => Promise<never>;
    }
    it.each<[string, Fault, string]>([
      [
        'writeFile',
        { writeFile: async () => Promise.reject(Object.assign(new Error('no space left'), { code: 'ENOSPC' })) },
        'the disk is full',
      ],
      [
        'rename',
        { rename: async () => Promise.reject(Object.assign(new Error('locked'), { code: 'EBUSY' })) },
        'in use by another program',
      ],
    ])('%s failing leaves the old file intact and no temp file behind', async (_label, override, reason) => {
      const target = path.join(dir, 'case.json');
      await realFs.writeFile(target, 'the previous export');
      // The injected fault fires after the real temp file exists, as a full disk or a lock would.
      const faulty: FileSystem = {
        ...realFs,
        writeFile: async (file, data, options) => {
          if (override.writeFile === undefined) return realFs.writeFile(file, data, options);
          await realFs.writeFile(file, data.slice(0, 3), options);
          return override.writeFile();
        },
        rename: override.rename ?? realFs.rename,
      };

      const result = await handlers({ save: saveDialogChoosing(target), fs: faulty }).saveTextFile({
        suggestedName: 'case.json',
        content: 'the new export',
        filters: [],
      });

      expect(result).toEqual({ status: 'failed', message: expect.stringContaining(reason) });
      expect(result.status === 'failed' && result.message).toContain('case.json');
      expect(await realFs.readFile(target, 'utf8')).toBe('the previous export');
      expect(await realFs.readdir(dir)).toEqual(['case.json']);
    });
  });

  it('reports a dialog that throws as a failure instead of rejecting', async () => {
    const save = vi.fn<ShowSaveDialog>(async () => Promise.reject(new Error('no window')));
    const result = await handlers({ save }).saveTextFile({ suggestedName: 'case.json', content: 'x', filters: [] });
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('no window') });
  });
});

describe('saveBinaryFile', () => {
  const PNG_FILTER = [{ name: 'PNG image', extensions: ['png'] }];
  /** The first bytes of a PNG: the signature, then an IHDR chunk, not valid UTF-8. */
  const PNG = Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe,
  ]);

  it('writes the bytes unchanged to the chosen file', async () => {
    const target = path.join(dir, 'course.png');
    const save = saveDialogChoosing(target);
    const result = await handlers({ save }).saveBinaryFile({
      suggestedName: 'course.png',
      data: PNG,
      filters: PNG_FILTER,
    });

    expect(result).toEqual({ status: 'saved', fileName: 'course.png' });
    expect(new Uint8Array(await realFs.readFile(target))).toEqual(PNG);
    expect(save).toHaveBeenCalledWith({ defaultPath: 'course.png', filters: PNG_FILTER });
    expect(await realFs.readdir(dir)).toEqual(['course.png']);
  });

  it('takes a Buffer, which is a Uint8Array', async () => {
    const target = path.join(dir, 'course.png');
    const result = await handlers({ save: saveDialogChoosing(target) }).saveBinaryFile({
      suggestedName: 'course.png',
      data: Buffer.from(PNG),
      filters: [],
    });
    expect(result.status).toBe('saved');
    expect(new Uint8Array(await realFs.readFile(target))).toEqual(PNG);
  });

  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const result = await handlers({ save: saveDialogChoosing(undefined) }).saveBinaryFile({
      suggestedName: 'course.png',
      data: PNG,
      filters: [],
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(await realFs.readdir(dir)).toEqual([]);
  });

  it.each([
    ['base64 text instead of bytes', { suggestedName: 'a.png', data: 'iVBORw0KGgo=', filters: [] }, 'data'],
    ['an array of numbers instead of bytes', { suggestedName: 'a.png', data: [137, 80, 78, 71], filters: [] }, 'data'],
    [
      'an ArrayBuffer instead of a view on it',
      { suggestedName: 'a.png', data: new ArrayBuffer(4), filters: [] },
      'data',
    ],
    ['a path in suggestedName', { suggestedName: '../a.png', data: new Uint8Array(1), filters: [] }, 'suggestedName'],
    ['an extra field', { suggestedName: 'a.png', data: new Uint8Array(1), filters: [], path: '/tmp/a.png' }, 'path'],
  ])('rejects %s with a message naming the field, before any dialog or write', async (_label, request, field) => {
    const save = saveDialogChoosing(path.join(dir, 'a.png'));
    const result = await handlers({ save }).saveBinaryFile(request);

    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toContain(field);
    expect(save).not.toHaveBeenCalled();
    expect(await realFs.readdir(dir)).toEqual([]);
  });

  it('refuses bytes over the size limit before opening the dialog', async () => {
    const save = saveDialogChoosing(path.join(dir, 'huge.png'));
    const result = await handlers({ save }).saveBinaryFile({
      suggestedName: 'huge.png',
      data: new Uint8Array(MAX_BINARY_FILE_BYTES + 1),
      filters: [],
    });
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('32 MB') });
    expect(save).not.toHaveBeenCalled();
  });

  it('leaves the old file intact and no temp file behind when the rename fails', async () => {
    const target = path.join(dir, 'course.png');
    await realFs.writeFile(target, 'the previous picture');
    const faulty: FileSystem = {
      ...realFs,
      rename: async () => Promise.reject(Object.assign(new Error('locked'), { code: 'EBUSY' })),
    };
    const result = await handlers({ save: saveDialogChoosing(target), fs: faulty }).saveBinaryFile({
      suggestedName: 'course.png',
      data: PNG,
      filters: [],
    });
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('in use by another program') });
    expect(await realFs.readFile(target, 'utf8')).toBe('the previous picture');
    expect(await realFs.readdir(dir)).toEqual(['course.png']);
  });
});

describe('saveTextFilesToFolder', () => {
  const EVENTS = { name: 'anti-srp-events.csv', content: '\uFEFFcase_id,event\r\nanti-srp,IVIG µg\r\n' };
  const LABS = { name: 'anti-srp-labs.csv', content: '\uFEFFcase_id,analyte\r\nanti-srp,CK\r\n' };
  const request = { title: 'Choose a folder', files: [EVENTS, LABS] };
  const read = (name: string) => realFs.readFile(path.join(dir, name), 'utf8');
  const folderEntries = async () => (await realFs.readdir(dir)).sort();

  async function withPreviousExport() {
    await realFs.writeFile(path.join(dir, EVENTS.name), 'the previous events');
    await realFs.writeFile(path.join(dir, LABS.name), 'the previous labs');
  }

  it('writes every file into the chosen folder, after one folder dialog', async () => {
    const open = openDialogChoosing(dir);
    const ask = messageBoxAnswering('Cancel');
    const result = await handlers({ open, ask }).saveTextFilesToFolder(request);

    expect(result).toEqual({ status: 'saved', folder: dir, fileNames: [EVENTS.name, LABS.name] });
    expect(await read(EVENTS.name)).toBe(EVENTS.content);
    expect(await read(LABS.name)).toBe(LABS.content);
    expect(await folderEntries()).toEqual([EVENTS.name, LABS.name]);
    expect(open).toHaveBeenCalledOnce();
    expect(open).toHaveBeenCalledWith({
      title: 'Choose a folder',
      buttonLabel: 'Export here',
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(ask).not.toHaveBeenCalled();
  });

  it('starts the folder dialog in the default folder when one is given', async () => {
    const open = openDialogChoosing(undefined);
    await createFileHandlers({
      showSaveDialog: saveDialogChoosing(undefined),
      showOpenDialog: open,
      showMessageBox: messageBoxAnswering('Cancel'),
      fs: realFs,
      defaultDirectory: dir,
    }).saveTextFilesToFolder({ files: [EVENTS] });
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: dir }));
  });

  it('returns cancelled and writes nothing when the folder dialog is cancelled', async () => {
    const result = await handlers({ open: openDialogChoosing(undefined) }).saveTextFilesToFolder(request);
    expect(result).toEqual({ status: 'cancelled' });
    expect(await folderEntries()).toEqual([]);
  });

  it('asks once before replacing existing files, naming them, and replaces them on Replace', async () => {
    await withPreviousExport();
    const ask = messageBoxAnswering('Replace');
    const result = await handlers({ open: openDialogChoosing(dir), ask }).saveTextFilesToFolder(request);

    expect(result.status).toBe('saved');
    expect(ask).toHaveBeenCalledOnce();
    expect(ask.mock.lastCall?.[0]).toMatchObject({
      type: 'question',
      message: 'Replace 2 existing files?',
      detail: expect.stringContaining(`${EVENTS.name} and ${LABS.name} are already in ${dir}`),
      buttons: ['Replace', 'Cancel'],
      cancelId: 1,
    });
    expect(await read(EVENTS.name)).toBe(EVENTS.content);
    expect(await read(LABS.name)).toBe(LABS.content);
    expect(await folderEntries()).toEqual([EVENTS.name, LABS.name]);
  });

  it('counts only the files that exist in the question', async () => {
    await realFs.writeFile(path.join(dir, LABS.name), 'the previous labs');
    const ask = messageBoxAnswering('Replace');
    await handlers({ open: openDialogChoosing(dir), ask }).saveTextFilesToFolder(request);
    expect(ask.mock.lastCall?.[0]).toMatchObject({ message: 'Replace 1 existing file?' });
  });

  it('keeps the existing files and returns cancelled when replacing is declined', async () => {
    await withPreviousExport();
    const result = await handlers({
      open: openDialogChoosing(dir),
      ask: messageBoxAnswering('Cancel'),
    }).saveTextFilesToFolder(request);

    expect(result).toEqual({ status: 'cancelled' });
    expect(await read(EVENTS.name)).toBe('the previous events');
    expect(await read(LABS.name)).toBe('the previous labs');
    expect(await folderEntries()).toEqual([EVENTS.name, LABS.name]);
  });

  it('refuses, before writing anything, when a folder has the name of a file', async () => {
    await realFs.mkdir(path.join(dir, LABS.name));
    const result = await handlers({ open: openDialogChoosing(dir) }).saveTextFilesToFolder(request);
    expect(result).toEqual({
      status: 'failed',
      message: expect.stringContaining(`${LABS.name} in ${dir} is not a file`),
    });
    expect(await folderEntries()).toEqual([LABS.name]);
  });

  it.each([
    ['a parent-folder path', '../x.csv'],
    ['an absolute path', '/etc/x.csv'],
    ['a Windows path', 'a\\b.csv'],
    ['a Windows drive path', 'C:x.csv'],
    ['a nested path', 'sub/x.csv'],
    ['a NUL character', 'x\u0000.csv'],
    ['an empty name', ''],
    ['a hidden name', '.x.csv'],
    ['"..", the parent folder itself', '..'],
    ['a name of 121 characters', `${'a'.repeat(117)}.csv`],
    ['an extension the app does not export', 'x.exe'],
    ['a Windows device name', 'CON.csv'],
  ])('rejects %s as a file name, naming the field, before any dialog or write', async (_label, name) => {
    const open = openDialogChoosing(dir);
    const result = await handlers({ open }).saveTextFilesToFolder({ files: [EVENTS, { name, content: 'x' }] });

    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('files[1].name') });
    expect(open).not.toHaveBeenCalled();
    expect(await folderEntries()).toEqual([]);
    // Nothing outside the folder either.
    await expect(realFs.stat(path.join(dir, '..', 'x.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    ['no files', { files: [] }, 'files'],
    [
      `more than ${MAX_FOLDER_FILES} files`,
      { files: Array.from({ length: MAX_FOLDER_FILES + 1 }, (_, i) => ({ name: `t${i}.csv`, content: '' })) },
      'files',
    ],
    [
      'one name twice, differing only in case',
      { files: [EVENTS, { ...EVENTS, name: EVENTS.name.toUpperCase() }] },
      'files[1].name',
    ],
    [
      'a file over the size limit',
      { files: [{ name: 'big.csv', content: 'x'.repeat(MAX_TEXT_FILE_BYTES + 1) }] },
      'files[0].content',
    ],
    [
      'files over the size limit together',
      {
        files: [
          { name: 'a.csv', content: 'x'.repeat(MAX_TEXT_FILE_BYTES / 2) },
          { name: 'b.csv', content: 'x'.repeat(MAX_TEXT_FILE_BYTES / 2 + 1) },
        ],
      },
      '64 MB',
    ],
    // Under the limit in UTF-16 code units, over it in UTF-8 bytes.
    [
      'text over the limit in UTF-8 bytes',
      { files: [{ name: 'a.csv', content: 'µ'.repeat(MAX_TEXT_FILE_BYTES / 2 + 1) }] },
      '64 MB',
    ],
    ['a folder path in the request', { files: [EVENTS], folder: '/tmp' }, 'folder'],
    ['an extra field on a file', { files: [{ ...EVENTS, path: '/etc/x.csv' }] }, 'files[0]'],
    ['non-string content', { files: [{ name: 'a.csv', content: 42 }] }, 'files[0].content'],
    ['an empty title', { title: '', files: [EVENTS] }, 'title'],
    ['no request at all', undefined, '(root)'],
  ])('rejects %s before any dialog or write', async (_label, bad, expected) => {
    const open = openDialogChoosing(dir);
    const result = await handlers({ open }).saveTextFilesToFolder(bad);

    expect(result).toEqual({ status: 'failed', message: expect.stringContaining(expected) });
    expect(open).not.toHaveBeenCalled();
    expect(await folderEntries()).toEqual([]);
  });

  describe('when writing the second file fails', () => {
    const fault = (code: string, message: string) => Promise.reject(Object.assign(new Error(message), { code }));
    const isTemp = (file: string) => file.endsWith('.tmp');

    /** The real file system, failing only the write or the rename of the labs table's temporary file. */
    function failingOnLabs(step: 'writeFile' | 'rename'): FileSystem {
      return {
        ...realFs,
        writeFile: async (file, data, options) => {
          if (step !== 'writeFile' || !path.basename(file).startsWith(`.${LABS.name}.`))
            return realFs.writeFile(file, data, options);
          // Part of the data reaches the disk, then it is full.
          await realFs.writeFile(file, data.slice(0, 5), options);
          return fault('ENOSPC', 'no space left on device');
        },
        rename: async (from, to) => {
          if (step === 'rename' && isTemp(from) && path.basename(to) === LABS.name) return fault('EBUSY', 'locked');
          return realFs.rename(from, to);
        },
      };
    }

    it.each([
      ['its write', 'writeFile', 'the disk is full'],
      ['its rename', 'rename', 'in use by another program'],
    ] as const)(
      '%s failing leaves both previous files byte-identical and no temporary file',
      async (_l, step, reason) => {
        await withPreviousExport();
        const result = await handlers({
          open: openDialogChoosing(dir),
          ask: messageBoxAnswering('Replace'),
          fs: failingOnLabs(step),
        }).saveTextFilesToFolder(request);

        expect(result).toEqual({ status: 'failed', message: expect.stringContaining(reason) });
        expect(result.status === 'failed' && result.message).toContain(`Could not save ${LABS.name}`);
        expect(result.status === 'failed' && result.message).toContain('No file');
        expect(await read(EVENTS.name)).toBe('the previous events');
        expect(await read(LABS.name)).toBe('the previous labs');
        expect(await folderEntries()).toEqual([EVENTS.name, LABS.name]);
      },
    );

    it.each(['writeFile', 'rename'] as const)('%s failing into an empty folder leaves it empty', async (step) => {
      const result = await handlers({ open: openDialogChoosing(dir), fs: failingOnLabs(step) }).saveTextFilesToFolder(
        request,
      );
      expect(result.status).toBe('failed');
      expect(await folderEntries()).toEqual([]);
    });

    it('restores the previous files from copies where the file system has no hard links', async () => {
      await withPreviousExport();
      const link = vi.fn<FileSystem['link']>(() => fault('EPERM', 'operation not permitted'));
      const copyFile = vi.fn<FileSystem['copyFile']>((from, to, mode) => realFs.copyFile(from, to, mode));
      const result = await handlers({
        open: openDialogChoosing(dir),
        ask: messageBoxAnswering('Replace'),
        fs: { ...failingOnLabs('rename'), link, copyFile },
      }).saveTextFilesToFolder(request);

      expect(result.status).toBe('failed');
      expect(copyFile).toHaveBeenCalledTimes(2);
      expect(await read(EVENTS.name)).toBe('the previous events');
      expect(await read(LABS.name)).toBe('the previous labs');
      expect(await folderEntries()).toEqual([EVENTS.name, LABS.name]);
    });

    it('keeps, and names, the previous version of a file it could not put back', async () => {
      await withPreviousExport();
      const failing = failingOnLabs('rename');
      // Putting the events table back (a rename from its .bak) fails as well.
      const rename: FileSystem['rename'] = async (from, to) =>
        from.endsWith('.bak') ? fault('EBUSY', 'locked') : failing.rename(from, to);
      const result = await handlers({
        open: openDialogChoosing(dir),
        ask: messageBoxAnswering('Replace'),
        fs: { ...failing, rename },
      }).saveTextFilesToFolder(request);

      const entries = await folderEntries();
      const backup = entries.find((name) => name.startsWith(`.${EVENTS.name}.`) && name.endsWith('.bak'));
      expect(backup).toBeDefined();
      expect(await read(backup ?? '')).toBe('the previous events');
      expect(result).toEqual({
        status: 'failed',
        message: expect.stringContaining(`${EVENTS.name} could not be put back; its previous version is ${backup}`),
      });
      expect(await read(LABS.name)).toBe('the previous labs');
      expect(entries.filter(isTemp)).toEqual([]);
    });
  });

  it('reports a folder dialog that throws as a failure instead of rejecting', async () => {
    const open = vi.fn<ShowOpenDialog>(async () => Promise.reject(new Error('no window')));
    const result = await handlers({ open }).saveTextFilesToFolder(request);
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('no window') });
  });
});

describe('openTextFile', () => {
  it("gives the chosen file's bytes as they are, for the import worker to decode as the CLI does", async () => {
    const source = path.join(dir, 'labs.csv');
    // "CK µg" in Latin-1 and a UTF-16 mark: not for the main process to judge, or it would judge alone.
    const onDisk = Buffer.from([0xff, 0xfe, 0x43, 0x4b, 0x20, 0xb5, 0x67]);
    await realFs.writeFile(source, onDisk);
    const open = openDialogChoosing(source);
    const result = await handlers({ open }).openTextFile({ filters: [{ name: 'CSV', extensions: ['csv'] }] });

    expect(result.status === 'opened' && [result.fileName, [...(result.bytes as Uint8Array)]]).toEqual([
      'labs.csv',
      [...onDisk],
    ]);
    expect(open).toHaveBeenCalledWith({ filters: [{ name: 'CSV', extensions: ['csv'] }], properties: ['openFile'] });
  });

  it('gives every file of a multiple choice, in order, or fails naming the one it cannot read', async () => {
    const events = path.join(dir, 'case-events.csv');
    const labs = path.join(dir, 'case-labs.csv');
    await realFs.writeFile(events, 'e');
    await realFs.writeFile(labs, 'l');
    const open = vi.fn<ShowOpenDialog>(async () => ({ canceled: false, filePaths: [events, labs] }));
    const result = await handlers({ open }).openTextFile({ filters: [], multiple: true });
    expect(open).toHaveBeenCalledWith({ filters: [], properties: ['openFile', 'multiSelections'] });
    expect(result.status === 'opened' && [result.fileName, result.more?.map((f) => f.fileName)]).toEqual([
      'case-events.csv',
      ['case-labs.csv'],
    ]);

    const gone = vi.fn<ShowOpenDialog>(async () => ({
      canceled: false,
      filePaths: [events, path.join(dir, 'gone.csv')],
    }));
    expect(await handlers({ open: gone }).openTextFile({ filters: [], multiple: true })).toEqual({
      status: 'failed',
      message: expect.stringContaining('gone.csv') as unknown,
    });
  });

  it('returns cancelled when the dialog is cancelled', async () => {
    expect(await handlers({ open: openDialogChoosing(undefined) }).openTextFile({ filters: [] })).toEqual({
      status: 'cancelled',
    });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const source = path.join(dir, 'huge.json');
    const handle = await realFs.open(source, 'w');
    await handle.truncate(MAX_TEXT_FILE_BYTES + 1); // sparse: no 64 MB actually written
    await handle.close();
    const readFile = vi.fn<FileSystem['readFile']>((file) => realFs.readFile(file));

    const result = await handlers({ open: openDialogChoosing(source), fs: { ...realFs, readFile } }).openTextFile({
      filters: [],
    });

    expect(result).toEqual({
      status: 'failed',
      message: expect.stringMatching(/huge\.json is 64\.0 MB; .*up to 64 MB/),
    });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a folder', async () => {
    const result = await handlers({ open: openDialogChoosing(dir) }).openTextFile({ filters: [] });
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('is not a file') });
  });

  it('reports a file that vanished after it was chosen', async () => {
    const result = await handlers({ open: openDialogChoosing(path.join(dir, 'gone.json')) }).openTextFile({
      filters: [],
    });
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('no longer exists') });
  });

  it('rejects an extra field, naming it, before any dialog', async () => {
    const open = openDialogChoosing(path.join(dir, 'x.json'));
    const result = await handlers({ open }).openTextFile({ filters: [], defaultPath: '/etc' });
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('defaultPath') });
    expect(open).not.toHaveBeenCalled();
  });
});

describe('openSourceFile', () => {
  it("offers the report kinds, then hands over the picked file's name and bytes as on disk", async () => {
    const source = path.join(dir, 'case-report.pdf');
    const onDisk = Buffer.from('%PDF-1.7\n\u00b5g\n', 'latin1');
    await realFs.writeFile(source, onDisk);
    const open = openDialogChoosing(source);

    const result = await handlers({ open }).openSourceFile(undefined);

    expect(result.status === 'opened' && [result.name, [...result.bytes]]).toEqual(['case-report.pdf', [...onDisk]]);
    expect(open).toHaveBeenCalledExactlyOnceWith({
      title: 'Open source',
      buttonLabel: 'Open',
      filters: SOURCE_FILE_FILTERS,
      properties: ['openFile'],
    });
    const offered = open.mock.calls[0]?.[0].filters?.flatMap((f) => f.extensions);
    for (const extension of ['txt', 'md', 'pdf', 'xml', 'html']) expect(offered).toContain(extension);
  });

  it('sends a plain Uint8Array of exactly the file, never the rest of a shared buffer', async () => {
    const source = path.join(dir, 'small.txt');
    await realFs.writeFile(source, 'CK 1620 U/l');
    // A Buffer cut from a larger pool, as Node hands out small buffers: IPC would clone the whole pool.
    const pooled = Buffer.from(`secret of the main process ${'x'.repeat(100)}CK 1620 U/l`);
    const window = pooled.subarray(pooled.length - 11);
    const fs = { ...realFs, readFile: vi.fn<FileSystem['readFile']>(async () => window) };

    const result = await handlers({ open: openDialogChoosing(source), fs }).openSourceFile(undefined);

    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.bytes.constructor).toBe(Uint8Array);
    expect(result.bytes.buffer.byteLength).toBe(11);
    expect(Buffer.from(result.bytes).toString('utf8')).toBe('CK 1620 U/l');
  });

  it('returns cancelled when the dialog is cancelled, reading nothing', async () => {
    const readFile = vi.fn<FileSystem['readFile']>((file) => realFs.readFile(file));
    const result = await handlers({ open: openDialogChoosing(undefined), fs: { ...realFs, readFile } }).openSourceFile(
      undefined,
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(readFile).not.toHaveBeenCalled();
  });

  it(`refuses a file over ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MB without reading it, naming the limit`, async () => {
    const source = path.join(dir, 'scan.pdf');
    const handle = await realFs.open(source, 'w');
    await handle.truncate(MAX_SOURCE_FILE_BYTES + 1); // sparse: no 32 MB actually written
    await handle.close();
    const readFile = vi.fn<FileSystem['readFile']>((file) => realFs.readFile(file));

    const result = await handlers({ open: openDialogChoosing(source), fs: { ...realFs, readFile } }).openSourceFile(
      undefined,
    );

    expect(result).toEqual({
      status: 'refused',
      message: 'scan.pdf is 32.0 MB; Case Abstractor opens sources up to 32 MB.',
    });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit between the size check and the read', async () => {
    const source = path.join(dir, 'growing.txt');
    await realFs.writeFile(source, 'small');
    const grown = new Uint8Array(MAX_SOURCE_FILE_BYTES + 1);
    const fs = { ...realFs, readFile: vi.fn<FileSystem['readFile']>(async () => grown) };
    const result = await handlers({ open: openDialogChoosing(source), fs }).openSourceFile(undefined);
    expect(result).toEqual({ status: 'refused', message: expect.stringContaining('up to 32 MB') });
  });

  it('refuses a folder and a file gone since it was picked, with the name', async () => {
    expect(await handlers({ open: openDialogChoosing(dir) }).openSourceFile(undefined)).toEqual({
      status: 'refused',
      message: `${path.basename(dir)} is not a file.`,
    });
    expect(await handlers({ open: openDialogChoosing(path.join(dir, 'gone.txt')) }).openSourceFile(undefined)).toEqual({
      status: 'refused',
      message: 'Could not open gone.txt: the file or folder no longer exists',
    });
  });

  it('takes no arguments from the window: a path or filters sent along are refused before any dialog', async () => {
    const open = openDialogChoosing(path.join(dir, 'x.txt'));
    for (const request of [{ defaultPath: '/etc' }, '/etc/passwd', { filters: [{ name: 'All', extensions: ['*'] }] }]) {
      const result = await handlers({ open }).openSourceFile(request);
      expect(result).toEqual({ status: 'refused', message: expect.stringContaining('takes no arguments') });
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('says so when the dialog cannot be shown', async () => {
    const open = vi.fn<ShowOpenDialog>(async () => {
      throw new Error('no display');
    });
    expect(await handlers({ open }).openSourceFile(undefined)).toEqual({
      status: 'refused',
      message: 'The open dialog could not be shown: no display',
    });
  });
});

describe('exactBytes', () => {
  it('keeps a whole buffer as it is and copies a window out of a larger one', () => {
    const whole = new Uint8Array([1, 2, 3]);
    expect(exactBytes(whole).buffer).toBe(whole.buffer);
    const part = new Uint8Array([9, 9, 1, 2, 3]).subarray(2);
    expect([...exactBytes(part)]).toEqual([1, 2, 3]);
    expect(exactBytes(part).buffer.byteLength).toBe(3);
  });
});

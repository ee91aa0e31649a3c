// Picks the platform implementation once, at start-up: the preload's API means we run in Electron.
import { DESKTOP_API_KEY, type DesktopApi } from '../../shared/ipc/contract';
import type { PlatformBridge } from './bridge';
import { createBrowserBridge } from './browser-bridge';
import { createElectronBridge } from './electron-bridge';

function desktopApi(): DesktopApi | undefined {
  return (window as unknown as Record<string, DesktopApi | undefined>)[DESKTOP_API_KEY];
}

const api = desktopApi();
export const platform: PlatformBridge = api ? createElectronBridge(api) : createBrowserBridge();
export type { PlatformBridge };

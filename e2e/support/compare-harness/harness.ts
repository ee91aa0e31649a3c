// A test page, never part of the app: the compare view's compareInWorker, built by the app's Vite
// config, so the bench times the app's own compare worker without the rest of the window.
import { compareInWorker } from '../../../renderer/features/compare/compare-client';

Object.assign(window, { compareInWorker });

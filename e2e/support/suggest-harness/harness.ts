// A test page, never part of the app: the review queue's requestSuggestions, built by the app's Vite
// config, so the bench times the app's own suggestion worker without the rest of the window.
import { requestSuggestions } from '../../../renderer/features/suggestion-queue/suggest-client';

Object.assign(window, { requestSuggestions });

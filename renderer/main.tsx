// Renderer entry: opens the repository, installs the preloaded case on first start, reads the
// new-case form's draft, then renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NEW_CASE_DRAFTS } from './data/draft-book';
import { loadDrafts } from './data/hooks';
import { repository } from './data/repository';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

repository
  .ensureSeeded()
  // Read before the first render, so the form opens with its draft however soon it is opened. A
  // failed read is not fatal: it is said in the status line, and the form opens blank.
  .then(() => loadDrafts(NEW_CASE_DRAFTS))
  .then(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    root.render(
      <div className="fatal" role="alert">
        <h1>Case Abstractor cannot open its database</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <p>Your data has not been changed. Close other windows of the app and try again.</p>
      </div>,
    );
  });

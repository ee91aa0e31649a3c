// Renderer entry: opens the repository, installs the preloaded case on first start, then renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { repository } from './data/repository';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

repository
  .ensureSeeded()
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

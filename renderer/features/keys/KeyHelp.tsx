// The list of keys (F1 anywhere, ? outside text fields), generated from the keymap so that it can
// never disagree with what the keys do.
import { useEffect, useRef } from 'react';
import { formatChord, KEY_CONTEXT_TITLES, KEYMAP, type KeyContext } from '../../../shared/keymap/keymap';
import { platform } from '../../platform';
import { useUiStore } from '../../state/ui-store';
import { IS_MAC } from './platform-keys';
import './keys.css';

// The desktop menu's keys do nothing in a browser tab (there they are the browser's own).
const CONTEXTS = (Object.keys(KEY_CONTEXT_TITLES) as KeyContext[]).filter(
  (where) => where !== 'desktop-menu' || platform.kind === 'electron',
);

export function KeyHelp() {
  const open = useUiStore((s) => s.keyHelpOpen);
  const toggle = useUiStore((s) => s.toggleKeyHelp);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // A modal <dialog> keeps the focus inside, closes on Escape and gives the focus back on close.
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={dialogRef} className="key-help" aria-labelledby="key-help-heading" onClose={() => toggle(false)}>
      <div className="key-help-head">
        <h2 id="key-help-heading">Keyboard</h2>
        <button type="button" onClick={() => toggle(false)} autoFocus>
          Close
        </button>
      </div>
      {CONTEXTS.map((where) => (
        <section key={where} aria-label={KEY_CONTEXT_TITLES[where]}>
          <h3>{KEY_CONTEXT_TITLES[where]}</h3>
          <dl>
            {KEYMAP.filter((c) => c.where === where).map((c) => (
              <div key={`${c.id} ${c.keys.join()}`}>
                <dt>
                  {c.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? ' ' : null}
                      <kbd>{formatChord(k, IS_MAC)}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{c.help}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}

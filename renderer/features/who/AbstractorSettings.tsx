// The header's "Abstractor: A. B." button, opening the field to give or change the name. Not a
// dialog: the window stays usable while it is open.
import { hintFor } from '../keys/platform-keys';
import { NameField } from './NameField';
import { useAbstractor } from './use-abstractor';
import { returnFocusFromName, SETTINGS_BUTTON_ID, SETTINGS_FIELD_ID, useWhoStore } from './who-store';
import './who.css';

const close = () => {
  useWhoStore.setState({ settingsOpen: false });
  returnFocusFromName();
};

export function AbstractorSettings() {
  const name = useAbstractor();
  const open = useWhoStore((s) => s.settingsOpen);
  if (name === undefined) return null;
  return (
    <div className="abstractor-settings">
      <button
        type="button"
        id={SETTINGS_BUTTON_ID}
        aria-expanded={open}
        aria-controls="abstractor-settings-panel"
        title={`Who signs the rows you save (${hintFor('focus-abstractor-name')})`}
        onClick={() => useWhoStore.setState({ settingsOpen: !open, returnFocus: undefined })}
      >
        Abstractor: {name ?? 'not given'}
      </button>
      {open ? (
        <div id="abstractor-settings-panel" className="abstractor-settings-panel">
          <NameField
            id={SETTINGS_FIELD_ID}
            label="Name or initials"
            initial={name ?? ''}
            submitLabel="Keep"
            onCancel={close}
            autoFocus
          >
            <button type="button" onClick={close}>
              Cancel
            </button>
          </NameField>
          <p className="abstractor-settings-note">
            Signs the rows you save from now on; rows saved before keep the name they were saved with.
          </p>
        </div>
      ) : null}
    </div>
  );
}

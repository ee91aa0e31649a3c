// "Who is abstracting?" at the first edit, while no name is given: a box at the window's lower left
// that takes no focus and blocks no key (Alt+B goes to its field). The edit is saved either way.
import { hintFor } from '../keys/platform-keys';
import { NameField } from './NameField';
import { useAbstractor } from './use-abstractor';
import { PROMPT_FIELD_ID, returnFocusFromName, useWhoStore } from './who-store';
import './who.css';

const notNow = () => {
  useWhoStore.setState({ promptDismissed: true });
  returnFocusFromName();
};

export function AbstractorPrompt() {
  const name = useAbstractor();
  const editStarted = useWhoStore((s) => s.editStarted);
  const dismissed = useWhoStore((s) => s.promptDismissed);
  if (name !== null || !editStarted || dismissed) return null;
  return (
    <section className="abstractor-prompt" aria-label="Who is abstracting">
      <NameField
        id={PROMPT_FIELD_ID}
        label="Who is abstracting? Name or initials"
        initial=""
        submitLabel="Sign my rows"
        onCancel={notNow}
      >
        <button type="button" onClick={notNow}>
          Not now
        </button>
      </NameField>
      <span className="abstractor-prompt-hint">
        Rows are saved either way; until a name is given they show “name not given”. {hintFor('focus-abstractor-name')}{' '}
        comes here.
      </span>
    </section>
  );
}

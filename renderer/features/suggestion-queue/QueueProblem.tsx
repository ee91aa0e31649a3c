// Why the current suggestion was not added: the field named, and E offered to fill it in the form.
import type { Problem } from '../../../shared/model/result';
import { hintFor } from '../keys/platform-keys';

export function QueueProblem({ problems }: { problems: Problem[] }) {
  return (
    <div className="queue-problem" role="alert">
      {problems.map((p, i) =>
        p.where === 'form' ? (
          <p key={i}>{p.message.charAt(0).toUpperCase() + p.message.slice(1)}.</p>
        ) : (
          <p key={i}>
            Not added — <strong>{p.where}</strong>: {p.message}. Press {hintFor('queue-edit')} to fill it in the form.
          </p>
        ),
      )}
    </div>
  );
}

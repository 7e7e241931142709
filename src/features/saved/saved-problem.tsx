/** A plain message when the saved list could not be read or kept; nothing otherwise. */
import { savedProblem } from './saved';
import { useT } from '../../i18n/i18n';

export function SavedProblemMessage() {
  const t = useT();
  const problem = savedProblem.value;
  if (!problem) return null;
  return (
    <div class="warning" role="alert">
      <p>{t(`saved.problem.${problem}`)}</p>
    </div>
  );
}

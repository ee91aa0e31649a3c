// Who reconciles: the abstractor's name the app asked for at the first edit (the who feature), if
// it has one; the compare view asks otherwise.
export function reconcilerName(): string | undefined {
  return undefined;
}

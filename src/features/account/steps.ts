/**
 * A flow's steps as data: an ordered list of descriptors (id, label, the fields it asks for), and the moves
 * between them. Models keep the current step id in their state and move with these.
 */
export interface Step<Id extends string = string> {
  id: Id
  label: string
  /** the fields this step asks for (empty: it only shows something) */
  fields: readonly string[]
}

export function stepIndex<Id extends string>(steps: readonly Step<Id>[], id: Id): number {
  return steps.findIndex((s) => s.id === id)
}

/** The step after `id` (the last stays the last). */
export function nextStep<Id extends string>(steps: readonly Step<Id>[], id: Id): Id {
  const i = stepIndex(steps, id)
  return steps[Math.min(steps.length - 1, i + 1)].id
}

/** The step before `id` (the first stays the first). */
export function previousStep<Id extends string>(steps: readonly Step<Id>[], id: Id): Id {
  const i = stepIndex(steps, id)
  return steps[Math.max(0, i - 1)].id
}

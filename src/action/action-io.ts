/** Where an annotation points. */
export interface AnnotationTarget {
  file?: string
  line?: number
  title?: string
}

/**
 * The runner as the action's logic sees it: logs, annotations, outputs, masking and
 * the job summary. index.ts backs it with @actions/core; nothing else imports core.
 */
export interface ActionIo {
  info(message: string): void
  notice(message: string, target?: AnnotationTarget): void
  warning(message: string, target?: AnnotationTarget): void
  error(message: string, target?: AnnotationTarget): void
  setOutput(name: string, value: string): void
  setSecret(secret: string): void
  appendSummary(markdown: string): Promise<void>
}

/**
 * The runner shows at most 10 error and 10 warning annotations per step; past that
 * we emit one that says how many more there are and where to read them.
 */
export const ANNOTATIONS_SHOWN = 10

export function annotateCapped<T>(
  items: readonly T[],
  emit: (item: T) => void,
  overflow: (hidden: number) => void,
): void {
  const direct = items.length > ANNOTATIONS_SHOWN ? ANNOTATIONS_SHOWN - 1 : items.length
  items.slice(0, direct).forEach(emit)
  if (items.length > direct) overflow(items.length - direct)
}

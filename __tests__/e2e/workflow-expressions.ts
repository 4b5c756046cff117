/**
 * The slice of GitHub's expression language the README's workflow may use: context
 * references (`github.*` from the runner's environment, `steps.<id>.outputs.<name>`) and
 * one comparison in `if:`. Anything else throws, so the README cannot use an expression
 * that this test did not evaluate.
 */
export interface ExpressionContexts {
  /** The runner's environment: `github.ref` reads GITHUB_REF. */
  env: Record<string, string>
  /** Outputs of the steps run so far, by step id. */
  steps: Record<string, Record<string, string>>
}

type Value = string | number | boolean | null

const NAME = String.raw`[A-Za-z_][\w-]*`
const OPERAND = String.raw`'(?:[^']|'')*'|-?\d+(?:\.\d+)?|${NAME}(?:\.${NAME})*`
const CONDITION = new RegExp(String.raw`^(${OPERAND})\s*(?:(==|!=|<=|>=|<|>)\s*(${OPERAND}))?$`)
const STEP_OUTPUT = new RegExp(`^steps\\.(${NAME})\\.outputs\\.(${NAME})$`)
const GITHUB = new RegExp(`^github\\.(${NAME})$`)
const EXPRESSION = /\$\{\{(.*?)\}\}/gs

/** `text` with every `${{ reference }}` replaced by its value. */
export function substitute(text: string, contexts: ExpressionContexts): string {
  if (text.replace(EXPRESSION, '').includes('${{')) {
    throw new Error(`cannot substitute an unclosed \`\${{\` in \`${text}\``)
  }
  return text.replace(EXPRESSION, (_, inner: string) => reference(inner.trim(), contexts))
}

/** Whether an `if:` holds (`${{ }}` around it is optional, as on GitHub). */
export function conditionHolds(condition: string, contexts: ExpressionContexts): boolean {
  const bare = /^\$\{\{(.*)\}\}$/s.exec(condition.trim())?.[1] ?? condition
  const match = CONDITION.exec(bare.trim())
  if (!match) throw new Error(`cannot evaluate the condition \`${condition}\``)
  const [, left, op, right] = match as unknown as [string, string, string?, string?]
  const a = operand(left, contexts)
  if (op === undefined || right === undefined) return truthy(a)
  return compare(a, op, operand(right, contexts))
}

function reference(expression: string, { env, steps }: ExpressionContexts): string {
  const output = STEP_OUTPUT.exec(expression)
  if (output) {
    const [, id, name] = output as unknown as [string, string, string]
    const value = steps[id]?.[name]
    if (value === undefined) throw new Error(`cannot substitute \`${expression}\`: no such output`)
    return value
  }
  const github = GITHUB.exec(expression)
  const variable = github ? `GITHUB_${github[1]?.toUpperCase().replace(/-/g, '_')}` : ''
  const value = env[variable]
  if (value === undefined) throw new Error(`cannot substitute \`\${{ ${expression} }}\``)
  return value
}

function operand(text: string, contexts: ExpressionContexts): Value {
  if (text.startsWith("'")) return text.slice(1, -1).replace(/''/g, "'")
  if (/^-?\d/.test(text)) return Number(text)
  const literals: Record<string, Value> = { true: true, false: false, null: null }
  if (text in literals) return literals[text] as Value
  return reference(text, contexts)
}

// GitHub compares strings case-insensitively and coerces mismatched types to numbers.
function compare(a: Value, op: string, b: Value): boolean {
  const [x, y] =
    typeof a === 'string' && typeof b === 'string'
      ? [a.toLowerCase(), b.toLowerCase()]
      : [toNumber(a), toNumber(b)]
  const ops: Record<string, boolean> = {
    '==': x === y,
    '!=': x !== y,
    '<': x < y,
    '<=': x <= y,
    '>': x > y,
    '>=': x >= y,
  }
  return ops[op] ?? false
}

function toNumber(v: Value): number {
  if (v === null || v === '') return 0
  if (typeof v === 'boolean') return v ? 1 : 0
  return Number(v)
}

function truthy(v: Value): boolean {
  return !(v === false || v === null || v === '' || v === 0 || Number.isNaN(v))
}

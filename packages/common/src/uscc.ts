/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from a 31-character
 * alphabet (no I, O, S, V, Z); characters 3–8 are the registering division's code; the last is a
 * check character over the first 17 (weights 3^i mod 31). Shared by every plugin that takes one.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character for the first 17 characters of a USCC. */
export function usccCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + ALPHABET.indexOf(first17[i]) * weight, 0)
  return ALPHABET[(31 - (sum % 31)) % 31]
}

/** Why `code` is not a valid USCC (in Chinese, for the person who typed it), or null when it is. */
export function usccProblem(code: string): string | null {
  if (code.length !== 18) return `应为18位，实际${code.length}位`
  const bad = [...code].find((c) => !ALPHABET.includes(c))
  if (bad !== undefined) return `含有非法字符“${bad}”（只能是数字和除 I、O、S、V、Z 以外的大写字母）`
  if (!/^\d{6}$/.test(code.slice(2, 8))) return "第3–8位应为登记机关行政区划码（6位数字）"
  const expected = usccCheckCharacter(code)
  if (code[17] !== expected) return `校验位错误：应为“${expected}”，实际为“${code[17]}”`
  return null
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null
}

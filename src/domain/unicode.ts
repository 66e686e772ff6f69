/**
 * Regular expressions with Unicode property escapes (\p{L}, \p{Script=Han} …), built from strings at run
 * time. Written as literals, the app's Babel build expands each into tens of KB of code-point ranges in
 * every mini-program bundle; as strings they cost their own length. An engine without property escapes
 * (before iOS 11.3) cannot build them: it gets the fallback, which never refuses what the full check would
 * accept, and the server — which runs the same function with the full check — has the last word.
 */
export function unicodeRe(source: string, fallback?: RegExp): RegExp | undefined {
  try {
    return new RegExp(source, 'u')
  } catch {
    return fallback
  }
}

/** `re.test(s)`, or `otherwise` where the engine could not build `re`. */
export const testOr = (re: RegExp | undefined, s: string, otherwise: boolean): boolean => (re ? re.test(s) : otherwise)

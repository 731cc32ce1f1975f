/**
 * GB/T 2260 code arithmetic: a county 513429 lies in prefecture 513400 and province 510000.
 * Counties directly under a province (省直辖县, e.g. 469001) have a virtual prefecture (4690xx → 469000).
 */
export const DIVISION_CODE = /^\d{6}$/

export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`
}

export function prefectureOf(code: string): string {
  return `${code.slice(0, 4)}00`
}

/** The county's own code and the codes of the prefecture and province containing it. */
export function coveringCodes(countyCode: string): string[] {
  return [countyCode, prefectureOf(countyCode), provinceOf(countyCode)]
}

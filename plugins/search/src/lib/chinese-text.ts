import { Jieba } from "@node-rs/jieba"
import { dict } from "@node-rs/jieba/dict.js"
import { pinyin } from "pinyin-pro"

/**
 * Chinese text as tokens Postgres' `simple` text search configuration can match. `to_tsvector`
 * keeps an unbroken run of Chinese as one token, so text is segmented here, in Node, on the way in
 * and on the way out:
 * - indexed text becomes every character and every two-character pair of each Chinese run (the
 *   classic CJK bigram index: any word of the text is found whatever jieba made of its context),
 *   plus jieba's words and any Latin words and numbers as they are;
 * - a query becomes jieba's words, each Chinese word of more than two characters as its
 *   overlapping pairs, so "昭通苹果" asks for 昭通 and 苹果 and "凉山彝族自治州" for its pairs.
 */

// the dictionary is ~200 ms to load: once per process, on first use
let segmenter: Jieba | null = null
const jieba = () => (segmenter ??= Jieba.withDict(dict))

const HAN = /\p{Script=Han}/u
const HAN_RUN = /\p{Script=Han}+/gu
const WORD = /[\p{Script=Han}\p{L}\p{N}]+/u

function pairs(run: string): string[] {
  const chars = [...run]
  if (chars.length <= 2) return [run]
  return chars.slice(1).map((c, i) => chars[i] + c)
}

/** What an indexed text is found by. */
export function indexTokens(text: string): string {
  const tokens = new Set<string>()
  for (const word of jieba().cutForSearch(text, true)) if (WORD.test(word)) tokens.add(word.toLowerCase())
  for (const run of text.match(HAN_RUN) ?? []) {
    for (const char of run) tokens.add(char)
    for (const pair of pairs(run)) tokens.add(pair)
  }
  return [...tokens].join(" ")
}

/** A shopper's query as the tokens `indexTokens` produced for the texts it should find. */
export function queryTokens(q: string): string {
  const tokens: string[] = []
  for (const word of jieba().cut(q, true)) {
    if (!WORD.test(word)) continue
    tokens.push(...(HAN.test(word) ? pairs(word) : [word.toLowerCase()]))
  }
  return [...new Set(tokens)].join(" ")
}

/**
 * Pinyin a shopper may type for a Chinese name: each word's syllables, the word's syllables joined
 * (pingguo), its initials (pg), and the same for the whole name (zhaotongpingguo, ztpg).
 */
export function pinyinTokens(texts: (string | null | undefined)[]): string {
  const tokens = new Set<string>()
  for (const text of texts) {
    if (!text) continue
    for (const run of text.match(HAN_RUN) ?? []) {
      const words = jieba().cut(run, true)
      const full: string[] = []
      const initials: string[] = []
      for (const word of words) {
        const syllables = pinyin(word, { toneType: "none", type: "array", v: true })
        const firsts = pinyin(word, { pattern: "first", toneType: "none", type: "array", v: true })
        syllables.forEach((s) => tokens.add(s))
        tokens.add(syllables.join(""))
        tokens.add(firsts.join(""))
        full.push(syllables.join(""))
        initials.push(firsts.join(""))
      }
      tokens.add(full.join(""))
      tokens.add(initials.join(""))
    }
  }
  return [...tokens].join(" ")
}

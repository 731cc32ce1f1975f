/**
 * Runs `work` over `items` a few at a time, answers in the items' order: the workflows mostly wait
 * on Postgres, so three at once keep both cores busy.
 */
export async function inBatches<T, R>(
  items: T[],
  work: (item: T, index: number) => Promise<R>,
  size = 3
): Promise<R[]> {
  const results: R[] = []
  for (let from = 0; from < items.length; from += size)
    results.push(...(await Promise.all(items.slice(from, from + size).map((item, i) => work(item, from + i)))))
  return results
}

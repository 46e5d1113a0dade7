/** Page numbers worth a link: the first, the last and two either side of the current one; `null` marks a gap
 * (never one hiding a single page). With 10,000 releases a link per page would put 1,000 links on every list. */
export function pageWindow(page: number, totalPages: number, around = 2): (number | null)[] {
  const shown = (n: number) => n === 1 || n === totalPages || Math.abs(n - page) <= around
  const window: (number | null)[] = []
  for (let n = 1; n <= totalPages; n++) {
    if (shown(n) || (shown(n - 1) && shown(n + 1))) window.push(n)
    else if (window[window.length - 1] !== null) window.push(null)
  }
  return window
}

import { pageWindow } from './pageWindow'

/** Plain links, so paging works without JavaScript and every page has its own URL. */
export function Pagination({
  page,
  totalPages,
  hrefFor,
}: {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
}) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              Page précédente
            </a>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? (
              <span aria-hidden="true">…</span>
            ) : n === page ? (
              <span aria-current="page">Page {n}</span>
            ) : (
              <a href={hrefFor(n)}>
                <span className="visually-hidden">Page </span>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              Page suivante
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

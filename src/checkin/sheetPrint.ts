/**
 * Global print rules of the sign-in sheet, inlined by its page (a CSS module may only hold local selectors):
 * A4 pages with « Page n sur N » in the bottom margin (CSS page counters), and nothing of the site's
 * header and footer on paper.
 */
export const SHEET_PRINT_CSS = `
@page {
  size: A4 portrait;
  margin: 14mm 12mm 16mm;
  @bottom-center { content: "Page " counter(page) " sur " counter(pages); font: 9pt system-ui, sans-serif; }
}
@media print {
  .site-header, .site-footer, .skip-link, .preview-banner { display: none !important; }
  main { padding: 0 !important; }
}
`

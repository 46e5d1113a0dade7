import { css } from '@/components/inlineCss'

/**
 * The site's stylesheet, written into each page's <head> by the layout (a <style>, ≈ 2 KB gzip): a linked
 * stylesheet is render-blocking, one more round trip before the first paint (Lighthouse mobile: ≈ 0.2–0.3 s
 * of LCP). Kept as CSS in a tagged template (src/components/inlineCss.ts).
 */
export const siteStyles = css`
  /* Colours checked for WCAG 2.1 AA: text ≥ 4.5:1 on its background, focus ring ≥ 3:1. */
  :root {
    --text: #1b1b1f;
    --muted: #4a4a55;
    --bg: #ffffff;
    --soft: #f3f5f9;
    --line: #c9ced8;
    --brand: #a4003c;
    --link: #0b4f8a;
    --focus: #0b57d0;
    --container: 72rem;
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif;
    line-height: 1.6;
    color: var(--text);
    background: var(--bg);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  body {
    margin: 0;
    font-size: 1.0625rem;
  }
  img {
    max-width: 100%;
    height: auto;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
  }
  h1 {
    font-size: clamp(1.75rem, 4vw, 2.5rem);
    margin: 0.5rem 0 1rem;
  }
  h2 {
    font-size: 1.5rem;
    margin-top: 2.25rem;
  }
  h3 {
    font-size: 1.2rem;
  }
  a {
    color: var(--link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #fff;
  }
  main:focus {
    outline: none;
  }

  .container {
    max-width: var(--container);
    margin: 0 auto;
    padding: 0 1rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }

  .skip-link {
    position: absolute;
    left: 0.5rem;
    top: -10rem;
    z-index: 10;
    background: var(--text);
    color: #fff;
    padding: 0.75rem 1rem;
  }
  .skip-link:focus {
    top: 0.5rem;
    color: #fff;
  }

  .preview-banner {
    background: #fff3c4;
    color: var(--text);
    padding: 0.5rem 1rem;
    text-align: center;
    border-bottom: 1px solid #8a6d00;
  }

  .site-header {
    border-bottom: 4px solid var(--brand);
    background: var(--bg);
  }
  .header-inner {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 2rem;
    align-items: center;
    justify-content: space-between;
    padding-top: 0.75rem;
    padding-bottom: 0.75rem;
  }
  .brand {
    display: flex;
    flex-direction: column;
    text-decoration: none;
    color: var(--text);
  }
  .brand-name {
    font-size: 1.6rem;
    font-weight: 800;
    color: var(--brand);
    letter-spacing: 0.02em;
  }
  .brand-tagline {
    font-size: 0.9rem;
    color: var(--muted);
  }
  .nav-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .nav-list a {
    display: inline-block;
    padding: 0.5rem 0;
    font-weight: 600;
    text-decoration: none;
    color: var(--text);
  }
  .nav-list a:hover {
    text-decoration: underline;
  }
  .header-search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .header-search label {
    width: 100%;
    font-size: 0.85rem;
    color: var(--muted);
  }

  input,
  select,
  button {
    font: inherit;
  }
  input,
  select {
    border: 1px solid #6b7080;
    border-radius: 4px;
    padding: 0.45rem 0.6rem;
    background: #fff;
    color: var(--text);
    min-height: 2.5rem;
    max-width: 100%;
  }
  button {
    background: var(--brand);
    color: #fff;
    border: 2px solid var(--brand);
    border-radius: 4px;
    padding: 0.45rem 1rem;
    min-height: 2.5rem;
    cursor: pointer;
    font-weight: 600;
  }
  button:hover {
    background: #7d002e;
  }

  main {
    display: block;
    padding: 1.5rem 0 3rem;
  }
  .hero {
    padding: 1rem 0;
  }
  .lead {
    font-size: 1.2rem;
    color: var(--muted);
  }
  .eyebrow {
    margin: 0;
    font-size: 0.95rem;
  }
  .draft-flag {
    color: #8a3b00;
  }
  .notice {
    background: #fff3c4;
    border-left: 6px solid #8a6d00;
    padding: 0.75rem 1rem;
  }
  .box {
    background: var(--soft);
    border: 1px solid var(--line);
    border-radius: 6px;
    padding: 0.25rem 1.25rem 1rem;
    margin: 2rem 0;
  }
  .box h2 {
    margin-top: 1rem;
  }
  .hint {
    color: var(--muted);
    font-size: 0.95rem;
    width: 100%;
    margin: 0.25rem 0 0;
  }
  .pre-line {
    white-space: pre-line;
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    gap: 1rem;
    list-style: none;
    padding: 0;
  }
  .figures li {
    background: var(--soft);
    border-top: 4px solid var(--brand);
    padding: 1rem;
  }
  .figures strong {
    display: block;
    font-size: 1.6rem;
    color: var(--brand);
  }

  .card-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
  }
  .card {
    border: 1px solid var(--line);
    border-radius: 6px;
    padding: 1rem 1.25rem;
    background: #fff;
  }
  .card-title {
    margin: 0 0 0.25rem;
    font-size: 1.15rem;
  }
  .card-meta,
  .card-label {
    color: var(--muted);
    font-size: 0.95rem;
    margin: 0.25rem 0;
  }
  .card-label {
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-weight: 700;
    font-size: 0.8rem;
  }

  .filters,
  .finder {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: flex-end;
    margin: 1rem 0;
  }
  /* A select is as wide as its longest option: fields may shrink below it so nothing overflows a 320 px screen. */
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    max-width: 100%;
  }
  .finder label {
    width: 100%;
    font-weight: 600;
  }

  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
  }
  .pagination a,
  .pagination span {
    display: inline-block;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--line);
    border-radius: 4px;
  }
  .pagination [aria-current] {
    background: var(--text);
    color: #fff;
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35rem 1.25rem;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  address {
    font-style: normal;
  }
  .dateline {
    font-weight: 700;
    margin-bottom: 0;
  }
  .issuer {
    color: var(--muted);
  }
  .programme li {
    margin-bottom: 0.75rem;
  }
  .programme p {
    margin: 0.25rem 0 0;
  }
  .boilerplate {
    border-top: 2px solid var(--line);
    margin-top: 2.5rem;
    font-size: 0.98rem;
  }
  .media {
    margin: 1.5rem 0;
  }
  .media figcaption {
    font-size: 0.85rem;
    color: var(--muted);
  }
  .prose {
    max-width: 48rem;
  }
  .directory,
  .results {
    columns: 2 18rem;
  }

  .site-footer {
    background: #1f2430;
    color: #f2f3f5;
    padding: 2rem 0;
  }
  .site-footer a {
    color: #cfe3ff;
  }
  .site-footer h2 {
    font-size: 1.1rem;
    margin-top: 0;
  }
  .footer-inner {
    display: flex;
    flex-wrap: wrap;
    gap: 2rem;
    justify-content: space-between;
  }
  .footer-links {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .footer-links li {
    margin-bottom: 0.4rem;
  }
  /* Forced colours replace the dark footer's background: its light text must follow, or it is light on light. */
  @media (forced-colors: active) {
    .site-footer {
      background: Canvas;
      color: CanvasText;
    }
    .site-footer a {
      color: LinkText;
    }
  }

  @media (max-width: 40rem) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: 0.5rem;
    }
    .header-inner {
      flex-direction: column;
      align-items: flex-start;
    }
  }

  /* A release prints as a clean A4 page: the text, its dateline, contact and boilerplate, nothing else. */
  @page {
    size: A4;
    margin: 18mm 16mm;
  }
  @media print {
    :root {
      font-size: 11pt;
    }
    body {
      color: #000;
      background: #fff;
    }
    .skip-link,
    .site-header nav,
    .header-search,
    .site-footer nav,
    .no-print,
    .preview-banner,
    .pagination,
    .filters,
    .finder {
      display: none !important;
    }
    .site-header {
      border-bottom: 2pt solid #000;
    }
    .site-footer {
      background: none;
      color: #000;
      padding: 0;
      border-top: 1pt solid #000;
      font-size: 9pt;
    }
    .site-footer a,
    a {
      color: #000;
      text-decoration: none;
    }
    .box {
      background: none;
      border: 1pt solid #000;
      break-inside: avoid;
    }
    h1,
    h2,
    h3 {
      break-after: avoid;
    }
    .container {
      max-width: none;
      padding: 0;
    }
    .release .prose a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 9pt;
    }
  }
`

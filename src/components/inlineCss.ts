/**
 * Tag for a stylesheet written inline in the page (a <style>, no render-blocking request): the CSS as
 * written, without its comments and indentation. Prettier formats `css` tagged templates as CSS.
 */
export const css = (strings: TemplateStringsArray) =>
  strings.raw
    .join('')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\n\s+/g, '\n')

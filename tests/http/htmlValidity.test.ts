/**
 * Every public page of the seeded site is valid HTML (html-validate, the rules that check conformance to
 * the HTML standard), as served by the production build: home, lists, every detail page, the French 404,
 * search, the legal and accessibility pages, the site map and the registration pages.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { type ConfigData, HtmlValidate, Rule, type RuleDocumentation } from 'html-validate'

import { get } from './client'

/**
 * `value` on `<li>` is for ordered lists only (HTML §4.4.8); html-validate's element table does not say so,
 * the Nu checker does (it is how Lexical's list renderer went wrong).
 */
class LiValueOnlyInOl extends Rule {
  documentation(): RuleDocumentation {
    return { description: 'The value attribute of <li> is only allowed when its parent is an <ol>.' }
  }

  setup(): void {
    this.on('dom:ready', ({ document }) => {
      for (const li of document.querySelectorAll('li[value]')) {
        if (li.parent?.tagName !== 'ol')
          this.report(li, `<li value> inside <${li.parent?.tagName ?? '?'}>: value is for <ol> only`)
      }
    })
  }
}

const config: ConfigData = {
  extends: ['html-validate:standard'],
  plugins: [{ name: 'occe', rules: { 'occe/li-value-only-in-ol': LiValueOnlyInOl } }],
  // The Nu checker also refuses ids referenced by aria-* / for attributes that do not exist, and a missing doctype.
  rules: { 'occe/li-value-only-in-ol': 'error', 'no-missing-references': 'error', 'missing-doctype': 'error' },
}
const validator = new HtmlValidate(config)

/** Slugs of published documents, read from the public REST API as a visitor would. */
async function slugs(collection: string): Promise<string[]> {
  const res = await get(`/api/${collection}?limit=100&depth=0&select[slug]=true`)
  expect(res.status).toBe(200)
  const { docs } = (await res.json()) as { docs: { slug: string }[] }
  return docs.map((d) => d.slug)
}

async function eventId(slug: string): Promise<string> {
  const res = await get(`/api/events?where[slug][equals]=${slug}&depth=0&limit=1`)
  const { docs } = (await res.json()) as { docs: { id: string | number }[] }
  return String(docs[0].id)
}

let pages: { path: string; status: number }[] = []

beforeAll(async () => {
  const ok = (path: string) => ({ path, status: 200 })
  const [releases, events, associations, projects] = await Promise.all(
    ['news-releases', 'events', 'associations', 'projects'].map(slugs),
  )
  const ceremony = await eventId('ceremonie-d-ouverture-ag-nationale-2026')
  pages = [
    ok('/'),
    ok('/communiques'),
    ok('/communiques?annee=2026'),
    ok('/evenements'),
    ok('/associations'),
    ok('/associations?q=79'),
    ok('/projets'),
    ...releases.map((s) => ok(`/communiques/${s}`)),
    ...events.map((s) => ok(`/evenements/${s}`)),
    ...associations.map((s) => ok(`/associations/${s}`)),
    ...projects.map((s) => ok(`/projets/${s}`)),
    ok('/recherche'),
    ok('/recherche?q=Niort'),
    ok('/recherche?q=zzzzzz'),
    ok('/accessibilite'),
    ok('/mentions-legales'),
    ok('/plan-du-site'),
    ok(`/inscription/${ceremony}`),
    ok(`/inscription/${ceremony}/confirmee`),
    ok(`/inscription/${ceremony}/attente`),
    ok(`/inscription/${ceremony}/erreur`),
    ok('/inscription/annuler?r=1&t=invalide'),
    { path: '/cette-page-n-existe-pas', status: 404 },
    { path: '/communiques/inconnu', status: 404 },
  ]
})

describe('valid HTML on every public page', () => {
  it('serves each page with its status and no html-validate error', async () => {
    expect(pages.length).toBeGreaterThan(20)
    const problems: string[] = []
    let richTextLists = 0
    for (const { path, status } of pages) {
      const res = await get(path)
      if (res.status !== status) {
        problems.push(`${path}: HTTP ${res.status}, expected ${status}`)
        continue
      }
      const html = await res.text()
      if (html.includes('<ul class="list-bullet"')) richTextLists += 1
      const report = await validator.validateString(html, path)
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)
    }
    expect(problems).toEqual([])
    // The release and the boilerplate carry bulleted lists: the Lexical list renderer is on the pages checked.
    expect(richTextLists).toBeGreaterThan(0)
  }, 300_000)

  it('catches <li value> in a <ul>, the defect of the Lexical list renderer', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="fr"><head><title>t</title></head><body><ul><li value="1">a</li></ul><ol><li value="2">b</li></ol></body></html>',
    )
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['occe/li-value-only-in-ol'])
  })
})

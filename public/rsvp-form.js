/**
 * The RSVP form with JavaScript (the form itself: src/components/Rsvp/RsvpForm.tsx, which works without this).
 * Posts in the background and shows the answer in place: the errors above the form and under their fields, or
 * the answer instead of the form; focus goes to the message and the page title says what happened. Replaces
 * the form once the deadline passes (a cached page may outlive it; the server checks too). Every text comes
 * from the form's `data-rsvp` attribute, written on the server from the same sources as the page.
 *
 * A static file, not a Next chunk: public pages carry no Next runtime (src/data/scriptFree.mjs). Plain DOM,
 * no inline script (the CSP allows scripts from 'self').
 */
;(function () {
  'use strict'

  // A page that opens on an answer or on errors (the redirect of a post without JavaScript): focus the message.
  var opened = null
  try {
    opened = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null
  } catch {
    // a fragment that does not decode names nothing of ours
  }
  if (opened && opened.getAttribute('tabindex') === '-1') opened.focus()

  var form = document.querySelector('form[data-rsvp]')
  if (!form) return
  var config = JSON.parse(form.getAttribute('data-rsvp'))
  var button = form.querySelector('button[type="submit"]')
  var label = button ? button.textContent : ''
  var sending = false
  // The server rendered errors (no-JavaScript round trip): the summary takes focus, as after a background post.
  var rendered = document.getElementById(config.errorsId)
  if (rendered && form.contains(rendered) && opened !== rendered) rendered.focus()

  function el(tag, attrs, text) {
    var node = document.createElement(tag)
    for (var name in attrs) node.setAttribute(name, attrs[name])
    if (text !== undefined) node.textContent = text
    return node
  }

  /** Puts a <template>'s content in place of the form, and gives focus to what it holds, if asked. */
  function replaceForm(templateId, focus) {
    var template = document.getElementById(templateId)
    if (!template || !form.parentNode) return null
    var content = template.content.cloneNode(true)
    var first = content.firstElementChild
    form.parentNode.replaceChild(content, form)
    if (first && focus) first.focus()
    return first
  }

  function clearErrors() {
    var summary = document.getElementById(config.errorsId)
    if (summary && form.contains(summary)) summary.remove()
    var messages = form.querySelectorAll('.' + config.classes.fieldError)
    for (var i = 0; i < messages.length; i++) messages[i].remove()
    var invalid = form.querySelectorAll('[aria-invalid]')
    for (var j = 0; j < invalid.length; j++) {
      var control = invalid[j]
      control.removeAttribute('aria-invalid')
      var hint = document.getElementById(control.id + '-aide')
      if (hint) control.setAttribute('aria-describedby', hint.id)
      else control.removeAttribute('aria-describedby')
    }
  }

  /** The same markup as the server's (RsvpForm.tsx): summary with links, message under each field. */
  function showErrors(errors) {
    clearErrors()
    var summary = el('div', { tabindex: '-1', role: 'alert', class: config.classes.errors, id: config.errorsId })
    var heading = el('p')
    heading.appendChild(
      el(
        'strong',
        {},
        errors.length > 1 ? config.texts.manyErrors.replace('{n}', String(errors.length)) : config.texts.oneError,
      ),
    )
    summary.appendChild(heading)
    var list = el('ul')
    errors.forEach(function (error) {
      var id = 'rsvp-' + error.path
      var control = form.querySelector('#' + CSS.escape(id))
      var item = el('li')
      if (control) {
        item.appendChild(el('a', { href: '#' + id }, error.message))
        var message = el('p', { id: id + '-erreur', class: config.classes.fieldError }, error.message)
        control.closest('div').appendChild(message)
        control.setAttribute('aria-invalid', 'true')
        var hint = document.getElementById(id + '-aide')
        control.setAttribute('aria-describedby', (hint ? hint.id + ' ' : '') + message.id)
      } else item.textContent = error.message
      list.appendChild(item)
    })
    summary.appendChild(list)
    form.insertBefore(summary, form.firstChild)
    document.title = config.titles.error
    summary.focus()
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault()
    if (sending) return
    sending = true
    if (button) {
      button.disabled = true
      button.textContent = config.texts.sending
    }
    var done = function () {
      sending = false
      if (button) {
        button.disabled = false
        button.textContent = label
      }
    }
    fetch(form.action, { method: 'POST', headers: { Accept: 'application/json' }, body: new FormData(form) })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return {}
          })
          .then(function (body) {
            done()
            if (response.ok && body.ok) {
              var outcome = body.status === 'waiting' ? 'waiting' : 'confirmed'
              document.title = config.titles[outcome]
              replaceForm(config.templates[outcome], true)
            } else
              showErrors(
                body.errors && body.errors.length ? body.errors : [{ path: 'form', message: config.texts.failed }],
              )
          })
      })
      .catch(function () {
        done()
        showErrors([{ path: 'form', message: config.texts.offline }])
      })
  })

  // The deadline, checked again in the browser: the message replacing the form takes focus if the form had it.
  var timer = setInterval(check, 30000)
  function check() {
    if (!form.parentNode) return clearInterval(timer) // answered: nothing left to close
    if (Date.now() < Date.parse(config.closesAt)) return
    clearInterval(timer)
    replaceForm(config.templates.closed, form.contains(document.activeElement))
  }
  check()
})()

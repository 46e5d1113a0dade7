import { css } from '../inlineCss'

/**
 * The RSVP block's styles (class names in ./classes.ts), written inline by RsvpArea: React hoists the <style>
 * into the <head>, once. As a CSS module they were a render-blocking stylesheet on every event page
 * (Lighthouse mobile: FCP and LCP ≈ 0.3 s later than on the other pages).
 */
export const rsvpCss = css`
  /* Error red #b00020 on white: 6.9:1; confirmation green #0a5c2b on #e8f5ec: 7.4:1. */
  .rsvp {
    border-top: 1px solid #c9ced8;
    margin-top: 2rem;
  }
  .rsvp-form {
    display: grid;
    gap: 1rem;
    max-width: 40rem;
  }
  .rsvp-field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .rsvp-field input[type='text'],
  .rsvp-field input[type='email'],
  .rsvp-field input[type='number'],
  .rsvp-field select,
  .rsvp-field textarea {
    font: inherit;
    padding: 0.5rem;
    border: 1px solid #5c5f6a;
    border-radius: 4px;
    max-width: 100%;
  }
  /* Above « .rsvp-field input[type='text'] » (0,2,1): every invalid control gets the red border, not only the select. */
  .rsvp-form .rsvp-field [aria-invalid='true'] {
    border: 2px solid #b00020;
  }
  .rsvp-hint {
    margin: 0;
    font-size: 0.95rem;
    color: #4a4a55;
  }
  .rsvp-checkbox .rsvp-hint {
    grid-column: 2;
  }
  .rsvp-required {
    margin: 0;
  }
  .rsvp-checkbox {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5rem;
  }
  .rsvp-checkbox input {
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.2rem;
  }
  .rsvp-checkbox .rsvp-field-error {
    grid-column: 1 / -1;
  }
  .rsvp-field-error {
    color: #b00020;
    font-weight: 600;
    margin: 0;
  }
  .rsvp-errors {
    border: 2px solid #b00020;
    padding: 0.75rem 1rem;
    border-radius: 4px;
  }
  .rsvp-errors a {
    color: #b00020;
  }
  .rsvp-done:focus,
  .rsvp-closed:focus,
  .rsvp-errors:focus {
    outline: 3px solid #0b57d0;
    outline-offset: 2px;
  }
  .rsvp-done {
    background: #e8f5ec;
    color: #0a5c2b;
    border-left: 4px solid #0a5c2b;
    padding: 0.75rem 1rem;
  }
  .rsvp-closed {
    background: #f3f5f9;
    border-left: 4px solid #4a4a55;
    padding: 0.75rem 1rem;
  }
  .rsvp-privacy {
    font-size: 0.9rem;
    color: #4a4a55;
    max-width: 40rem;
  }
  .rsvp-privacy h3 {
    font-size: 1rem;
  }
  .rsvp-trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  /* A transparent border, not none: forced-colours mode drops backgrounds and paints borders, so the button keeps its outline. */
  .rsvp-form button {
    font: inherit;
    padding: 0.6rem 1.25rem;
    background: #a4003c;
    color: #fff;
    border: 2px solid transparent;
    border-radius: 4px;
    cursor: pointer;
    justify-self: start;
  }
  @media (forced-colors: active) {
    .rsvp-form button {
      border-color: ButtonText;
    }
  }
  .rsvp-form button[disabled] {
    opacity: 0.7;
  }
`

import { describe, expect, it } from '@jest/globals'

import { pageWindow } from '../../src/components/pageWindow'

describe('pagination window', () => {
  it('links every page of a short list', () => {
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps a long list to the ends and the neighbours of the current page', () => {
    expect(pageWindow(500, 1000)).toEqual([1, null, 498, 499, 500, 501, 502, null, 1000])
    expect(pageWindow(1, 1000)).toEqual([1, 2, 3, null, 1000])
    expect(pageWindow(1000, 1000)).toEqual([1, null, 998, 999, 1000])
  })

  it('shows no gap where only neighbours are missing', () => {
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })
})

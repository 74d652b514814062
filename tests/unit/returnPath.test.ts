/** Where signing in leads: only a known portal path, whatever `next` says (the usual open-redirect payloads). */
import { readdirSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { PORTAL_SECTIONS, safeReturnPath, signInPath } from '@/portal/returnPath'

import { OPEN_REDIRECT_PAYLOADS, PORTAL_RETURN_PATHS } from '../helpers/openRedirectPayloads'

describe('the return path after signing in', () => {
  it.each(OPEN_REDIRECT_PAYLOADS.map((p) => [JSON.stringify(p), p]))('refuses %s', (_, payload) => {
    expect(safeReturnPath(payload)).toBe('/dashboard')
  })

  it.each(PORTAL_RETURN_PATHS)('follows the portal path %s', (portalPath) => {
    expect(safeReturnPath(portalPath)).toBe(portalPath)
  })

  it('refuses what is not one string', () => {
    for (const value of [undefined, null, 42, ['/dashboard'], { toString: () => '/dashboard' }]) expect(safeReturnPath(value)).toBe('/dashboard')
  })

  it('knows every section of the portal, and nothing else', () => {
    const portal = path.resolve(import.meta.dirname, '../../src/app/(site)/(portal)')
    const sections = readdirSync(portal, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !/^[([_@]/.test(entry.name))
      .map((entry) => entry.name)
    expect([...PORTAL_SECTIONS].sort()).toEqual(sections.sort())
  })

  it('sends anonymous visitors to sign in with a return path that is safe to put in a Location header', () => {
    expect(signInPath('/assessment/12/report')).toBe('/sign-in?next=%2Fassessment%2F12%2Freport')
    expect(signInPath('/actions/\n1')).toBe('/sign-in?next=%2Fdashboard')
    expect(signInPath('/scrapbook/\u3000')).toBe('/sign-in?next=%2Fdashboard')
  })
})

/** The pure parts of a setting's own data: which fields are secret or personal, the export's file names, CSV shaping. */
import { describe, expect, it } from 'vitest'

import { csvCell, csvHeader, csvRows, exportZipName, field, imageEntryName, isSecretField, withoutSecrets } from '@/data/exportFiles'
import { EXPORT_SECTIONS, answerRows } from '@/data/exportSections'
import { PERSONAL_DATA, anonymousStaffName, confirmsSettingName } from '@/data/personalData'
import { erasureCountLines } from '@/email/dataEmails'

describe('secrets never exported', () => {
  it('knows how accounts sign in from who they are', () => {
    for (const secret of [
      'hash',
      'salt',
      'sessions',
      'resetPasswordToken',
      'resetPasswordExpiration',
      'loginAttempts',
      'lockUntil',
      'tokenHash',
      'fileLocation',
      'invitationTokenHash',
    ])
      expect(isSecretField(secret), secret).toBe(true)
    for (const plain of ['name', 'email', 'role', 'sessionsAttended', 'verificationCode', 'session', 'status']) expect(isSecretField(plain), plain).toBe(false)
  })

  it('strips secrets at any depth and leaves the rest as it was', () => {
    const user = { id: 1, name: 'Ann', hash: 'h', salt: 's', sessions: [{ id: 'x' }], nested: { apiKeyToken: 't', keep: 2 }, list: [{ hash: 1, ok: true }] }
    expect(withoutSecrets(user)).toEqual({ id: 1, name: 'Ann', nested: { keep: 2 }, list: [{ ok: true }] })
  })

  it('the accounts section is a whitelist without secrets', () => {
    const accounts = EXPORT_SECTIONS.find((s) => s.collection === 'users')!
    expect(Object.keys(accounts.select ?? {}).filter(isSecretField)).toEqual([])
    expect(accounts.select).toBeDefined()
  })

  it('every section reads by its setting', () => {
    for (const s of EXPORT_SECTIONS) expect(s.settingField === 'id' ? s.collection : 'setting').toBe(s.settingField === 'id' ? 'settings' : s.settingField)
  })
})

describe('file names', () => {
  it('names the zip after the setting and the day', () => {
    expect(exportZipName('Brookside Primary School', '2026-11-28T23:59:00Z')).toBe('brookside-primary-school-data-2026-11-28.zip')
    expect(exportZipName('St. Mary’s C of E (Aided)', new Date('2026-01-02T00:00:00Z'))).toBe('st-mary-s-c-of-e-aided-data-2026-01-02.zip')
    expect(exportZipName('***', '2026-01-02')).toBe('setting-data-2026-01-02.zip')
  })

  it('keeps every image inside images/', () => {
    expect(imageEntryName(7, 'calm corner.jpg')).toBe('images/7-calm-corner.jpg')
    expect(imageEntryName(8, '../../etc/passwd')).toBe('images/8-passwd')
    expect(imageEntryName(9, '..')).toBe('images/9-image')
    expect(imageEntryName(10, null)).toBe('images/10-image')
  })
})

describe('CSV shaping', () => {
  it('turns values into cells', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(3.5)).toBe(3.5)
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(true)).toBe('yes')
    expect(csvCell({ id: 12, name: 'x' })).toBe(12)
    expect(csvCell([1, { id: 2 }])).toBe('1; 2')
    expect(csvCell({ a: 1 })).toBe('{"a":1}')
    expect(csvCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`)
  })

  it('writes a header with a BOM and rows without', () => {
    const cols = [field('id'), field('results.overall.percentage', 'Overall %'), field('hash', 'Hash')]
    expect(csvHeader(cols)).toBe('\ufeffid,Overall %,Hash\r\n')
    // A secret cannot be reached even by a column that names it.
    expect(csvRows(cols, [{ id: 1, results: { overall: { percentage: 52.5 } }, hash: 'secret' }])).toBe('1,52.5,\r\n')
    expect(csvRows(cols, [])).toBe('')
  })

  it('one row per answer', () => {
    expect(answerRows({ id: 4, answers: [{ question: 9, value: '2', evidence: 'Policy' }] })).toEqual([
      { assessment: 4, question: 9, value: '2', evidence: 'Policy' },
    ])
    expect(answerRows({ id: 4 })).toEqual([])
  })
})

describe('personal data and erasure', () => {
  it('names the personal fields of the setting’s records', () => {
    const of = (c: string) => PERSONAL_DATA.find((p) => p.collection === c)
    expect(of('users')?.treatment).toBe('removed')
    expect(of('staff-members')?.fields).toEqual(['name', 'jobRole', 'email'])
    expect(of('case-studies')?.fields).toContain('author')
    expect(of('case-studies')?.fields).toContain('pupilConfirmation.confirmedBy')
    expect(of('actions')?.fields).toEqual(['owner'])
    // Results are not personal: they stay for the county figures.
    expect(PERSONAL_DATA.some((p) => ['latest_results', 'awards'].includes(p.collection))).toBe(false)
  })

  it('asks for the setting’s exact name, whatever the case and spacing', () => {
    expect(confirmsSettingName('brookside  primary school ', 'Brookside Primary School')).toBe(true)
    expect(confirmsSettingName('Brookside', 'Brookside Primary School')).toBe(false)
    expect(confirmsSettingName('', '')).toBe(false)
    expect(confirmsSettingName(undefined, 'X')).toBe(false)
    expect(confirmsSettingName(['X'], 'X')).toBe(false)
  })

  it('anonymous staff are numbered', () => {
    expect(anonymousStaffName(3)).toBe('Staff member 3')
  })

  it('the service’s email lists every count', () => {
    const lines = erasureCountLines({
      accountsRemoved: 2,
      sessionsEnded: 1,
      staffMembersAnonymised: 5,
      caseStudiesUnlinked: 1,
      assessmentsUnlinked: 3,
      actionOwnersCleared: 4,
      attendancesUnlinked: 6,
      exportsRemoved: 1,
      emailsCancelled: 0,
      joinRequestsAnonymised: 1,
    })
    expect(lines).toHaveLength(10)
    expect(lines[9]).toBe('1 join requests anonymised')
    expect(lines[0]).toBe('2 accounts removed')
  })
})

'use client'
/**
 * On a setting's edit view, for service admins: erase the setting's personal data. The admin types the setting's
 * name to confirm; POST /api/settings/:id/erase-personal-data does it in one transaction and logs it. Not a nested
 * form (the edit view is one): a field and a button, sent with fetch.
 */
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function EraseSettingData() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const router = useRouter()
  const name = useFormFields(([fields]) => fields.name?.initialValue) as string | undefined
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  if (!id || (user as { role?: string } | null)?.role !== 'service-admin') return null

  async function erase() {
    setProblem(null)
    setDone(null)
    setBusy(true)
    try {
      const res = await fetch(`/api/settings/${id}/erase-personal-data`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ confirmation: typed }),
      })
      const body = (await res.json().catch(() => null)) as { message?: string; errors?: { message?: string }[] } | null
      if (!res.ok) {
        setProblem(body?.errors?.[0]?.message || `Nothing was erased (error ${res.status}).`)
        return
      }
      setDone(body?.message ?? 'Erased.')
      setTyped('')
      router.refresh()
    } catch {
      setProblem('Nothing was erased: the Hub could not be reached. Try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="erase-setting-data" aria-labelledby="erase-setting-data-title" style={{ marginTop: 'calc(var(--base) * 2)' }}>
      <h3 id="erase-setting-data-title">Erase personal data</h3>
      <p>
        Removes the setting’s accounts, anonymises its staff list and unlinks people from its case studies, self-assessments, action plan and bookings. Results
        and counts stay for the county figures. This cannot be undone, and is recorded in the erasure log.
      </p>
      {problem && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <label htmlFor="erase-setting-data-confirmation" style={{ display: 'block', marginBottom: 'calc(var(--base) / 4)' }}>
        {`Type the setting’s name${name ? `, “${name}”,` : ''} to confirm`}
      </label>
      <input
        id="erase-setting-data-confirmation"
        type="text"
        autoComplete="off"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        style={{ width: '100%', marginBottom: 'calc(var(--base) / 2)' }}
      />
      <Button buttonStyle="error" size="medium" disabled={busy || !typed.trim()} onClick={erase}>
        Erase personal data
      </Button>
    </section>
  )
}

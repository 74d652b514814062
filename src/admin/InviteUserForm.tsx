'use client'
/** The admin's invitation form: posts the new account (with no password) to /api/users, which sends the invitation. */
import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { ROLES, ROLE_LABELS, isSettingRole } from '@/access/roles'

export function InviteUserForm({ settings, usersPath }: { settings: { id: number; label: string }[]; usersPath: string }) {
  const uid = useId()
  const [role, setRole] = useState<string>('setting-lead')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form)
    const body = {
      name: String(data.get('name') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      role,
      setting: isSettingRole(role) ? Number(data.get('setting')) || null : null,
    }
    setBusy(true)
    setProblem(null)
    setDone(null)
    try {
      const res = await fetch('/api/users', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      })
      if (!res.ok) {
        const answer = (await res.json().catch(() => null)) as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null
        const first = answer?.errors?.[0]
        setProblem(first?.data?.errors?.[0]?.message || first?.message || `The invitation was not sent (error ${res.status}). Try again.`)
        return
      }
      setDone(`Invitation sent to ${body.email}.`)
      form.reset()
    } catch {
      setProblem('The invitation was not sent: the Hub could not be reached. Try again.')
    } finally {
      setBusy(false)
    }
  }

  const field = { display: 'block', width: '100%', maxWidth: 480, padding: 8, marginTop: 4 } as const
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        void submit(event.currentTarget)
      }}
    >
      {problem && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', fontWeight: 'bold' }}>
          {problem}
        </p>
      )}
      {done && (
        <p role="status" style={{ fontWeight: 'bold' }}>
          {done} <a href={usersPath}>Back to users</a>
        </p>
      )}
      <p>
        <label htmlFor={`${uid}-name`}>Full name</label>
        <input id={`${uid}-name`} name="name" required maxLength={120} autoComplete="off" style={field} />
      </p>
      <p>
        <label htmlFor={`${uid}-email`}>Email address</label>
        <input id={`${uid}-email`} name="email" type="email" required autoComplete="off" style={field} />
      </p>
      <p>
        <label htmlFor={`${uid}-role`}>Role</label>
        <select id={`${uid}-role`} name="role" value={role} onChange={(e) => setRole(e.target.value)} style={field}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </p>
      {isSettingRole(role) && (
        <p>
          <label htmlFor={`${uid}-setting`}>Setting</label>
          <select id={`${uid}-setting`} name="setting" required style={field}>
            <option value="">Choose a setting</option>
            {settings.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </p>
      )}
      <Button type="submit" disabled={busy}>
        Send the invitation
      </Button>
    </form>
  )
}

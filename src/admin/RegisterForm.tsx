'use client'
/**
 * The register of one session: attended or absent for everyone with a place, and "came without a place" for the
 * waiting list, sent in ONE submission to /api/training-sessions/:id/register. The endpoint stores all the marks or
 * none; its message is shown when it refuses.
 */
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

export interface RegisterFormLine {
  id: number
  staffName: string
  jobRole: string
  settingName: string
  status: string
}

type Choice = 'attended' | 'absent' | ''

export function RegisterForm({ sessionId, places, waiting }: { sessionId: number; places: RegisterFormLine[]; waiting: RegisterFormLine[] }) {
  const router = useRouter()
  const initial = (line: RegisterFormLine): Choice => (line.status === 'attended' || line.status === 'absent' ? line.status : '')
  const [choices, setChoices] = useState<Record<number, Choice>>(() => Object.fromEntries([...places, ...waiting].map((l) => [l.id, initial(l)])))
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const choose = (id: number, choice: Choice) => setChoices((c) => ({ ...c, [id]: choice }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const original = new Map([...places, ...waiting].map((l) => [l.id, initial(l)]))
    const marks = Object.entries(choices)
      .filter(([id, choice]) => choice && choice !== original.get(Number(id)))
      .map(([id, status]) => ({ attendance: Number(id), status }))
    setProblem(null)
    setDone(null)
    if (marks.length === 0) {
      setProblem('Mark at least one person attended or absent before saving the register.')
      return
    }
    setBusy(true)
    try {
      const res = await fetch(`/api/training-sessions/${sessionId}/register`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ marks }),
      })
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
        setProblem(`Nothing was saved. ${body?.errors?.[0]?.message || `The register was refused (error ${res.status}).`}`)
        return
      }
      setDone(`Register saved: ${marks.length} ${marks.length === 1 ? 'mark' : 'marks'} recorded.`)
      router.refresh()
    } catch {
      setProblem('Nothing was saved: the Hub could not be reached. Try again.')
    } finally {
      setBusy(false)
    }
  }

  const allAttended = () => setChoices((c) => ({ ...c, ...Object.fromEntries(places.map((l) => [l.id, 'attended' as Choice])) }))

  return (
    <form className="register__form" aria-label="Attendance register" onSubmit={submit} noValidate>
      {problem && (
        <p className="register__error" role="alert">
          {problem}
        </p>
      )}
      <table className="register__table">
        <caption>Booked places ({places.length})</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Job role</th>
            <th scope="col">Setting</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {places.map((line) => (
            <tr key={line.id}>
              <th scope="row">{line.staffName}</th>
              <td>{line.jobRole || '—'}</td>
              <td>{line.settingName}</td>
              <td>
                <fieldset className="register__marks">
                  <legend className="visually-hidden">Attendance of {line.staffName}</legend>
                  {(['attended', 'absent'] as const).map((mark) => (
                    <label key={mark}>
                      <input type="radio" name={`mark-${line.id}`} value={mark} checked={choices[line.id] === mark} onChange={() => choose(line.id, mark)} />{' '}
                      {mark === 'attended' ? 'Attended' : 'Absent'}
                    </label>
                  ))}
                </fieldset>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {waiting.length > 0 && (
        <table className="register__table">
          <caption>Waiting list, in order ({waiting.length}): mark only those who came without a place</caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Name</th>
              <th scope="col">Setting</th>
              <th scope="col">Attendance</th>
            </tr>
          </thead>
          <tbody>
            {waiting.map((line, i) => (
              <tr key={line.id}>
                <td>{i + 1}</td>
                <th scope="row">{line.staffName}</th>
                <td>{line.settingName}</td>
                <td>
                  <label>
                    <input type="checkbox" checked={choices[line.id] === 'attended'} onChange={(e) => choose(line.id, e.target.checked ? 'attended' : '')} />{' '}
                    Came without a place: attended
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="register__buttons">
        <Button type="button" buttonStyle="secondary" disabled={busy} onClick={allAttended}>
          Mark everyone booked as attended
        </Button>
        <Button type="submit" buttonStyle="primary" disabled={busy}>
          Save the register
        </Button>
      </div>
      {done && (
        <p className="register__done" role="status">
          {done}
        </p>
      )}
    </form>
  )
}

'use client'
/** A "Print" button, shown only once JavaScript runs (without it the browser's own Print does the same). */
import { useEffect, useState } from 'react'

export function PrintButton({ label = 'Print this page' }: { label?: string }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  )
}

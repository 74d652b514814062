'use client'
/**
 * A button that opens the browser's print dialog (the page's print stylesheet does the rest). Shown only once
 * JavaScript runs: without it the browser's own Print does the same, and a button that does nothing would mislead.
 */
import { useEffect, useState } from 'react'

export function PrintButton({ label = 'Print this page', className = 'button button--secondary no-print' }: { label?: string; className?: string }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <button type="button" className={className} onClick={() => window.print()}>
      {label}
    </button>
  )
}

'use client'
/** A button that opens the browser's print dialog (the page's print stylesheet does the rest); hidden when printing. */
export function PrintButton({ label, className = 'button button--secondary no-print' }: { label: string; className?: string }) {
  return (
    <button type="button" className={className} onClick={() => window.print()}>
      {label}
    </button>
  )
}

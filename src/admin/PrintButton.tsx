'use client'
/** "Print the sign-in sheet": the browser's print dialog (the sheet's print stylesheet does the rest). */
export function PrintButton() {
  return (
    <button type="button" className="sign-in-sheet__print" onClick={() => window.print()}>
      Print the sign-in sheet
    </button>
  )
}

/** Tells a lead that answers were dropped from their draft because the service has retired those questions. */
export function RetiredAnswersNotice({ retired }: { retired: unknown }) {
  const n = typeof retired === 'string' && /^\d{1,3}$/.test(retired) ? Number(retired) : 0
  if (n < 1) return null
  return (
    <div className="notification" role="status">
      <p>
        {n === 1 ? 'One answer was' : `${n} answers were`} removed from this self-assessment because the service has since retired{' '}
        {n === 1 ? 'that question' : 'those questions'}. Your other answers are saved.
      </p>
    </div>
  )
}

'use client'
/** On a training session's edit view: links to its register and printable sign-in sheet (once the session is saved). */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import Link from 'next/link'

export function RegisterLink() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id) return null
  const base = `${config.routes.admin}/register/${id}`
  return (
    <nav className="register-link" aria-label="Register">
      <Link href={base}>Open the register</Link>
      <Link href={`${base}/sheet`}>Print the sign-in sheet</Link>
    </nav>
  )
}

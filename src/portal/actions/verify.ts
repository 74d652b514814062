'use server'
/** The public certificate-number form: a found certificate opens its verification page; every miss reads alike. */
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { requestNetworkFrom } from '@/auth/clientAddress'
import { TooManyRequests, takeCertificateLookup } from '@/auth/requestLimits'
import { verificationCodeForNumber } from '@/awards/verification'
import { payloadSecret, trustedProxies } from '@/config/env'

import { hubPayload } from '../payload'
import { type FormState, field } from './formState'

/** The one answer for any number that does not open a certificate, whether or not such a number was ever issued. */
const NOT_FOUND_MESSAGE = 'We could not find that certificate. Check the certificate number and try again.'

export async function findCertificateByNumber(_: FormState, form: FormData): Promise<FormState> {
  const number = field(form, 'certificateNumber').slice(0, 100)
  if (!number) return { errors: [{ field: 'certificateNumber', message: 'Enter the certificate number' }], values: { certificateNumber: number } }
  const payload = await hubPayload()
  try {
    await takeCertificateLookup(payload, requestNetworkFrom(await headers(), trustedProxies, payloadSecret()))
  } catch (error) {
    if (error instanceof TooManyRequests) return { errors: [{ field: 'certificateNumber', message: error.message }], values: { certificateNumber: number } }
    throw error
  }
  const code = await verificationCodeForNumber(payload, number)
  if (!code) return { errors: [{ field: 'certificateNumber', message: NOT_FOUND_MESSAGE }], values: { certificateNumber: number } }
  redirect(`/verify/${encodeURIComponent(code)}`)
}

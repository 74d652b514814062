/** Who the Hub's email comes from (MAIL_FROM), as a name and an address: the sender of every email and the organiser of every calendar invitation. */
import { mailFrom } from '@/config/env'

export function parseFrom(from: string): { address: string; name: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1].replace(/^"|"$/g, ''), address: match[2] } : { name: 'Compassionate Schools Hub', address: from.trim() }
}

export const sender = parseFrom(mailFrom)

import { describe, expect, it } from 'vitest'

import { MIN_PASSWORD_LENGTH, checkPassword } from '@/auth/passwordPolicy'

describe('checkPassword', () => {
  it('accepts a long passphrase', () => {
    expect(checkPassword('kettle-orchard-violin-47')).toBeNull()
    expect(checkPassword('compassionate-demo')).toBeNull()
  })

  it('refuses anything shorter than 12 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12)
    expect(checkPassword('Abcdefgh12!')).toMatch(/at least 12 characters/)
    expect(checkPassword('kettleorchar')).toBeNull()
  })

  it('refuses an empty or missing password with a clear message', () => {
    expect(checkPassword('')).toBe('Enter a password.')
    expect(checkPassword(undefined)).toBe('Enter a password.')
  })

  it.each([
    'password1234',
    'Password1234!',
    'qwertyuiop123',
    '123456789012',
    'iloveyou2024!!',
    'Lancashire2025',
    'Welcome123456',
    'aaaaaaaaaaaaaa',
    'abababababab',
    'zxcvbnm12345!',
    '0987654321098',
  ])('refuses the common or guessable %s', (password) => {
    expect(checkPassword(password)).toMatch(/too common|repeats|harder to guess/)
  })

  it('refuses a password containing the email name or the person’s name', () => {
    expect(checkPassword('amira.patel-secure-1', { email: 'amira.patel@brookside.example.org' })).toMatch(/email address/)
    expect(checkPassword('hargreaves-rocks-42', { name: 'Tom Hargreaves' })).toMatch(/your name/)
  })

  it('refuses an absurdly long password', () => {
    expect(checkPassword('x'.repeat(300))).toMatch(/256 characters or fewer/)
  })
})

/** The RAG colours of charts: fills with a dark outline, and text that passes WCAG contrast on white. */
import type { Rag } from '@/assessment/scoring'

export const RAG_FILL: Record<Rag, string> = { red: '#d4351c', amber: '#f47738', green: '#00703c' }
export const RAG_WORD: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' }
export const TEXT = '#0b0c0c'
export const MUTED = '#484949'
export const GRID = '#b1b4b6'

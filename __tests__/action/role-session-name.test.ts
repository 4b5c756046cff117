import { describe, expect, it } from '@jest/globals'
import { roleSessionName } from '../../src/action/role-session-name.js'

const VALID = /^[\w+=,.@-]{2,64}$/

describe('roleSessionName', () => {
  it('identifies the repository run by default', () => {
    const name = roleSessionName('', {
      GITHUB_REPOSITORY: 'imboard-ai/dossier',
      GITHUB_RUN_ID: '987',
      GITHUB_RUN_ATTEMPT: '2',
    })
    expect(name).toBe('dossier-sign@imboard-ai.dossier-987-2')
  })

  it('keeps the run id and attempt when the repository name is long', () => {
    const name = roleSessionName('', {
      GITHUB_REPOSITORY: `org/${'r'.repeat(100)}`,
      GITHUB_RUN_ID: '12345678901',
      GITHUB_RUN_ATTEMPT: '3',
    })
    expect(name).toMatch(VALID)
    expect(name.endsWith('-12345678901-3')).toBe(true)
  })

  it.each(['my session/with:bad*chars', 'x', 'ü'.repeat(80)])('sanitises %s', (requested) => {
    expect(roleSessionName(requested, {})).toMatch(VALID)
  })
})

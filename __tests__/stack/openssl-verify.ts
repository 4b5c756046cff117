import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Runs `openssl dgst -<hash> -verify`; PSS with a digest-length salt, as KMS signs. */
export function opensslVerifies(options: {
  hash: 'sha256' | 'sha384' | 'sha512'
  pss: boolean
  publicKeyPem: string
  message: Buffer
  signature: Buffer
}): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'stack-openssl-'))
  try {
    writeFileSync(join(dir, 'pub.pem'), options.publicKeyPem)
    writeFileSync(join(dir, 'msg'), options.message)
    writeFileSync(join(dir, 'sig'), options.signature)
    const pss = options.pss
      ? ['-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:digest']
      : []
    const args = [
      'dgst',
      `-${options.hash}`,
      ...pss,
      '-verify',
      'pub.pem',
      '-signature',
      'sig',
      'msg',
    ]
    try {
      return (
        execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' }).trim() ===
        'Verified OK'
      )
    } catch {
      return false
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * One line that says why a path cannot be read, from the error Node's file system threw:
 * "broken symbolic link (to notes/a.md)", "symbolic link loop", "permission denied"…
 * instead of a stack trace.
 */
import { lstatSync, readlinkSync } from 'node:fs'

/** Why `path` cannot be read, in a few words. */
export function fileProblem(path: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT': {
      const target = linkTarget(path)
      return target === undefined ? 'no such file or directory' : `broken symbolic link (to ${target})`
    }
    case 'ELOOP':
      return 'symbolic link loop (it points back at itself)'
    case 'EISDIR':
      return 'is a directory, not a file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory'
    case 'ENAMETOOLONG':
      return 'path too long'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined

/** Where a symbolic link points, or undefined when `path` is not one. */
function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined
  } catch {
    return undefined
  }
}

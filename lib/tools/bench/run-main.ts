/** Runs a bench script's `main` and sets the exit status: its result, or 1 with the error printed. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
      process.exitCode = 1
    },
  )
}

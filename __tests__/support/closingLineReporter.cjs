// Prints one plain closing line, "Tests: N passed, N failed[, N skipped]", after jest's own summary,
// so CI logs end with a line any reader can count.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${results.numFailedTests + results.numRuntimeErrorTestSuites} failed${tail}\n`)
  }
}
module.exports = ClosingLineReporter

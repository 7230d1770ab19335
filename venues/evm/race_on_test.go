//go:build race

package evm_test

// raceEnabled: build helper binaries with -race too, so that they reuse the
// packages this test binary was compiled from.
const raceEnabled = true

//go:build !race

package evm_test

const raceEnabled = false

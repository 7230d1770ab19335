//go:build race

package binance_test

// raceEnabled: the race detector slows the transport about fivefold, so the
// end-to-end event count is cut to keep the package under a minute.
const raceEnabled = true

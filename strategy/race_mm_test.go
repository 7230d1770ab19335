//go:build race

package strategy_test

// raceEnabled: the race detector slows the simulated market about
// fifteenfold, so the market-making day is cut to hours under it; scripts/test
// runs the full day without it.
const raceEnabled = true

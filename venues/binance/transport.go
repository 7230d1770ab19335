package binance

import "github.com/navarb/navarb/venues/binance/internal/wsserve"

// InstallStreamTransport runs every go-binance stream (spot and USD-M,
// market and user data) on a transport without go-binance's data race on
// stop and without its lingering keepAlive goroutine. Call it where
// go-binance's package variables are set, before any stream starts; later
// calls do nothing.
func InstallStreamTransport() { wsserve.Install() }

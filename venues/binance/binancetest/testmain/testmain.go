// Package testmain runs a test binary against one local Binance-protocol
// exchange (binancetest). go-binance keeps its WebSocket base URLs in
// package variables, so a test binary may point them at one exchange only:
// Run is the one place tests set them. It is imported by tests only (it
// pulls in goleak), never by the navarb binary.
package testmain

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"testing"

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/futures"
	"go.uber.org/goleak"

	"github.com/navarb/navarb/venues/binance/binancetest"
	"github.com/navarb/navarb/venues/binance/internal/wsserve"
)

// Run starts an exchange with opts on 127.0.0.1, points go-binance's spot
// and futures WebSocket base URLs at it, hands it to ready (which stores it
// for the tests), runs the tests, closes the exchange and exits through
// goleak's check, with no goroutine excused: go-binance's streams run on
// internal/wsserve's transport, which leaves none behind. Run does not
// return.
func Run(m *testing.M, opts binancetest.Options, ready func(*binancetest.Exchange)) {
	x, err := binancetest.New(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "binancetest:", err)
		os.Exit(1)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if err := x.Start(ctx, "127.0.0.1:0"); err != nil {
		cancel()
		fmt.Fprintln(os.Stderr, "binancetest:", err)
		os.Exit(1)
	}
	wsserve.Install()
	gobinance.BaseWsMainURL = x.WSURL()
	gobinance.BaseCombinedMainURL = x.CombinedURL()
	futures.BaseWsMainUrl = x.FuturesWSURL()
	futures.BaseCombinedMainURL = x.FuturesCombinedURL()
	ready(x)

	goleak.VerifyTestMain(runThenClose{m, func() {
		cancel()
		// Connections dialed for requests cancelled at shutdown sit idle in
		// the client's pool; the server would wait for them on Close.
		http.DefaultTransport.(*http.Transport).CloseIdleConnections()
		x.Close() //nolint:errcheck // test teardown
	}})
}

// runThenClose closes the exchange after the tests and before goleak looks.
type runThenClose struct {
	m     *testing.M
	after func()
}

func (r runThenClose) Run() int {
	code := r.m.Run()
	r.after()
	return code
}

package binancetest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/rs/zerolog"
)

// Exchange is a local Binance-protocol exchange. Make it with New, serve it
// with Start, stop it with Close.
type Exchange struct {
	o   Options
	log zerolog.Logger

	mu       sync.Mutex
	spot     map[string]*market
	fut      map[string]*market
	acct     *spotAccount
	facct    *futuresAccount
	keys     map[string]*listenKey
	limits   [2]*limiter // spot, futures
	faults   faults
	requests map[string]int
	conns    map[*wsConn]struct{}
	closed   bool
	ids      uint64
	upgrader websocket.Upgrader

	srv       *http.Server
	addr      string
	stop      chan struct{}
	wg        sync.WaitGroup
	closeOnce sync.Once
}

// New builds an exchange from o; it does no I/O.
func New(o Options) (*Exchange, error) {
	if err := o.validate(); err != nil {
		return nil, fmt.Errorf("binancetest: new: %w", err)
	}
	o = o.withDefaults()
	x := &Exchange{
		o:        o,
		log:      o.Log.With().Str("venue", "binancetest").Logger(),
		spot:     map[string]*market{},
		fut:      map[string]*market{},
		keys:     map[string]*listenKey{},
		requests: map[string]int{},
		conns:    map[*wsConn]struct{}{},
		stop:     make(chan struct{}),
		upgrader: websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }},
	}
	for _, r := range o.Symbols {
		x.spot[r.Symbol] = newMarket(r, false)
	}
	for _, r := range o.FuturesSymbols {
		x.fut[r.Symbol] = newMarket(r, true)
	}
	x.acct = newSpotAccount(o.Balances)
	x.facct = newFuturesAccount(o.FuturesWallet, o.Leverage)
	x.limits[0] = newLimiter(o.WeightLimit, o.OrderLimit10s)
	x.limits[1] = newLimiter(o.FuturesWeightLimit, o.OrderLimit10s)
	return x, nil
}

// Start listens on addr ("127.0.0.1:0" picks a free port) and serves in the
// background until Close (or until ctx is done). It returns once the
// listener is open, so URL is valid right after.
func (x *Exchange) Start(ctx context.Context, addr string) error {
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("binancetest: start: %w", err)
	}
	x.addr = ln.Addr().String()
	x.srv = &http.Server{Handler: x.routes(), ReadHeaderTimeout: 10 * time.Second}
	x.wg.Add(3)
	go func() {
		defer x.wg.Done()
		if err := x.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			x.log.Error().Err(err).Msg("serve")
		}
	}()
	go func() {
		defer x.wg.Done()
		x.tickLoop()
	}()
	go func() {
		defer x.wg.Done()
		select {
		case <-ctx.Done():
			go x.Close() //nolint:errcheck // Close waits for this goroutine
		case <-x.stop:
		}
	}()
	x.log.Debug().Str("addr", x.addr).Msg("started")
	return nil
}

// Close stops the server, drops every WebSocket connection and waits for
// all goroutines to end. It is safe to call more than once.
func (x *Exchange) Close() error {
	var err error
	x.closeOnce.Do(func() {
		close(x.stop)
		x.mu.Lock()
		x.closed = true
		conns := make([]*wsConn, 0, len(x.conns))
		for c := range x.conns {
			conns = append(conns, c)
		}
		x.mu.Unlock()
		for _, c := range conns {
			c.close()
		}
		if x.srv != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			err = x.srv.Shutdown(ctx)
			cancel()
		}
		x.wg.Wait()
	})
	if err != nil {
		return fmt.Errorf("binancetest: close: %w", err)
	}
	return nil
}

// Addr is the listening address ("127.0.0.1:PORT").
func (x *Exchange) Addr() string { return x.addr }

// URL is the REST base for spot (/api/v3/...) and futures (/fapi/...):
// client.BaseURL for both go-binance clients.
func (x *Exchange) URL() string { return "http://" + x.addr }

// WSURL is the spot raw stream base: binance.BaseWsMainURL.
func (x *Exchange) WSURL() string { return "ws://" + x.addr + "/ws" }

// CombinedURL is the spot combined stream base: binance.BaseCombinedMainURL.
func (x *Exchange) CombinedURL() string { return "ws://" + x.addr + "/stream?streams=" }

// FuturesWSURL is the futures raw stream base: futures.BaseWsMainUrl.
func (x *Exchange) FuturesWSURL() string { return "ws://" + x.addr + "/fws" }

// FuturesCombinedURL is the futures combined stream base:
// futures.BaseCombinedMainURL.
func (x *Exchange) FuturesCombinedURL() string {
	return "ws://" + x.addr + "/fstream?streams="
}

// now is exchange time.
func (x *Exchange) now() time.Time { return x.o.Clock() }

// market returns the spot or futures market for symbol.
func (x *Exchange) market(futures bool, symbol string) (*market, bool) {
	if futures {
		m, ok := x.fut[symbol]
		return m, ok
	}
	m, ok := x.spot[symbol]
	return m, ok
}

// tickLoop flushes depth batches and expires listen keys.
func (x *Exchange) tickLoop() {
	t := time.NewTicker(x.o.DepthInterval)
	defer t.Stop()
	for {
		select {
		case <-x.stop:
			return
		case <-t.C:
			x.mu.Lock()
			x.flushAll()
			x.expireKeys(false)
			x.mu.Unlock()
		}
	}
}

package binancetest

import (
	"errors"
	"fmt"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues/sim/matching"
)

// Options configure an Exchange. Zero values take the defaults noted.
type Options struct {
	// Symbols are the spot symbols; FuturesSymbols the USD-M perpetuals.
	Symbols        []matching.SymbolRules
	FuturesSymbols []matching.SymbolRules
	// APIKey and SecretKey are the connector's account (HMAC-SHA256).
	APIKey, SecretKey string
	// Balances are the connector account's initial spot balances.
	Balances map[string]decimal.Decimal
	// FuturesWallet is the connector's initial USD-M wallet balance in the
	// futures symbols' margin asset (USDT).
	FuturesWallet decimal.Decimal
	// Leverage is the initial leverage of every futures symbol (default 20).
	Leverage int
	// MakerFee and TakerFee are commission rates (0.001 = 0.1%), served by
	// the commission endpoints and charged on every fill.
	MakerFee, TakerFee decimal.Decimal
	// DepthInterval is the diff stream cadence (default 100ms).
	DepthInterval time.Duration
	// PingInterval is how often the server pings WebSocket clients
	// (default 20s); PongWait how long it waits for any frame before
	// dropping the connection (default 60s).
	PingInterval, PongWait time.Duration
	// WeightLimit is the spot request weight allowed per minute (default
	// 6000); FuturesWeightLimit the futures one (default 2400).
	WeightLimit, FuturesWeightLimit int
	// OrderLimit10s is the number of orders allowed per 10 seconds (default
	// 100); over it orders fail with 429 -1015.
	OrderLimit10s int
	// BanAfter is how many requests a client may send after a 429 in the
	// same minute before it is banned with 418 (default 3) for BanDuration
	// (default 2m).
	BanAfter    int
	BanDuration time.Duration
	// MaxRecvWindow bounds recvWindow (default 60000 ms); recvWindow
	// defaults to 5000 ms when the request omits it.
	MaxRecvWindow time.Duration
	// ListenKeyTTL is how long a listen key lives without keepalive
	// (default 60m).
	ListenKeyTTL time.Duration
	// SendBuffer is the per-connection queue of WebSocket messages; a client
	// that falls further behind is disconnected (default 4096).
	SendBuffer int
	// Clock gives exchange time (timestamps, weight windows, recvWindow,
	// listen key expiry). Default time.Now.
	Clock func() time.Time
	Log   zerolog.Logger
}

func (o Options) withDefaults() Options {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	defInt := func(i *int, v int) {
		if *i <= 0 {
			*i = v
		}
	}
	def(&o.DepthInterval, 100*time.Millisecond)
	def(&o.PingInterval, 20*time.Second)
	def(&o.PongWait, 60*time.Second)
	def(&o.BanDuration, 2*time.Minute)
	def(&o.MaxRecvWindow, 60*time.Second)
	def(&o.ListenKeyTTL, 60*time.Minute)
	defInt(&o.WeightLimit, 6000)
	defInt(&o.FuturesWeightLimit, 2400)
	defInt(&o.OrderLimit10s, 100)
	defInt(&o.BanAfter, 3)
	defInt(&o.SendBuffer, 4096)
	defInt(&o.Leverage, 20)
	if o.Clock == nil {
		o.Clock = time.Now
	}
	return o
}

func (o Options) validate() error {
	if o.APIKey == "" || o.SecretKey == "" {
		return errors.New("APIKey and SecretKey are required")
	}
	if len(o.Symbols)+len(o.FuturesSymbols) == 0 {
		return errors.New("no symbols")
	}
	seen := map[string]bool{}
	for _, r := range o.Symbols {
		if err := checkRules(r); err != nil {
			return err
		}
		if seen[r.Symbol] {
			return fmt.Errorf("duplicate symbol %s", r.Symbol)
		}
		seen[r.Symbol] = true
	}
	seen = map[string]bool{}
	for _, r := range o.FuturesSymbols {
		if err := checkRules(r); err != nil {
			return err
		}
		if seen[r.Symbol] {
			return fmt.Errorf("duplicate futures symbol %s", r.Symbol)
		}
		seen[r.Symbol] = true
	}
	return nil
}

func checkRules(r matching.SymbolRules) error {
	if r.Symbol == "" || r.Base == "" || r.Quote == "" {
		return fmt.Errorf("symbol %q: Symbol, Base and Quote are required", r.Symbol)
	}
	if r.Symbol != r.Base+r.Quote {
		return fmt.Errorf("symbol %q is not Base+Quote (%s+%s)", r.Symbol, r.Base, r.Quote)
	}
	return nil
}

// Failure is an injected REST failure: the HTTP status, Binance's error code
// and message, and an optional Retry-After.
type Failure struct {
	Status, Code int
	Msg          string
	RetryAfter   time.Duration
}

package backtest

import (
	"fmt"
	"sort"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
)

// Account are the starting balances of a replay.
type Account struct {
	USD    decimal.Decimal // of each quote asset (USD stablecoins)
	Native decimal.Decimal // of each chain's gas asset
	Token  decimal.Decimal // of each configured token
}

// Options configure one replay.
type Options struct {
	// Tokens are the configured tokens; their pools, books and chains must
	// carry the names the stream uses.
	Tokens              []strategy.TokenSpec
	Limits              risk.Limits
	MaxInFlightPerToken int
	ArbDisabled         bool
	// Latency from a decision to its execution, by the venue of the pool or
	// book the plan trades on; venues not in VenueLatency use Latency.
	Latency      time.Duration
	VenueLatency map[string]time.Duration
	// GasUnitsRevert is the gas an early revert burns (deadline, funds);
	// loops burn their token's gas units.
	GasUnitsRevert uint64
	// TakerFeeBps is the taker fee by book venue (book markets).
	TakerFeeBps map[string]float64
	// Issuer is the issuer venue on mint and redeem fills for tokens whose
	// issuer lines do not name one (default "issuer").
	Issuer  string
	Account Account
	Log     zerolog.Logger
	// Series collects the trade list and time series for charts (backtest
	// reports); sweeps leave it off. SeriesPoints bounds the samples
	// (default 2000).
	Series       bool
	SeriesPoints int
}

func (o *Options) latency(venue string) time.Duration {
	if d, ok := o.VenueLatency[venue]; ok {
		return d
	}
	return o.Latency
}

// LatencyTable renders the latencies for a report ("*" is the default).
func (o *Options) LatencyTable() map[string]string {
	out := map[string]string{"*": o.Latency.String()}
	for v, d := range o.VenueLatency {
		out[v] = d.String()
	}
	return out
}

func (o *Options) validate() error {
	if len(o.Tokens) == 0 {
		return fmt.Errorf("backtest: no tokens configured")
	}
	if o.Latency < 0 {
		return fmt.Errorf("backtest: latency %v: must be >= 0", o.Latency)
	}
	for v, d := range o.VenueLatency {
		if d < 0 {
			return fmt.Errorf("backtest: latency of %s %v: must be >= 0", v, d)
		}
	}
	if o.Account.USD.IsNegative() || o.Account.Native.IsNegative() || o.Account.Token.IsNegative() {
		return fmt.Errorf("backtest: starting balances must be >= 0")
	}
	return nil
}

// ReferenceKey identifies what the reference arbitrageur's result depends
// on, so sweeps run it once per distinct key.
func (o *Options) ReferenceKey() string {
	type tok struct {
		Symbol, Chain, Pool, Book, Underlying string
		Taker, Lev, Hedge                     float64
		GasMS, GasBR                          uint64
	}
	toks := make([]tok, len(o.Tokens))
	for i, t := range o.Tokens {
		toks[i] = tok{t.Symbol, t.Chain, t.Pool, t.Book, t.UnderlyingBook, t.TakerFeeBps, t.Leverage,
			t.Arb.HedgeBps, t.GasUnitsMintSell, t.GasUnitsBuyRedeem}
	}
	fees := make([]string, 0, len(o.TakerFeeBps))
	for v, f := range o.TakerFeeBps {
		fees = append(fees, fmt.Sprintf("%s=%v", v, f))
	}
	sort.Strings(fees)
	return fmt.Sprintf("%+v|%d|%v|%s|%s/%s/%s", toks, o.GasUnitsRevert, fees, o.Issuer,
		o.Account.USD, o.Account.Native, o.Account.Token)
}

// ReferenceTokens are the reference arbitrageur's token specs: any
// positive-profit trade, no size cap.
func ReferenceTokens(specs []strategy.TokenSpec) []strategy.TokenSpec {
	out := append([]strategy.TokenSpec(nil), specs...)
	for i := range out {
		out[i].Arb.MinNetUSD, out[i].Arb.MaxSizeUSD = 0, 0
	}
	return out
}

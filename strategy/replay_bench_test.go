package strategy_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/strategy/backtest"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

// recordedDay records a simulated day (the reference config's world) and
// decodes it: about 217,000 events.
func recordedDay(b *testing.B) *backtest.Stream {
	b.Helper()
	o := sim.DefaultOptions()
	o.EmitSwaps = true
	mkt, err := sim.New(o)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	w := backtest.NewWriter(&buf)
	rec := backtest.NewRecorder(w, backtest.RecorderOptions{
		PoolsOnce: true,
		PoolState: func(string) (decimal.Decimal, decimal.Decimal, bool) {
			s := mkt.Snapshot()
			return s.PoolBase, s.PoolQuote, true
		},
	})
	if err := mkt.Run(context.Background(), func(ev venues.Event) {
		if err := rec.Record(ev); err != nil {
			b.Fatal(err)
		}
	}); err != nil {
		b.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	s, err := backtest.Decode(&buf, backtest.DecodeOptions{})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// replayOptions mirror the reference config.toml.
func replayOptions() backtest.Options {
	return backtest.Options{
		Tokens: []strategy.TokenSpec{{Symbol: "ETH2X", Chain: "sim", Pool: "ETH2X-USDC", UnderlyingBook: "ETHUSDT", Leverage: 2,
			GasUnitsMintSell: 1_200_000, GasUnitsBuyRedeem: 1_300_000,
			Arb: arb.Params{MinNetUSD: 1, MaxSizeUSD: 250000, Deadline: 30 * time.Second, Leverage: 2}}},
		Limits: risk.Limits{
			MaxNotionalUSDPerToken: 250000, MaxTotalNotionalUSD: 500000, MaxInventoryUSD: 50000,
			MaxGasPriceGwei: 0.5, GasBudgetUSDPerHour: 25, GasBudgetUSDPerDay: 300,
			MaxDrawdownUSD: 2500, DrawdownPause: 30 * time.Minute, MaxLossUSD: 10000,
			MaxBookAge: 5 * time.Second, MaxPoolAge: 10 * time.Second, MaxNAVAge: 10 * time.Second,
			NAVSanityBps: 1500, NAVDisagreementBps: 300,
		},
		MaxInFlightPerToken: 1, Latency: time.Second, GasUnitsRevert: 100_000,
		Account: backtest.Account{USD: decimal.NewFromInt(100_000), Native: decimal.NewFromInt(1)},
		Log:     zerolog.Nop(),
	}
}

// BenchmarkReplay replays a recorded simulated day (decoded once) through
// the engine, risk gate, ledger and simulated venue, as one sweep point
// does; reference: the reference arbitrageur deciding after every event.
// events/s counts recorded events. The bar is >= 1,000,000 events/s on one
// core (GOMAXPROCS=1).
func BenchmarkReplay(b *testing.B) {
	s := recordedDay(b)
	o := replayOptions()
	b.Run("strategy", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			res, err := backtest.Run(context.Background(), s, o)
			if err != nil {
				b.Fatal(err)
			}
			if res.Results.Loops[venues.MintSell] == 0 {
				b.Fatal("no loops: the replay is not trading")
			}
		}
		b.ReportMetric(float64(s.Len())*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
	b.Run("reference", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := backtest.RunReference(context.Background(), s, o); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(s.Len())*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
}

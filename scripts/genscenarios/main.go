// Command genscenarios writes navarb's public backtest scenarios: recorded
// event streams of the simulated market, with the names of the reference
// config.toml, each built around one kind of market stress.
//
//	go run ./scripts/genscenarios [-out strategy/backtest/testdata/scenarios] [-only NAME]
//
// Each scenario is the simulated market with no strategy trading, recorded
// as `navarb record` does (the pool once, then every swap), plus the
// scenario's own events: scheduled price shocks, a whale's swaps, a gas
// spike, or a NAV-source outage (NAV lines the issuer pays but the
// strategy's source does not deliver). The output is deterministic.
package main

import (
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy/backtest"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

func main() {
	out := flag.String("out", "strategy/backtest/testdata/scenarios", "output directory")
	only := flag.String("only", "", "write only this scenario")
	flag.Parse()
	if err := run(*out, *only, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "genscenarios:", err)
		os.Exit(1)
	}
}

func run(dir, only string, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	found := false
	for _, sc := range Scenarios() {
		if only != "" && sc.Name != only {
			continue
		}
		found = true
		path := filepath.Join(dir, sc.Name+".jsonl.gz")
		n, err := writeFile(path, sc)
		if err != nil {
			return fmt.Errorf("%s: %w", sc.Name, err)
		}
		fmt.Fprintf(stdout, "%-14s %7d events  %s\n", sc.Name, n, path)
	}
	if !found {
		return fmt.Errorf("no scenario %q", only)
	}
	return nil
}

func writeFile(path string, sc Scenario) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	n, err := Generate(zw, sc)
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return n, err
}

// Scenario is one market story.
type Scenario struct {
	Name, Note string
	// Options adjusts the simulated market (base: Base()).
	Options func(*sim.Options)
	// Gas, NAV and Whales shape the recorded stream.
	Gas    func(elapsed time.Duration, g *venues.GasUpdate)
	Outage func(elapsed time.Duration) bool
	Whales []Whale
}

// Whale is someone else's large swap: USD of quote paid in (Buy) or the
// tokens worth USD at the pool price sold, at After.
type Whale struct {
	After time.Duration
	USD   float64
	Buy   bool
}

// Base is the simulated world of the scenarios: the reference config.toml's
// names and market, three hours, five book levels a side.
func Base() sim.Options {
	o := sim.DefaultOptions()
	o.Seed = 1
	o.Start = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	o.Duration = 3 * time.Hour
	o.Step = 2 * time.Second
	o.BookVenue, o.BookSymbol = "binance", "ETHUSDT"
	o.Book.Levels = 5
	o.EmitSwaps = true
	return o
}

func window(from, to time.Duration) func(time.Duration) bool {
	return func(e time.Duration) bool { return e >= from && e < to }
}

// driftFor is the annual drift that moves the price by move (0.04 = +4%)
// over d.
func driftFor(move float64, d time.Duration) float64 {
	return math.Log(1+move) / d.Hours() * 24 * 365
}

// Scenarios are the public suite.
func Scenarios() []Scenario {
	return []Scenario{
		{Name: "trending-up", Note: "ETH rises 5% over three hours at 40% vol",
			Options: func(o *sim.Options) {
				o.Seed = 11
				o.Underlying.Drift, o.Underlying.Vol, o.Underlying.JumpsPerDay = driftFor(0.05, o.Duration), 0.4, 0
			}},
		{Name: "trending-down", Note: "ETH falls 5% over three hours at 40% vol",
			Options: func(o *sim.Options) {
				o.Seed = 12
				o.Underlying.Drift, o.Underlying.Vol, o.Underlying.JumpsPerDay = driftFor(-0.05, o.Duration), 0.4, 0
			}},
		{Name: "choppy", Note: "no trend, 120% vol and frequent small jumps; noise flow without regimes",
			Options: func(o *sim.Options) {
				o.Seed = 13
				o.Underlying.Vol, o.Underlying.JumpsPerDay, o.Underlying.JumpStd = 1.2, 40, 0.004
				o.Noise.Bias = 0
			}},
		{Name: "flash-crash", Note: "ETH drops 6% at 1h and recovers over the next 20 minutes",
			Options: func(o *sim.Options) {
				o.Seed = 14
				o.Underlying.Vol, o.Underlying.JumpsPerDay = 0.4, 0
				shocks := []sim.Shock{{After: time.Hour, LogReturn: math.Log(0.94)}}
				for m := range 20 {
					shocks = append(shocks, sim.Shock{After: time.Hour + time.Duration(2+m)*time.Minute, LogReturn: -math.Log(0.94) / 20})
				}
				o.Underlying.Shocks = shocks
			}},
		{Name: "premium-spike", Note: "a whale buys $150k of ETH2X at 1h (premium ~10%), another sells $150k at 2h",
			Options: func(o *sim.Options) { o.Seed = 15 },
			Whales:  []Whale{{After: time.Hour, USD: 150_000, Buy: true}, {After: 2 * time.Hour, USD: 150_000}}},
		{Name: "gas-spike", Note: "the base fee jumps 30x for 20 minutes at 1h (above the 0.5 gwei cap); a whale buys $60k of ETH2X at 1h15",
			Options: func(o *sim.Options) { o.Seed = 16; o.Gas.SpikesPerDay = 0 },
			Whales:  []Whale{{After: time.Hour + 15*time.Minute, USD: 60_000, Buy: true}},
			Gas: func(e time.Duration, g *venues.GasUpdate) {
				if window(time.Hour, time.Hour+20*time.Minute)(e) {
					g.BaseFeeGwei *= 30
				}
			}},
		{Name: "nav-outage", Note: "the issuer NAV source is down from 1h to 1h30 (NAV lines marked outage); a whale buys $15k of ETH2X at 1h10",
			Options: func(o *sim.Options) { o.Seed = 17 },
			Whales:  []Whale{{After: time.Hour + 10*time.Minute, USD: 15_000, Buy: true}},
			Outage:  window(time.Hour, time.Hour+30*time.Minute)},
	}
}

// Generate writes sc's stream to w and returns the number of events.
func Generate(w io.Writer, sc Scenario) (int, error) {
	o := Base()
	if sc.Options != nil {
		sc.Options(&o)
	}
	mkt, err := sim.New(o)
	if err != nil {
		return 0, err
	}
	bw := backtest.NewWriter(w)
	if err := bw.Header(o.Start, backtest.Header{Source: "genscenarios/" + sc.Name, Seed: int64(o.Seed), Note: sc.Note}); err != nil {
		return 0, err
	}
	g := &gen{sc: sc, o: o, w: bw, whales: sc.Whales}
	s0 := mkt.Snapshot()
	g.base, g.quote = s0.PoolBase.Shift(18).BigInt(), s0.PoolQuote.Shift(6).BigInt()
	g.rec = backtest.NewRecorder(bw, backtest.RecorderOptions{
		PoolsOnce: true,
		PoolState: func(string) (decimal.Decimal, decimal.Decimal, bool) { return s0.PoolBase, s0.PoolQuote, true },
		Native:    map[string]string{o.Chain: o.Gas.Native},
		Issuer:    map[string]string{o.Token.Symbol: o.Token.Issuer},
	})
	runErr := mkt.Run(context.Background(), g.event)
	if err := errors.Join(runErr, g.err); err != nil {
		return 0, err
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return int(bw.Lines()) - 1, nil
}

// gen records one scenario. It keeps the pool as the stream replays it (the
// recorded swaps and the whales', in exact V2 math), so every swap line's
// output is what a replay without trading computes.
type gen struct {
	sc          Scenario
	o           sim.Options
	w           *backtest.Writer
	rec         *backtest.Recorder
	base, quote *big.Int
	whales      []Whale
	err         error
}

func (g *gen) event(ev venues.Event) {
	if g.err != nil {
		return
	}
	t := ev.EventTime()
	elapsed := t.Sub(g.o.Start)
	for len(g.whales) > 0 && elapsed >= g.whales[0].After {
		g.err = g.whale(t, g.whales[0])
		g.whales = g.whales[1:]
	}
	switch x := ev.(type) {
	case *venues.Swap:
		g.err = g.swap(x)
		return
	case *venues.GasUpdate:
		if g.sc.Gas != nil {
			c := *x
			g.sc.Gas(elapsed, &c)
			ev = &c
		}
	case *venues.NAVUpdate:
		if g.sc.Outage != nil && g.sc.Outage(elapsed) {
			g.err = g.w.NAV(x, true)
			return
		}
	}
	if g.err == nil {
		g.err = g.rec.Record(ev)
	}
}

// swap writes a swap by its input, with the output the stream's pool pays.
func (g *gen) swap(x *venues.Swap) error {
	s := *x
	if x.BaseDelta.IsPositive() {
		in := x.BaseDelta.Shift(18).BigInt()
		s.QuoteDelta = decimal.NewFromBigInt(g.trade(in, true), -6).Neg()
	} else {
		in := x.QuoteDelta.Shift(6).BigInt()
		s.BaseDelta = decimal.NewFromBigInt(g.trade(in, false), -18).Neg()
	}
	return g.w.Swap(&s)
}

func (g *gen) whale(t time.Time, wh Whale) error {
	s := venues.Swap{Time: t, Venue: g.o.Pool.Venue, Pool: g.o.Pool.Name}
	if wh.Buy {
		in := big.NewInt(int64(wh.USD * 1e6))
		s.QuoteDelta = decimal.NewFromBigInt(in, -6)
		s.BaseDelta = decimal.NewFromBigInt(g.trade(in, false), -18).Neg()
	} else {
		price := decimal.NewFromBigInt(g.quote, -6).Div(decimal.NewFromBigInt(g.base, -18))
		in := decimal.NewFromFloat(wh.USD).Div(price).Shift(18).Floor().BigInt()
		s.BaseDelta = decimal.NewFromBigInt(in, -18)
		s.QuoteDelta = decimal.NewFromBigInt(g.trade(in, true), -6).Neg()
	}
	return g.w.Swap(&s)
}

// trade executes in against the tracked pool (V2 math, the pool's fee) and
// returns the output.
func (g *gen) trade(in *big.Int, baseIn bool) *big.Int {
	rIn, rOut := g.quote, g.base
	if baseIn {
		rIn, rOut = g.base, g.quote
	}
	fee := big.NewInt(int64(10000 - g.o.Pool.FeeBps))
	num := new(big.Int).Mul(in, fee)
	den := new(big.Int).Mul(rIn, big.NewInt(10000))
	den.Add(den, num)
	out := num.Mul(num, rOut)
	out.Quo(out, den)
	rIn.Add(rIn, in)
	rOut.Sub(rOut, out)
	return out
}

package backtest_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy/backtest"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

// Everything the Writer writes decodes to the same values.
func TestWriterRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w := backtest.NewWriter(&buf)
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	book := &venues.BookUpdate{Time: at(0), Venue: "binance", Symbol: "ETH2XUSD",
		Bids: []venues.Level{{Price: 2998.9500000000003, Qty: 1.25}, {Price: 2998.9, Qty: 0.1}},
		Asks: []venues.Level{{Price: 3000.05, Qty: 7}}}
	swap := &venues.Swap{Time: at(1), Venue: "sim", Pool: "ETH2X-USDC", BaseDelta: dec("-1.000000000000000001"), QuoteDelta: dec("30.123456")}
	nav := &venues.NAVUpdate{Time: at(2), Token: `E"T\H`, NAV: 29.99999993, Source: venues.NAVIssuer}
	gas := &venues.GasUpdate{Time: at(2), Chain: "arb", BaseFeeGwei: 0.049238317, TipGwei: 0.001, NativeUSD: 2999.603997212885, L1FeeUSD: 0.02}
	iss := &venues.IssuerUpdate{Time: at(2), Token: `E"T\H`, MintFeeBps: 10, RedeemFeeBps: 12, Paused: true, Rebalancing: true,
		Leverage: 2.0002640715734628, CollateralPerToken: 0.019999999953703704, DebtPerToken: 29.999999930555557,
		StreamingFeeAnnual: 0.0365, FeeAccruedAt: at(1)}
	steps := []func() error{
		func() error { return w.Header(at(0), backtest.Header{Source: "test", Seed: 42, Note: "round\ntrip"}) },
		func() error { return w.Book(book, true) },
		func() error {
			return w.Pool(backtest.PoolLine{Time: at(0), Pool: backtest.PoolInfo{Venue: "sim", Name: "ETH2X-USDC", Base: "ETH2X", Quote: "USDC",
				BaseDecimals: 18, QuoteDecimals: 6}, ReserveBase: dec("100000.123456789012345678"), ReserveQuote: dec("3000000.5"), FeeBps: 30, Block: 9})
		},
		func() error { return w.Swap(swap) },
		func() error { return w.NAV(nav, true) },
		func() error { return w.Gas(gas, "WETH") },
		func() error { return w.Issuer(iss, "issuer-x") },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if err := w.Book(&venues.BookUpdate{Time: at(1), Symbol: "X"}, true); err == nil {
		t.Errorf("a line earlier than the last one was written")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	s, err := backtest.Decode(&buf, backtest.DecodeOptions{DepthBooks: []string{"ETH2XUSD"}})
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if s.Header.Seed != 42 || s.Header.Note != "round\ntrip" || s.Header.Format != backtest.FormatV1 {
		t.Errorf("header %+v", s.Header)
	}
	if got, want := fmt.Sprintf("%+v", s.Event(0)), fmt.Sprintf("%+v", book); got != want {
		t.Errorf("book\n got %s\nwant %s", got, want)
	}
	pool := s.Event(1).(*venues.PoolUpdate)
	if s.Pools[0].BaseDecimals != 18 || pool.FeeBps != 30 || pool.Block != 9 || pool.ReserveQuote != 3000000.5 {
		t.Errorf("pool %+v %+v", pool, s.Pools[0])
	}
	if got := s.Event(2).(*venues.Swap); !got.BaseDelta.Equal(swap.BaseDelta) || !got.QuoteDelta.Equal(swap.QuoteDelta) {
		t.Errorf("swap %+v", got)
	}
	if got := s.Event(3).(*venues.NAVUpdate); *got != *nav || !s.NAVOutage(3) {
		t.Errorf("nav %+v outage %v", got, s.NAVOutage(3))
	}
	if got := s.Event(4).(*venues.GasUpdate); *got != *gas || s.Chains[0].Native != "WETH" {
		t.Errorf("gas %+v native %q", got, s.Chains[0].Native)
	}
	if got := s.Event(5).(*venues.IssuerUpdate); fmt.Sprint(*got) != fmt.Sprint(*iss) || s.Tokens[0].Issuer != "issuer-x" {
		t.Errorf("issuer\n got %+v\nwant %+v", got, iss)
	}
}

// A recording of the simulated market replayed without trading rebuilds
// its pool exactly: the pool once, then every swap by its input amount.
func TestRecordedSimReplaysItsPool(t *testing.T) {
	o := sim.DefaultOptions()
	o.Duration = 3 * time.Hour
	o.EmitSwaps = true
	o.Start = t0
	mkt, err := sim.New(o)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := backtest.NewWriter(&buf)
	rec := backtest.NewRecorder(w, backtest.RecorderOptions{
		PoolsOnce: true,
		PoolState: func(string) (decimal.Decimal, decimal.Decimal, bool) {
			s := mkt.Snapshot()
			return s.PoolBase, s.PoolQuote, true
		},
		Native: map[string]string{o.Chain: o.Gas.Native},
		Issuer: map[string]string{o.Token.Symbol: o.Token.Issuer},
	})
	events := 0
	if err := mkt.Run(context.Background(), func(ev venues.Event) {
		events++
		if err := rec.Record(ev); err != nil {
			t.Fatal(err)
		}
	}); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	counts := rec.Counts()
	if counts["pool"] != 1 || counts["swap"] == 0 || counts["swap"] != mkt.Stats().NoiseTrades {
		t.Errorf("counts %v, noise trades %d", counts, mkt.Stats().NoiseTrades)
	}
	s, err := backtest.Decode(strings.NewReader(buf.String()), backtest.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Every sim event but the pool updates after the first is written.
	if want := events - int(mkt.Stats().Events.Pool) + 1; s.Len() != want {
		t.Errorf("decoded %d events, want %d", s.Len(), want)
	}
	opts := options()
	opts.ArbDisabled = true
	opts.Tokens[0].UnderlyingBook = o.BookSymbol
	res, err := backtest.Run(context.Background(), s, opts)
	if err != nil {
		t.Fatal(err)
	}
	end := mkt.Snapshot()
	got := res.Pools[o.Pool.Name]
	if !got.Base.Equal(end.PoolBase) || !got.Quote.Equal(end.PoolQuote) {
		t.Errorf("replayed pool %s/%s, simulator %s/%s", got.Base, got.Quote, end.PoolBase, end.PoolQuote)
	}
}

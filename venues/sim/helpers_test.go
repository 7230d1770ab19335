package sim_test

import (
	"context"
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
	"github.com/shopspring/decimal"
)

// quietOptions is a short, calm world: a flat price, no noise traders, no
// gas spikes, an untick'd book (mid == market price).
func quietOptions() sim.Options {
	o := sim.DefaultOptions()
	o.Duration = 10 * time.Minute
	o.Underlying.Vol = 0
	o.Underlying.JumpsPerDay = 0
	o.Noise.TradesPerHour = 0
	o.Gas.SpikesPerDay = 0
	o.Book.Tick = 0
	return o
}

func mustNew(t testing.TB, o sim.Options) *sim.Market {
	t.Helper()
	m, err := sim.New(o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return m
}

func mustRun(t testing.TB, m *sim.Market, h func(venues.Event)) {
	t.Helper()
	if err := m.Run(context.Background(), h); err != nil {
		t.Fatalf("Run: %v", err)
	}
}

// view is what a strategy knows from the event stream.
type view struct {
	now      time.Time
	nav      float64
	pool     venues.PoolUpdate
	gas      venues.GasUpdate
	issuer   venues.IssuerUpdate
	mid      float64
	haveView bool
}

func (v *view) update(ev venues.Event) {
	v.now = ev.EventTime()
	switch e := ev.(type) {
	case *venues.BookUpdate:
		v.mid = e.Mid()
	case *venues.NAVUpdate:
		v.nav = e.NAV
	case *venues.PoolUpdate:
		v.pool = *e
		v.haveView = v.issuer.Token != "" // the pool closes a block's updates
	case *venues.GasUpdate:
		v.gas = *e
	case *venues.IssuerUpdate:
		v.issuer = *e
	}
}

func (v *view) premium() float64 { return v.pool.Price()/v.nav - 1 }

// gasUSD is the float estimate of a transaction's gas cost.
func (v *view) gasUSD(units uint64) float64 {
	return float64(units)*(v.gas.BaseFeeGwei+v.gas.TipGwei)*1e-9*v.gas.NativeUSD + v.gas.L1FeeUSD
}

// expectedNet is the float estimate of a loop's net profit from the view.
func (v *view) expectedNet(o sim.Options, p venues.Plan) float64 {
	fee := 1 - float64(o.Pool.FeeBps)/1e4
	b, q := v.pool.ReserveBase, v.pool.ReserveQuote
	if p.Kind == venues.MintSell {
		cost := p.Size * v.nav * (1 + float64(o.Token.MintFeeBps)/1e4)
		out := p.Size * fee * q / (b + p.Size*fee)
		return out - cost - v.gasUSD(o.Exec.GasUnitsMintSell)
	}
	tokens := p.QuoteAmount * fee * b / (q + p.QuoteAmount*fee)
	proceeds := tokens * v.nav * (1 - float64(o.Token.RedeemFeeBps)/1e4)
	return proceeds - p.QuoteAmount - v.gasUSD(o.Exec.GasUnitsBuyRedeem)
}

func plan(o sim.Options, id uint64, kind venues.PlanKind) venues.Plan {
	return venues.Plan{
		ID: id, Kind: kind, Token: o.Token.Symbol, Market: o.Pool.Name,
		MarketKind: venues.MarketPool, Chain: o.Chain, MinNetUSD: -1e12,
	}
}

// checkBalanceChange asserts that a receipt's fills and gas account for the
// balance change to the unit.
func checkBalanceChange(t *testing.T, o sim.Options, before, after map[string]decimal.Decimal, r *venues.TxReceipt) {
	t.Helper()
	var dBase, dQuote decimal.Decimal
	for _, f := range r.Fills {
		dBase = dBase.Add(f.BaseDelta)
		dQuote = dQuote.Add(f.QuoteDelta)
	}
	checks := []struct {
		asset string
		want  decimal.Decimal
	}{
		{o.Pool.Quote, dQuote},
		{o.Token.Symbol, dBase},
		{o.Gas.Native, r.GasNative.Neg()},
	}
	for _, c := range checks {
		if got := after[c.asset].Sub(before[c.asset]); !got.Equal(c.want) {
			t.Errorf("%s balance change = %s, want %s (fills and gas)", c.asset, got, c.want)
		}
	}
}

package sim_test

import (
	"context"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

func TestInstantExecutesBeforeNextEvent(t *testing.T) {
	o := quietOptions()
	o.Exec.Instant = true
	o.Pool.InitialPremiumBps = 200
	// Submit on a book update between blocks.
	when := func(ev venues.Event) bool {
		_, ok := ev.(*venues.BookUpdate)
		return ok && ev.EventTime().Sub(o.Start)%o.BlockTime != 0
	}
	tr := runTrial(t, o, when, func(v *view) venues.Plan {
		p := plan(o, 1, venues.MintSell)
		p.Size = 5000 / v.nav
		return p
	})
	if _, ok := tr.nextEvent.(*venues.TxReceipt); !ok {
		t.Fatalf("next event after submission is %T, want *venues.TxReceipt", tr.nextEvent)
	}
	r := tr.receipt
	if r.Status != venues.TxSuccess || !r.Time.Equal(tr.submittedAt) {
		t.Errorf("receipt %v at %v, want success at submission time %v", r.Status, r.Time, tr.submittedAt)
	}
	if r.Block != tr.snapBefore.Block {
		t.Errorf("receipt block %d, want current block %d", r.Block, tr.snapBefore.Block)
	}
	if tr.premAfter >= tr.v.premium() {
		t.Errorf("no pool update reflecting the trade: premium %.1f -> %.1f bps", tr.v.premium()*1e4, tr.premAfter*1e4)
	}
	checkBalanceChange(t, o, tr.before, tr.after, r)
}

func TestLatencyWaitsForBlock(t *testing.T) {
	bookOffBlock := func(ev venues.Event) bool {
		_, ok := ev.(*venues.BookUpdate)
		return ok && ev.EventTime().Sub(ev.EventTime().Truncate(time.Minute)) == 3*time.Second
	}
	atBlockEnd := func(ev venues.Event) bool {
		_, ok := ev.(*venues.IssuerUpdate)
		return ok && ev.EventTime().Sub(ev.EventTime().Truncate(time.Minute)) == 4*time.Second
	}
	tests := []struct {
		name    string
		latency time.Duration
		when    func(venues.Event) bool
		wait    time.Duration // from submission to the receipt's block
	}{
		{"zero latency between blocks", 0, bookOffBlock, time.Second},
		{"zero latency in a block", 0, atBlockEnd, 2 * time.Second},
		{"latency lands on a block", 3 * time.Second, bookOffBlock, 3 * time.Second},
		{"latency between blocks", 1500 * time.Millisecond, bookOffBlock, 3 * time.Second},
		{"latency after a block", 4 * time.Second, atBlockEnd, 4 * time.Second},
		{"latency not a block multiple", 5 * time.Second, atBlockEnd, 6 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := quietOptions()
			o.Exec.Latency = tt.latency
			o.Pool.InitialPremiumBps = 200
			tr := runTrial(t, o, tt.when, func(v *view) venues.Plan {
				p := plan(o, 3, venues.MintSell)
				p.Size = 1000 / v.nav
				return p
			})
			r := tr.receipt
			if got, want := r.Time.Sub(tr.submittedAt), tt.wait; got != want {
				t.Errorf("mined %v after submission, want %v", got, want)
			}
			if got, want := r.Block, uint64(r.Time.Sub(o.Start)/o.BlockTime)+1; got != want {
				t.Errorf("receipt block %d, want %d", got, want)
			}
			if tr.eventsTill == 0 || r.Status != venues.TxSuccess {
				t.Errorf("receipt %v after %d events, want success after others", r.Status, tr.eventsTill)
			}
		})
	}
}

func TestSubmitRejectsMalformedPlans(t *testing.T) {
	o := quietOptions()
	good := plan(o, 1, venues.MintSell)
	good.Size = 1
	tests := []struct {
		name  string
		tweak func(p *venues.Plan)
		ok    bool
	}{
		{"well formed", func(p *venues.Plan) {}, true},
		{"hedge", func(p *venues.Plan) { p.Kind = venues.Hedge }, false},
		{"other token", func(p *venues.Plan) { p.Token = "BTC2X" }, false},
		{"other market", func(p *venues.Plan) { p.Market = "ETHUSDT" }, false},
		{"book market", func(p *venues.Plan) { p.MarketKind = venues.MarketBook }, false},
		{"other chain", func(p *venues.Plan) { p.Chain = "base" }, false},
		{"zero size", func(p *venues.Plan) { p.Size = 0 }, false},
		{"dust size", func(p *venues.Plan) { p.Size = 1e-20 }, false},
		{"NaN min net", func(p *venues.Plan) { p.MinNetUSD = math.NaN() }, false},
		{"negative fee cap", func(p *venues.Plan) { p.MaxFeeGwei = -1 }, false},
		{"buy-redeem without quote", func(p *venues.Plan) { p.Kind = venues.BuyRedeem }, false},
		{"buy-redeem with quote", func(p *venues.Plan) { p.Kind = venues.BuyRedeem; p.QuoteAmount = 10 }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustNew(t, o)
			p := good
			tt.tweak(&p)
			err := m.Submit(context.Background(), p)
			if got := err == nil; got != tt.ok {
				t.Fatalf("Submit() = %v, want ok %v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, venues.ErrRejected) {
				t.Errorf("Submit() = %v, want it to wrap venues.ErrRejected", err)
			}
			if got, want := m.Snapshot().Pending, map[bool]int{true: 1, false: 0}[tt.ok]; got != want {
				t.Errorf("pending = %d, want %d", got, want)
			}
		})
	}
}

func TestRunLifecycle(t *testing.T) {
	o := quietOptions()
	m := mustNew(t, o)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events := 0
	err := m.Run(ctx, func(venues.Event) {
		if events++; events == 10 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || events < 10 || events > 20 {
		t.Errorf("cancelled Run = %v after %d events, want context.Canceled soon after 10", err, events)
	}
	if err := m.Run(context.Background(), nil); !errors.Is(err, sim.ErrAlreadyRun) {
		t.Errorf("second Run = %v, want ErrAlreadyRun", err)
	}
	p := plan(o, 1, venues.MintSell)
	p.Size = 1
	if err := m.Submit(context.Background(), p); !errors.Is(err, sim.ErrClosed) || !errors.Is(err, venues.ErrRejected) {
		t.Errorf("Submit after Run = %v, want ErrClosed and ErrRejected", err)
	}
}

func TestStatsCountDeliveredEvents(t *testing.T) {
	o := quietOptions()
	o.Duration = time.Minute
	m := mustNew(t, o)
	var got sim.EventCounts
	mustRun(t, m, func(ev venues.Event) {
		switch ev.(type) {
		case *venues.BookUpdate:
			got.Book++
		case *venues.PoolUpdate:
			got.Pool++
		case *venues.NAVUpdate:
			got.NAV++
		case *venues.GasUpdate:
			got.Gas++
		case *venues.IssuerUpdate:
			got.Issuer++
		case *venues.TxReceipt:
			got.Receipt++
		}
	})
	s := m.Stats()
	if s.Events != got {
		t.Errorf("Stats().Events = %+v, want %+v", s.Events, got)
	}
	if want := uint64(o.Duration/o.BlockTime) + 1; s.Blocks != want || got.Pool != want {
		t.Errorf("blocks %d, pool updates %d, want %d", s.Blocks, got.Pool, want)
	}
}

package ledgerdb_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/risk/ledgerdb"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

type clock struct{ t time.Time }

func (c *clock) Now() time.Time { return c.t }

// durableExec checks, through a second connection to the file, that a
// plan's intent is committed before the plan is sent.
type durableExec struct {
	t     *testing.T
	db    *sql.DB
	plans []venues.Plan
}

func (x *durableExec) Submit(_ context.Context, p venues.Plan) error {
	var n int
	if err := x.db.QueryRow(`SELECT count(*) FROM intents WHERE plan_id = ?`, p.ID).Scan(&n); err != nil {
		x.t.Error(err)
	}
	if n != 1 {
		x.t.Errorf("plan %d sent before its intent was committed", p.ID)
	}
	x.plans = append(x.plans, p)
	return nil
}

func newEngine(t *testing.T, l *ledgerdb.Ledger, exec strategy.Executor, clk *clock) *strategy.Engine {
	t.Helper()
	eng, err := strategy.New(strategy.Options{
		Tokens: []strategy.TokenSpec{{
			Symbol: "ETH2X", Chain: "sim", Pool: "ETH2X-USDC", Leverage: 2,
			GasUnitsMintSell: 1_000_000, GasUnitsBuyRedeem: 1_000_000,
			Arb: arb.Params{MinNetUSD: 1, MaxSizeUSD: 250000, Deadline: 30 * time.Second, Leverage: 2},
		}},
		Clock: clk, Executor: exec, Ledger: l, Funds: l, LastPlanID: l.LastPlanID(),
		Log: zerolog.Nop(), MaxInFlightPerToken: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

func premium(eng *strategy.Engine, block uint64) {
	q := 3e6
	for _, ev := range []venues.Event{
		&venues.IssuerUpdate{Token: "ETH2X", MintFeeBps: 10, RedeemFeeBps: 10, Leverage: 2},
		&venues.NAVUpdate{Token: "ETH2X", NAV: 30, Source: venues.NAVIssuer},
		&venues.GasUpdate{Chain: "sim", BaseFeeGwei: 0.05, TipGwei: 0.001, NativeUSD: 3000},
		&venues.PoolUpdate{Venue: "sim", Pool: "ETH2X-USDC", Base: "ETH2X", Quote: "USDC",
			ReserveBase: q / 30.6, ReserveQuote: q, FeeBps: 30, Block: block},
	} {
		eng.Handle(ev)
	}
}

// The engine sends a plan only once its intent is committed, and sends
// nothing once the ledger cannot write; a restart continues the plan ids.
func TestEngineSendsOnlyDurableIntents(t *testing.T) {
	path := tempPath(t)
	l := open(t, path)
	reader, err := ledgerdb.ReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	clk := &clock{t: t0}
	exec := &durableExec{t: t, db: reader}
	eng := newEngine(t, l, exec, clk)
	premium(eng, 1)
	if len(exec.plans) != 1 {
		t.Fatalf("sent %d plans, want 1", len(exec.plans))
	}
	first := exec.plans[0]
	l.RecordReceipt(&venues.TxReceipt{Time: clk.t, PlanID: first.ID, Chain: "sim", TxHash: "0xa", Status: venues.TxReverted,
		GasNative: d("0.0001"), NativeAsset: "ETH", GasUSD: d("0.3")})
	eng.Handle(&venues.TxReceipt{Time: clk.t, PlanID: first.ID, Chain: "sim", TxHash: "0xa", Status: venues.TxReverted,
		GasNative: d("0.0001"), NativeAsset: "ETH", GasUSD: d("0.3")})

	// A restart continues the numbering from the file.
	l.Close()
	l2 := open(t, path)
	if got := l2.LastPlanID(); got != first.ID {
		t.Fatalf("LastPlanID after reopen = %d, want %d", got, first.ID)
	}
	eng2 := newEngine(t, l2, exec, clk)
	premium(eng2, 2)
	if len(exec.plans) != 2 || exec.plans[1].ID != first.ID+1 {
		t.Fatalf("after restart sent %d plans (last id %d), want a second with id %d", len(exec.plans), exec.plans[len(exec.plans)-1].ID, first.ID+1)
	}
	eng2.Handle(&venues.TxReceipt{Time: clk.t, PlanID: first.ID + 1, Chain: "sim", TxHash: "0xb", Status: venues.TxReverted})

	// The database goes away: the next plan is not sent.
	l2.DB().Close()
	premium(eng2, 3)
	if len(exec.plans) != 2 {
		t.Errorf("sent %d plans after the ledger failed, want still 2", len(exec.plans))
	}
	if got := eng2.Counters().Unrecorded; got != 1 {
		t.Errorf("Unrecorded = %d, want 1", got)
	}
	if l2.Err() == nil {
		t.Errorf("Err() = %v, want the write error", l2.Err())
	}
}

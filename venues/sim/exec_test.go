package sim_test

import (
	"context"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
	"github.com/shopspring/decimal"
)

// trial submits one plan at a chosen event and records what followed.
type trial struct {
	v           view // what the trader saw when submitting
	plan        venues.Plan
	expectedNet float64
	submittedAt time.Time
	before      map[string]decimal.Decimal
	snapBefore  sim.Snapshot

	receipt    *venues.TxReceipt
	after      map[string]decimal.Decimal
	snapAfter  sim.Snapshot
	premAfter  float64 // from the first pool update after the receipt
	nextEvent  venues.Event
	eventsTill int // events delivered between submission and receipt
}

// runTrial runs o and submits mk's plan at the first event when is true.
func runTrial(t *testing.T, o sim.Options, when func(venues.Event) bool, mk func(v *view) venues.Plan) *trial {
	t.Helper()
	m := mustNew(t, o)
	var v view
	tr := &trial{}
	submitted, gotPool := false, false
	mustRun(t, m, func(ev venues.Event) {
		v.update(ev)
		if submitted && tr.nextEvent == nil {
			tr.nextEvent = ev
		}
		if r, ok := ev.(*venues.TxReceipt); ok {
			tr.receipt = r
			tr.after = m.Balances()
			tr.snapAfter = m.Snapshot()
			return
		}
		if p, ok := ev.(*venues.PoolUpdate); ok && tr.receipt != nil && !gotPool {
			gotPool = true
			tr.premAfter = p.Price()/v.nav - 1
		}
		if submitted && tr.receipt == nil {
			tr.eventsTill++
		}
		if submitted || !v.haveView || !when(ev) {
			return
		}
		submitted = true
		tr.v = v
		tr.plan = mk(&v)
		tr.expectedNet = v.expectedNet(o, tr.plan)
		tr.submittedAt = v.now
		tr.before = m.Balances()
		tr.snapBefore = m.Snapshot()
		if err := m.Submit(context.Background(), tr.plan); err != nil {
			t.Fatalf("Submit: %v", err)
		}
	})
	if !submitted || tr.receipt == nil {
		t.Fatalf("submitted %v, receipt %v", submitted, tr.receipt)
	}
	return tr
}

func anyIssuerUpdate(ev venues.Event) bool { _, ok := ev.(*venues.IssuerUpdate); return ok }

func TestProfitableLoopsSucceed(t *testing.T) {
	tests := []struct {
		name       string
		premiumBps float64
		kind       venues.PlanKind
	}{
		{"mint and sell at a premium", 300, venues.MintSell},
		{"buy and redeem at a discount", -300, venues.BuyRedeem},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := quietOptions()
			o.Pool.InitialPremiumBps = tt.premiumBps
			o.Token.StreamingFeeAnnual = 0 // so NAV per token can only move by mint/redeem
			tr := runTrial(t, o, anyIssuerUpdate, func(v *view) venues.Plan {
				p := plan(o, 42, tt.kind)
				p.Size = 20000 / v.nav
				p.QuoteAmount = 20000
				p.MinNetUSD = 1
				return p
			})
			r := tr.receipt
			if r.Status != venues.TxSuccess || len(r.Fills) != 2 {
				t.Fatalf("receipt %v %q with %d fills, want success with 2", r.Status, r.Reason, len(r.Fills))
			}
			if r.PlanID != 42 || r.TxHash == "" || r.GasUsed == 0 || !r.GasUSD.IsPositive() {
				t.Errorf("receipt plan %d hash %q gas %d ($%s)", r.PlanID, r.TxHash, r.GasUsed, r.GasUSD)
			}
			checkBalanceChange(t, o, tr.before, tr.after, r)

			var net decimal.Decimal
			for _, f := range r.Fills {
				net = net.Add(f.QuoteDelta)
				if f.PlanID != 42 || !f.Fee.IsPositive() || !f.FeeUSD.IsPositive() {
					t.Errorf("fill %d: plan %d fee %s %s ($%s)", f.Leg, f.PlanID, f.Fee, f.FeeAsset, f.FeeUSD)
				}
			}
			net = net.Sub(r.GasUSD)
			got := net.InexactFloat64()
			if got <= 1 || math.Abs(got-tr.expectedNet) > 0.01*math.Abs(tr.expectedNet) {
				t.Errorf("net $%.4f, want > $1 and within 1%% of the float estimate $%.4f", got, tr.expectedNet)
			}

			premBefore := tr.v.premium()
			if math.Abs(tr.premAfter) >= math.Abs(premBefore) || math.Signbit(tr.premAfter) != math.Signbit(premBefore) {
				t.Errorf("premium %.1f bps -> %.1f bps, want it to shrink toward NAV", premBefore*1e4, tr.premAfter*1e4)
			}

			checkExactLegs(t, o, tr, tt.kind)

			// The issuer's supply moves by the tokens minted or redeemed.
			tokens := r.Fills[0].BaseDelta.Abs()
			wantSupply := tr.snapBefore.Supply.Add(tokens)
			if tt.kind == venues.BuyRedeem {
				wantSupply = tr.snapBefore.Supply.Sub(tokens)
			}
			if !tr.snapAfter.Supply.Equal(wantSupply) {
				t.Errorf("supply %s -> %s, want %s", tr.snapBefore.Supply, tr.snapAfter.Supply, wantSupply)
			}
			if got, want := tr.snapAfter.NAV, tr.snapBefore.NAV; !got.Equal(want) {
				t.Errorf("NAV per token moved on mint/redeem: %s -> %s", want, got)
			}
		})
	}
}

// checkExactLegs recomputes both legs from the state before execution: the
// pool leg is Uniswap V2's getAmountOut to the unit, the issuer leg is NAV
// plus the mint fee rounded up, or less the redeem fee rounded down.
func checkExactLegs(t *testing.T, o sim.Options, tr *trial, kind venues.PlanKind) {
	t.Helper()
	units := func(d decimal.Decimal, decimals int32) *big.Int { return d.Shift(decimals).BigInt() }
	getAmountOut := func(in, rIn, rOut *big.Int) *big.Int {
		inWithFee := new(big.Int).Mul(in, big.NewInt(997))
		num := new(big.Int).Mul(inWithFee, rOut)
		den := new(big.Int).Add(new(big.Int).Mul(rIn, big.NewInt(1000)), inWithFee)
		return num.Quo(num, den)
	}
	if o.Pool.FeeBps != 30 {
		t.Fatalf("pool fee %d bps: this check assumes Uniswap V2's 30", o.Pool.FeeBps)
	}
	base, quote := units(tr.snapBefore.PoolBase, 18), units(tr.snapBefore.PoolQuote, 6)
	nav := tr.snapBefore.NAV
	fills := tr.receipt.Fills
	if kind == venues.MintSell {
		tokens := units(fills[0].BaseDelta, 18)
		wantPaid := fills[0].BaseDelta.Mul(nav).Mul(decimal.RequireFromString("1.001")).Shift(6).Ceil()
		if got := fills[0].QuoteDelta.Neg().Shift(6); !got.Equal(wantPaid) {
			t.Errorf("mint paid %s units, want %s", got, wantPaid)
		}
		if got, want := units(fills[1].QuoteDelta, 6), getAmountOut(tokens, base, quote); got.Cmp(want) != 0 {
			t.Errorf("sale paid %s units, want getAmountOut %s", got, want)
		}
		return
	}
	paid := units(fills[0].QuoteDelta.Neg(), 6)
	if got, want := units(fills[0].BaseDelta, 18), getAmountOut(paid, quote, base); got.Cmp(want) != 0 {
		t.Errorf("bought %s units, want getAmountOut %s", got, want)
	}
	wantProceeds := fills[0].BaseDelta.Mul(nav).Mul(decimal.RequireFromString("0.999")).Shift(6).Floor()
	if got := fills[1].QuoteDelta.Shift(6); !got.Equal(wantProceeds) {
		t.Errorf("redeem paid %s units, want %s", got, wantProceeds)
	}
}

func TestRevertsChargeOnlyGas(t *testing.T) {
	tests := []struct {
		name   string
		kind   venues.PlanKind
		tweak  func(o sim.Options, p *venues.Plan, v *view)
		reason string
		early  bool // burns GasUnitsRevert rather than the full loop's gas
	}{
		{"min profit mint-sell", venues.MintSell, func(o sim.Options, p *venues.Plan, v *view) {
			p.MinNetUSD = v.expectedNet(o, *p) + 5
		}, sim.ReasonMinProfit, false},
		{"min profit buy-redeem", venues.BuyRedeem, func(o sim.Options, p *venues.Plan, v *view) {
			p.MinNetUSD = v.expectedNet(o, *p) + 5
		}, sim.ReasonMinProfit, false},
		{"deadline", venues.MintSell, func(o sim.Options, p *venues.Plan, v *view) {
			p.Deadline = v.now.Add(o.Exec.Latency / 2)
		}, sim.ReasonDeadline, true},
		{"insufficient funds mint", venues.MintSell, func(o sim.Options, p *venues.Plan, v *view) {
			p.Size = 1.01 * o.Account.Quote.InexactFloat64() / v.nav
		}, sim.ReasonInsufficientFunds, true},
		{"insufficient funds buy", venues.BuyRedeem, func(o sim.Options, p *venues.Plan, v *view) {
			p.QuoteAmount = o.Account.Quote.InexactFloat64() + 0.01
		}, sim.ReasonInsufficientFunds, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := quietOptions()
			o.Pool.InitialPremiumBps = 100
			if tt.kind == venues.BuyRedeem {
				o.Pool.InitialPremiumBps = -100
			}
			tr := runTrial(t, o, anyIssuerUpdate, func(v *view) venues.Plan {
				p := plan(o, 7, tt.kind)
				p.Size = 5000 / v.nav
				p.QuoteAmount = 5000
				tt.tweak(o, &p, v)
				return p
			})
			r := tr.receipt
			if r.Status != venues.TxReverted || r.Reason != tt.reason || len(r.Fills) != 0 {
				t.Fatalf("receipt %v %q with %d fills, want reverted %q without fills", r.Status, r.Reason, len(r.Fills), tt.reason)
			}
			wantUnits := o.Exec.GasUnitsMintSell
			if tt.kind == venues.BuyRedeem {
				wantUnits = o.Exec.GasUnitsBuyRedeem
			}
			if tt.early {
				wantUnits = o.Exec.GasUnitsRevert
			}
			if r.GasUsed != wantUnits || !r.GasNative.IsPositive() {
				t.Errorf("gas used %d (%s ETH), want %d units paid", r.GasUsed, r.GasNative, wantUnits)
			}
			checkBalanceChange(t, o, tr.before, tr.after, r)
			if !tr.snapAfter.PoolBase.Equal(tr.snapBefore.PoolBase) || !tr.snapAfter.Supply.Equal(tr.snapBefore.Supply) {
				t.Errorf("revert changed the pool (%s -> %s) or supply (%s -> %s)",
					tr.snapBefore.PoolBase, tr.snapAfter.PoolBase, tr.snapBefore.Supply, tr.snapAfter.Supply)
			}
		})
	}
}

func TestDroppedTransactionsCostNothing(t *testing.T) {
	tests := []struct {
		name   string
		tweak  func(o *sim.Options, p *venues.Plan, v *view)
		reason string
	}{
		{"no gas money", func(o *sim.Options, p *venues.Plan, v *view) {}, sim.ReasonNoGasFunds},
		{"fee cap below base fee until deadline", func(o *sim.Options, p *venues.Plan, v *view) {
			p.MaxFeeGwei = v.gas.BaseFeeGwei / 10
			p.Deadline = v.now.Add(10 * time.Second)
		}, sim.ReasonFeeCap},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := quietOptions()
			o.Pool.InitialPremiumBps = 100
			if tt.reason == sim.ReasonNoGasFunds {
				o.Account.Native = decimal.Zero
			}
			tr := runTrial(t, o, anyIssuerUpdate, func(v *view) venues.Plan {
				p := plan(o, 9, venues.MintSell)
				p.Size = 1000 / v.nav
				tt.tweak(&o, &p, v)
				return p
			})
			r := tr.receipt
			if r.Status != venues.TxDropped || r.Reason != tt.reason {
				t.Fatalf("receipt %v %q, want dropped %q", r.Status, r.Reason, tt.reason)
			}
			if tt.reason == sim.ReasonFeeCap && !r.Time.After(tr.plan.Deadline) {
				t.Errorf("dropped at %v, before the deadline %v", r.Time, tr.plan.Deadline)
			}
			for asset, before := range tr.before {
				if got := tr.after[asset]; !got.Equal(before) {
					t.Errorf("%s: %s -> %s, want unchanged", asset, before, got)
				}
			}
		})
	}
}

package strategy

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
)

// mmAccounts attributes one token's market-making result. Cash and token
// flows are exact; the spread captured (each fill against the fair value
// at the time) is float64, and inventory PnL is the exact remainder.
type mmAccounts struct {
	capUSD, ratePerSec float64
	burst              int

	placed, cancels, fills, rejects uint64
	deferred, capSkips, denied      uint64
	cancelAlls                      map[string]uint64
	flattens                        map[mm.FlattenKind]uint64

	cash      decimal.Decimal // quote in and out: fills, mints/redeems, hedges
	tokens    decimal.Decimal // token in and out
	hedgeUnd  decimal.Decimal // underlying in and out (hedges)
	fees      decimal.Decimal // maker fees on our quotes (USD)
	hedgeCost decimal.Decimal // issuer fees and gas of mints/redeems, hedge fees
	volume    decimal.Decimal
	spread    float64
	maxInvUSD float64

	// window holds the times of the order actions of the last second.
	window    []time.Time
	maxPerSec int
}

func (a *mmAccounts) init(spec *MMSpec) {
	a.capUSD = spec.Params.MaxInventoryUSD
	a.ratePerSec, a.burst = spec.Params.MaxActionsPerSecond, spec.Params.ActionBurst
	a.cancelAlls = map[string]uint64{}
	a.flattens = map[mm.FlattenKind]uint64{}
}

func (a *mmAccounts) cancelAll(r mm.CancelReason) { a.cancelAlls[r.String()]++ }

// actions records n order actions sent at now and keeps the most sent in
// any one-second window.
func (a *mmAccounts) actions(n int, now time.Time) {
	cut := 0
	for cut < len(a.window) && now.Sub(a.window[cut]) >= time.Second {
		cut++
	}
	a.window = append(a.window[:0], a.window[cut:]...)
	for range n {
		a.window = append(a.window, now)
	}
	a.maxPerSec = max(a.maxPerSec, len(a.window))
}

// quoteFill books a fill of one of our quotes at fair.
func (a *mmAccounts) quoteFill(f *venues.Fill, fair, inv float64) {
	a.fills++
	a.cash = a.cash.Add(f.QuoteDelta)
	a.tokens = a.tokens.Add(f.BaseDelta)
	a.fees = a.fees.Add(f.FeeUSD)
	a.volume = a.volume.Add(f.QuoteDelta.Abs())
	qty := ToFloat(f.BaseDelta.Abs())
	price := ToFloat(f.QuoteDelta.Abs())
	if f.Action == venues.ActionBuy {
		// The buyer's fee is in base: the gross quantity is delta + fee.
		q := qty + ToFloat(f.Fee)
		a.spread += fair*q - price
	} else {
		fee := ToFloat(f.Fee)
		a.spread += price + fee - fair*qty
	}
	a.maxInvUSD = max(a.maxInvUSD, abs(inv)*fair)
}

// hedgeFill books a fill of a hedge order.
func (a *mmAccounts) hedgeFill(f *venues.Fill) {
	a.cash = a.cash.Add(f.QuoteDelta)
	a.hedgeUnd = a.hedgeUnd.Add(f.BaseDelta)
	a.hedgeCost = a.hedgeCost.Add(f.FeeUSD)
}

// receipt books a mint or redeem.
func (a *mmAccounts) receipt(r *venues.TxReceipt, token string) {
	a.cash = a.cash.Sub(r.GasUSD)
	a.hedgeCost = a.hedgeCost.Add(r.GasUSD)
	for i := range r.Fills {
		f := &r.Fills[i]
		a.cash = a.cash.Add(f.QuoteDelta)
		if f.Base == token {
			a.tokens = a.tokens.Add(f.BaseDelta)
		}
		a.hedgeCost = a.hedgeCost.Add(f.FeeUSD)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// MMResults are one token's market-making figures, in USD where money.
// PnLUSD marks the token inventory at the fair value and the hedge at the
// underlying's mid; PnLUSD = SpreadCaptureUSD - FeesUSD - HedgeCostUSD -
// FundingUSD + InventoryPnLUSD.
type MMResults struct {
	Token, Book              string
	QuotesPlaced, Cancels    uint64
	Fills, Rejects           uint64
	Deferred, CapSkips       uint64
	RiskDenied               uint64
	CancelAlls               map[string]uint64
	Flattens                 map[string]uint64
	MaxInventoryUSD          float64
	InventoryCapUSD          float64
	Inventory, Hedge         float64
	MaxActionsPerSecond      int
	ActionRate               float64
	ActionBurst              int
	PnLUSD, SpreadCaptureUSD decimal.Decimal
	InventoryPnLUSD          decimal.Decimal
	HedgeCostUSD, FundingUSD decimal.Decimal
	FeesUSD, VolumeUSD       decimal.Decimal
}

func (ms *mmState) results(fair, und float64) MMResults {
	a := &ms.acct
	r := MMResults{
		Token: ms.ts.cfg.Symbol, Book: ms.spec.Book,
		QuotesPlaced: a.placed, Cancels: a.cancels, Fills: a.fills, Rejects: a.rejects,
		Deferred: a.deferred, CapSkips: a.capSkips, RiskDenied: a.denied,
		CancelAlls: map[string]uint64{}, Flattens: map[string]uint64{},
		MaxInventoryUSD: a.maxInvUSD, InventoryCapUSD: a.capUSD,
		Inventory: ms.inv, Hedge: ms.hedge,
		MaxActionsPerSecond: a.maxPerSec, ActionRate: a.ratePerSec, ActionBurst: a.burst,
		HedgeCostUSD: a.hedgeCost, FeesUSD: a.fees, VolumeUSD: a.volume,
	}
	for k, v := range a.cancelAlls {
		r.CancelAlls[k] = v
	}
	for k, v := range a.flattens {
		r.Flattens[k.String()] = v
	}
	r.PnLUSD = a.cash.Add(a.tokens.Mul(decimal.NewFromFloat(fair))).Add(a.hedgeUnd.Mul(decimal.NewFromFloat(und)))
	r.SpreadCaptureUSD = decimal.NewFromFloat(a.spread).Round(8)
	r.FundingUSD = decimal.Zero
	r.InventoryPnLUSD = r.PnLUSD.Sub(r.SpreadCaptureUSD).Add(r.FeesUSD).Add(r.HedgeCostUSD).Add(r.FundingUSD)
	return r
}

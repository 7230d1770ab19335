package backtest

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// Trade is one of our loops, from decision to receipt.
type Trade struct {
	PlanID         uint64
	Kind           venues.PlanKind
	Token, Market  string
	Decided        time.Time
	Executed       time.Time
	Status         venues.TxStatus
	Reason         string
	Size           float64 // tokens planned
	PremiumBps     float64 // at decision
	NAV            float64 // NAV the plan priced
	MarketPrice    float64 // market's marginal price at decision
	ExpectedNetUSD float64
	// Realised, exact: the quote paid and received, fees (issuer and
	// venue), gas, and net = received - paid - gas.
	Tokens, PaidUSD, ReceivedUSD, FeesUSD, GasUSD, NetUSD decimal.Decimal
}

func newTrade(tx *pendingTx, r *venues.TxReceipt) Trade {
	p := &tx.plan
	t := Trade{
		PlanID: p.ID, Kind: p.Kind, Token: p.Token, Market: p.Market,
		Decided: unixTime(tx.decid), Executed: r.Time, Status: r.Status, Reason: r.Reason,
		Size: p.Size, PremiumBps: p.PremiumBps, NAV: p.NAV, MarketPrice: p.MarketPrice,
		ExpectedNetUSD: p.Expected.NetUSD, GasUSD: r.GasUSD,
	}
	for i := range r.Fills {
		f := &r.Fills[i]
		if f.QuoteDelta.IsNegative() {
			t.PaidUSD = t.PaidUSD.Sub(f.QuoteDelta)
		} else {
			t.ReceivedUSD = t.ReceivedUSD.Add(f.QuoteDelta)
		}
		if f.BaseDelta.IsPositive() {
			t.Tokens = f.BaseDelta
		}
		t.FeesUSD = t.FeesUSD.Add(f.FeeUSD)
	}
	t.NetUSD = t.ReceivedUSD.Sub(t.PaidUSD).Sub(t.GasUSD)
	return t
}

var tradeHeader = []string{"plan_id", "kind", "token", "market", "decided_at", "executed_at", "status", "reason",
	"size", "premium_bps", "nav", "market_price", "expected_net_usd", "tokens", "paid_usd", "received_usd",
	"fees_usd", "gas_usd", "net_usd"}

// WriteTradesCSV writes trades as CSV with a header row. Exact amounts are
// printed in full; decision-time estimates with 6 decimals.
func WriteTradesCSV(w io.Writer, trades []Trade) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(tradeHeader); err != nil {
		return fmt.Errorf("trades csv: %w", err)
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 6, 64) }
	for i := range trades {
		t := &trades[i]
		rec := []string{
			strconv.FormatUint(t.PlanID, 10), t.Kind.String(), t.Token, t.Market,
			t.Decided.Format(time.RFC3339Nano), t.Executed.Format(time.RFC3339Nano), t.Status.String(), t.Reason,
			f(t.Size), strconv.FormatFloat(t.PremiumBps, 'f', 2, 64), f(t.NAV), f(t.MarketPrice), f(t.ExpectedNetUSD),
			t.Tokens.String(), t.PaidUSD.String(), t.ReceivedUSD.String(), t.FeesUSD.String(), t.GasUSD.String(),
			t.NetUSD.String(),
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("trades csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("trades csv: %w", err)
	}
	return nil
}

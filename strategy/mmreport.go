package strategy

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// MMReport is the market-making part of a Report (absent when no token is
// market-made, so reports without it are unchanged). Money is USD, rounded
// to 6 decimals like the rest; PnL marks the inventory at the fair value:
// mm_pnl_usd = spread capture - fees - hedge cost - funding + inventory PnL.
type MMReport struct {
	QuotesPlaced    uint64      `json:"mm_quotes_placed"`
	Cancels         uint64      `json:"mm_cancels"`
	Fills           uint64      `json:"mm_fills"`
	MaxInventoryUSD json.Number `json:"mm_max_inventory_usd"`
	InventoryCapUSD json.Number `json:"mm_inventory_cap_usd"`
	PnLUSD          json.Number `json:"mm_pnl_usd"`
	SpreadCapture   json.Number `json:"mm_spread_capture_usd"`
	InventoryPnL    json.Number `json:"mm_inventory_pnl_usd"`
	HedgeCostUSD    json.Number `json:"mm_hedge_cost_usd"`
	FundingUSD      json.Number `json:"mm_funding_usd"`
	FeesUSD         json.Number `json:"mm_fees_usd"`
	VolumeUSD       json.Number `json:"mm_volume_usd"`
	// MaxActionsPerSecond is the most order actions (places and cancels)
	// sent in any one second; ActionRate and ActionBurst are the budget.
	MaxActionsPerSecond int               `json:"mm_max_actions_per_second"`
	ActionRate          json.Number       `json:"mm_action_rate"`
	ActionBurst         int               `json:"mm_action_burst"`
	CancelAlls          map[string]uint64 `json:"mm_cancel_alls"`
	Flattens            map[string]uint64 `json:"mm_flattens"`
}

// SetMM adds the market-making figures (summed over tokens; maxima and
// caps are the largest); no results leave the report without them.
func (r *Report) SetMM(rs []MMResults) {
	if len(rs) == 0 {
		r.MMReport = nil
		return
	}
	m := &MMReport{CancelAlls: map[string]uint64{}, Flattens: map[string]uint64{}}
	var pnl, spread, inv, hedge, funding, fees, vol decimal.Decimal
	var maxInv, capUSD, rate float64
	for _, x := range rs {
		m.QuotesPlaced += x.QuotesPlaced
		m.Cancels += x.Cancels
		m.Fills += x.Fills
		maxInv, capUSD, rate = max(maxInv, x.MaxInventoryUSD), max(capUSD, x.InventoryCapUSD), max(rate, x.ActionRate)
		m.MaxActionsPerSecond = max(m.MaxActionsPerSecond, x.MaxActionsPerSecond)
		m.ActionBurst = max(m.ActionBurst, x.ActionBurst)
		pnl, spread, inv = pnl.Add(x.PnLUSD), spread.Add(x.SpreadCaptureUSD), inv.Add(x.InventoryPnLUSD)
		hedge, funding = hedge.Add(x.HedgeCostUSD), funding.Add(x.FundingUSD)
		fees, vol = fees.Add(x.FeesUSD), vol.Add(x.VolumeUSD)
		for k, v := range x.CancelAlls {
			m.CancelAlls[k] += v
		}
		for k, v := range x.Flattens {
			m.Flattens[k] += v
		}
	}
	m.MaxInventoryUSD = money(decimal.NewFromFloat(maxInv))
	m.InventoryCapUSD = money(decimal.NewFromFloat(capUSD))
	m.PnLUSD, m.SpreadCapture, m.InventoryPnL = money(pnl), money(spread), money(inv)
	m.HedgeCostUSD, m.FundingUSD, m.FeesUSD, m.VolumeUSD = money(hedge), money(funding), money(fees), money(vol)
	m.ActionRate = json.Number(strconv.FormatFloat(rate, 'f', -1, 64))
	r.MMReport = m
}

// write prints the market-making lines of the text report.
func (m *MMReport) write(p func(k, v string)) {
	p("mm PnL (USD)", fmt.Sprintf("%s = spread %s - fees %s - hedge %s - funding %s + inventory %s",
		m.PnLUSD, m.SpreadCapture, m.FeesUSD, m.HedgeCostUSD, m.FundingUSD, m.InventoryPnL))
	p("mm quotes / cancels / fills", fmt.Sprintf("%d / %d / %d (volume %s USD)", m.QuotesPlaced, m.Cancels, m.Fills, m.VolumeUSD))
	p("mm max inventory (USD)", fmt.Sprintf("%s (cap %s)", m.MaxInventoryUSD, m.InventoryCapUSD))
	p("mm max actions per second", fmt.Sprintf("%d (budget %s/s, burst %d)", m.MaxActionsPerSecond, m.ActionRate, m.ActionBurst))
	p("mm cancel-alls", joinCounts(m.CancelAlls))
	p("mm flattens", joinCounts(m.Flattens))
}

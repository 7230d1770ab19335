package binancetest

import (
	"slices"

	"github.com/shopspring/decimal"
)

// feeDecimals is the precision Binance charges commission at.
const feeDecimals = 8

// spotAccount is the connector's spot wallet and order history.
type spotAccount struct {
	free, locked map[string]decimal.Decimal
	meta         map[orderKey]*orderMeta
	trades       map[string][]myTrade // by symbol, oldest first
	updated      int64                // ms of the last balance change
}

type orderKey struct {
	symbol string
	id     int64
}

func newSpotAccount(initial map[string]decimal.Decimal) *spotAccount {
	a := &spotAccount{
		free: map[string]decimal.Decimal{}, locked: map[string]decimal.Decimal{},
		meta: map[orderKey]*orderMeta{}, trades: map[string][]myTrade{},
	}
	for k, v := range initial {
		a.free[k] = v
	}
	return a
}

// addFree adds d to the free balance of asset; addLocked to the locked one.
func (a *spotAccount) addFree(asset string, d decimal.Decimal) {
	a.free[asset] = a.free[asset].Add(d)
}

func (a *spotAccount) addLocked(asset string, d decimal.Decimal) {
	a.locked[asset] = a.locked[asset].Add(d)
}

// lock moves amount of asset from free to locked.
func (a *spotAccount) lock(asset string, amount decimal.Decimal) {
	a.addFree(asset, amount.Neg())
	a.addLocked(asset, amount)
}

// release returns what is still locked for m to free.
func (a *spotAccount) release(m *orderMeta) {
	if m.lockAsset == "" || m.lock.IsZero() {
		return
	}
	a.addLocked(m.lockAsset, m.lock.Neg())
	a.addFree(m.lockAsset, m.lock)
	m.lock = decimal.Zero
}

// assets lists every asset the account has held, sorted.
func (a *spotAccount) assets() []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range []map[string]decimal.Decimal{a.free, a.locked} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// rows renders the balances of assets for outboundAccountPosition.
func (a *spotAccount) rows(assets []string) []wsBalanceRow {
	out := make([]wsBalanceRow, 0, len(assets))
	for _, k := range assets {
		out = append(out, wsBalanceRow{Asset: k, Free: num(a.free[k], false), Locked: num(a.locked[k], false)})
	}
	return out
}

// total is free + locked per asset.
func (a *spotAccount) total() map[string]decimal.Decimal {
	out := map[string]decimal.Decimal{}
	for _, k := range a.assets() {
		out[k] = a.free[k].Add(a.locked[k])
	}
	return out
}

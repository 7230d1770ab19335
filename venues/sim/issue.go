package sim

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// checkIssue validates a plain mint or redeem: they move tokens between the
// issuer and the token book's account, so they need one.
func (m *Market) checkIssue(p venues.Plan) error {
	units := m.o.Exec.GasUnitsMint
	if p.Kind == venues.Redeem {
		units = m.o.Exec.GasUnitsRedeem
	}
	switch {
	case m.tb == nil:
		return fmt.Errorf("plan kind %v needs the token book's account", p.Kind)
	case units == 0:
		return fmt.Errorf("plan kind %v: no gas units configured", p.Kind)
	case p.Token != m.o.Token.Symbol:
		return fmt.Errorf("token %q: want %q", p.Token, m.o.Token.Symbol)
	case p.Chain != "" && p.Chain != m.o.Chain:
		return fmt.Errorf("chain %q: want %q", p.Chain, m.o.Chain)
	case !finite(p.MaxFeeGwei) || p.MaxFeeGwei < 0:
		return fmt.Errorf("max fee %v gwei: must be >= 0", p.MaxFeeGwei)
	case !finite(p.Size) || p.Size <= 0 || floatUnits(p.Size, tokenDecimals).Sign() == 0:
		return fmt.Errorf("size %v: must be a positive token amount", p.Size)
	}
	return nil
}

// executeIssue mints p.Size tokens at the issuer NAV plus the mint fee
// (rounded up) into the token book's account, paid from the chain's quote,
// or redeems them from that account at NAV less the redeem fee (rounded
// down) into the chain's quote: a deposit to or withdrawal from the
// exchange is assumed to settle with the transaction. Not a loop: there is
// no profit check.
func (m *Market) executeIssue(r *venues.TxReceipt, p venues.Plan, gasPrice int64) *venues.TxReceipt {
	units := m.o.Exec.GasUnitsMint
	if p.Kind == venues.Redeem {
		units = m.o.Exec.GasUnitsRedeem
	}
	nav := dec8(m.iss.navE8)
	if !nav.IsPositive() {
		return m.revert(r, ReasonIssuerInsolvent, m.o.Exec.GasUnitsRevert, gasPrice)
	}
	tokens := floatUnits(p.Size, tokenDecimals)
	amount := fromUnits(tokens, tokenDecimals)
	gross := amount.Mul(nav)
	var quote *big.Int
	if p.Kind == venues.Mint {
		quote = ceilUnits(gross.Mul(decimal.NewFromInt(int64(10000+m.o.Token.MintFeeBps))).Shift(-4), quoteDecimals)
		if m.acct.quote.Cmp(quote) < 0 {
			return m.revert(r, ReasonInsufficientFunds, m.o.Exec.GasUnitsRevert, gasPrice)
		}
	} else {
		if m.tb.cex.Balance(m.o.Token.Symbol).LessThan(amount) {
			return m.revert(r, ReasonInsufficientFunds, m.o.Exec.GasUnitsRevert, gasPrice)
		}
		if tokens.Cmp(m.iss.supply) > 0 {
			return m.revert(r, ReasonExceedsSupply, units, gasPrice)
		}
		quote = toUnits(gross.Mul(decimal.NewFromInt(int64(10000-m.o.Token.RedeemFeeBps))).Shift(-4), quoteDecimals)
	}
	gasWei := m.gasWei(units, gasPrice)
	if m.acct.native.Cmp(gasWei) < 0 {
		return m.drop(r, ReasonNoGasFunds)
	}
	m.acct.native.Sub(m.acct.native, gasWei)
	q, tok := m.o.Pool.Quote, m.o.Token.Symbol
	qd := fromUnits(quote, quoteDecimals)
	f := venues.Fill{Time: m.now, PlanID: p.ID, Venue: m.o.Token.Issuer, Instrument: tok, Base: tok, Quote: q, FeeAsset: q}
	if p.Kind == venues.Mint {
		m.acct.quote.Sub(m.acct.quote, quote)
		m.iss.supply.Add(m.iss.supply, tokens)
		m.tb.cex.Transfer(tok, amount) //nolint:errcheck // asset is set
		f.Action, f.BaseDelta, f.QuoteDelta = venues.ActionMint, amount, qd.Neg()
		f.Fee = qd.Sub(gross)
	} else {
		m.acct.quote.Add(m.acct.quote, quote)
		m.iss.supply.Sub(m.iss.supply, tokens)
		m.tb.cex.Transfer(tok, amount.Neg()) //nolint:errcheck // asset is set
		f.Action, f.BaseDelta, f.QuoteDelta = venues.ActionRedeem, amount.Neg(), qd
		f.Fee = gross.Sub(qd)
	}
	f.FeeUSD = f.Fee
	r.Fills = []venues.Fill{f}
	r.Status = venues.TxSuccess
	r.GasUsed = units
	r.GasNative = fromUnits(gasWei, nativeDecimals)
	r.GasUSD = r.GasNative.Mul(m.nativePrice())
	r.Nonce = m.nextNonce()
	m.stats.LoopsExecuted++
	return r
}

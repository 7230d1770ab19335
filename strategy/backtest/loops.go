package backtest

import (
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// priced is a loop priced against the current state, before it is applied.
type priced struct {
	tokens, paid, received decimal.Decimal
	tokensU, paidU         *big.Int // pool loops: the swap's input
	nav                    decimal.Decimal
	mintFee, redeemFee     int64
	quote                  string
	bookFee                decimal.Decimal
	reason                 string // early revert (cheap gas)
	lateReason             string // revert after the work (full gas)
}

// execute runs one transaction at v.now. retry: the fee cap is below the
// base fee and the deadline has not passed.
func (v *venue) execute(tx *pendingTx) (r *venues.TxReceipt, retry bool) {
	p := &tx.plan
	spec := v.spec(p.Token)
	ci := v.s.chainIndex(spec.Chain)
	g := &v.gas[ci]
	r = &venues.TxReceipt{
		Time: unixTime(v.now), PlanID: p.ID, Chain: spec.Chain, TxHash: txHash(tx.seq, p.ID),
		Block: g.block, NativeAsset: v.s.Chains[ci].Native,
	}
	defer func() {
		if r != nil && v.record {
			v.trades = append(v.trades, newTrade(tx, r))
		}
	}()
	if !g.set {
		return v.drop(r, ReasonNoGasMarket), false
	}
	expired := !p.Deadline.IsZero() && v.now > p.Deadline.UnixNano()
	gasPrice, ok := g.price(p.MaxFeeGwei)
	if !ok {
		if v.instant || expired {
			return v.drop(r, ReasonFeeCap), false
		}
		return nil, true
	}
	if expired {
		return v.revert(r, ReasonDeadline, v.o.GasUnitsRevert, gasPrice, g), false
	}
	units := spec.GasUnitsMintSell
	var l priced
	if p.Kind == venues.MintSell {
		l = v.priceMintSell(p)
	} else {
		units = spec.GasUnitsBuyRedeem
		l = v.priceBuyRedeem(p)
	}
	if l.reason != "" {
		return v.revert(r, l.reason, v.o.GasUnitsRevert, gasPrice, g), false
	}
	if l.lateReason != "" {
		return v.revert(r, l.lateReason, units, gasPrice, g), false
	}
	gasNative := fromUnits(g.wei(units, gasPrice), 18)
	native := r.NativeAsset
	if v.balances[native].LessThan(gasNative) {
		return v.drop(r, ReasonNoGasFunds), false
	}
	gasUSD := gasNative.Mul(g.nativePrice())
	net := l.received.Sub(l.paid).Sub(gasUSD)
	if net.LessThan(decimal.NewFromFloat(p.MinNetUSD)) {
		return v.revert(r, ReasonMinProfit, units, gasPrice, g), false
	}
	v.balances[native] = v.balances[native].Sub(gasNative)
	v.balances[l.quote] = v.balances[l.quote].Sub(l.paid).Add(l.received)
	r.Fills = v.fills(p, &l)
	if pi, ok := v.marketPool[p.Market]; ok {
		if p.Kind == venues.MintSell {
			v.pools[pi].swap(l.tokensU, true)
		} else {
			v.pools[pi].swap(l.paidU, false)
		}
		v.moved = true
	}
	r.Status = venues.TxSuccess
	r.GasUsed = units
	r.GasNative, r.GasUSD = gasNative, gasUSD
	r.Nonce = v.nextNonce()
	return r, false
}

// issuerTerms returns the token's NAV and fees now; reason is set when it
// cannot mint or redeem.
func (v *venue) issuerTerms(token string, l *priced) {
	ti := v.tokenIdx[token]
	switch {
	case v.navs[ti] < 0:
		l.reason = ReasonNoNAV
		return
	case v.issuer[ti] < 0:
		l.reason = ReasonNoNAV
		return
	}
	is := &v.s.issuers[v.issuer[ti]]
	if is.Paused {
		l.reason = ReasonIssuerPaused
		return
	}
	l.nav = v.s.navs[v.navs[ti]]
	l.mintFee, l.redeemFee = int64(is.MintFeeBps), int64(is.RedeemFeeBps)
}

func (v *venue) priceMintSell(p *venues.Plan) priced {
	var l priced
	if v.issuerTerms(p.Token, &l); l.reason != "" {
		return l
	}
	pi, isPool := v.marketPool[p.Market]
	baseDec, quoteDec := int32(18), int32(stableDecimals)
	if isPool {
		baseDec, quoteDec = v.s.Pools[pi].BaseDecimals, v.s.Pools[pi].QuoteDecimals
		l.quote = v.s.Pools[pi].Quote
	} else {
		l.quote = bookQuote(&v.s.Books[v.marketBook[p.Market]])
	}
	l.tokensU = floatUnits(p.Size, baseDec)
	l.tokens = fromUnits(l.tokensU, baseDec)
	gross := l.tokens.Mul(l.nav).Mul(decimal.NewFromInt(10000 + l.mintFee)).Shift(-4)
	l.paid = fromUnits(ceilUnits(gross, quoteDec), quoteDec)
	if v.balances[l.quote].LessThan(l.paid) {
		l.reason = ReasonInsufficientFunds
		return l
	}
	if isPool {
		pool := &v.pools[pi]
		out := pool.amountOut(l.tokensU, pool.base, pool.quote)
		l.received = fromUnits(out, quoteDec)
	} else {
		notional, ok := v.walk(v.marketBook[p.Market], l.tokens, true)
		if !ok {
			l.lateReason = ReasonNoLiquidity
			return l
		}
		l.bookFee = v.takerFee(p.Market, notional)
		l.received = notional.Sub(l.bookFee)
	}
	if !l.received.IsPositive() {
		l.lateReason = ReasonZeroOutput
	}
	return l
}

func (v *venue) priceBuyRedeem(p *venues.Plan) priced {
	var l priced
	if v.issuerTerms(p.Token, &l); l.reason != "" {
		return l
	}
	quoteDec := int32(stableDecimals)
	if pi, isPool := v.marketPool[p.Market]; isPool {
		info := &v.s.Pools[pi]
		quoteDec, l.quote = info.QuoteDecimals, info.Quote
		l.paidU = floatUnits(p.QuoteAmount, quoteDec)
		l.paid = fromUnits(l.paidU, quoteDec)
		if v.balances[l.quote].LessThan(l.paid) {
			l.reason = ReasonInsufficientFunds
			return l
		}
		pool := &v.pools[pi]
		l.tokensU = pool.amountOut(l.paidU, pool.quote, pool.base)
		l.tokens = fromUnits(l.tokensU, info.BaseDecimals)
	} else {
		bi := v.marketBook[p.Market]
		l.quote = bookQuote(&v.s.Books[bi])
		l.tokens = decimal.NewFromFloat(p.Size).Truncate(18)
		notional, ok := v.walk(bi, l.tokens, false)
		if !ok {
			l.lateReason = ReasonNoLiquidity
			return l
		}
		l.bookFee = v.takerFee(p.Market, notional)
		l.paid = notional.Add(l.bookFee)
		if v.balances[l.quote].LessThan(l.paid) {
			l.reason = ReasonInsufficientFunds
			return l
		}
	}
	if !l.tokens.IsPositive() {
		l.lateReason = ReasonZeroOutput
	}
	gross := l.tokens.Mul(l.nav).Mul(decimal.NewFromInt(10000 - l.redeemFee)).Shift(-4)
	l.received = fromUnits(toUnits(gross, quoteDec), quoteDec)
	return l
}

// walk takes qty from a book side best level first (bids for a sale) and
// returns the exact notional; ok is false if the side holds less. Levels
// are the recorded decimals (a float64 parsed from a decimal string prints
// back as that string).
func (v *venue) walk(book int, qty decimal.Decimal, sell bool) (decimal.Decimal, bool) {
	bids, asks := v.levels(book)
	side := asks
	if sell {
		side = bids
	}
	left, notional := qty, decimal.Zero
	for _, lv := range side {
		if !left.IsPositive() {
			break
		}
		q := decimal.NewFromFloat(lv.Qty)
		if q.GreaterThan(left) {
			q = left
		}
		notional = notional.Add(q.Mul(decimal.NewFromFloat(lv.Price)))
		left = left.Sub(q)
	}
	return notional, !left.IsPositive()
}

// takerFee is the book venue's taker fee on notional, rounded up to 1e-8.
func (v *venue) takerFee(book string, notional decimal.Decimal) decimal.Decimal {
	bps := v.o.TakerFeeBps[v.s.Books[v.marketBook[book]].Venue]
	return notional.Mul(decimal.NewFromFloat(bps)).Shift(-4).RoundUp(8)
}

func (v *venue) fills(p *venues.Plan, l *priced) []venues.Fill {
	t := unixTime(v.now)
	issuer := v.issuerVenue[v.tokenIdx[p.Token]]
	market := venues.Fill{Time: t, PlanID: p.ID, Venue: v.planVenue(p), Instrument: p.Market, Base: p.Token, Quote: l.quote}
	pi, isPool := v.marketPool[p.Market]
	if p.Kind == venues.MintSell {
		mintFee := l.paid.Sub(l.tokens.Mul(l.nav))
		sell := market
		sell.Leg, sell.Action, sell.BaseDelta, sell.QuoteDelta = 1, venues.ActionSell, l.tokens.Neg(), l.received
		if isPool {
			info := &v.s.Pools[pi]
			fee := int64(v.pools[pi].feeBps)
			// The pool keeps its fee of the tokens paid in; valued at the
			// execution price that is the fee share of the proceeds.
			sell.Fee, sell.FeeAsset = bpsOf(l.tokensU, fee, info.BaseDecimals), p.Token
			sell.FeeUSD = bpsOf(toUnits(l.received, info.QuoteDecimals), fee, info.QuoteDecimals)
		} else {
			sell.Fee, sell.FeeAsset, sell.FeeUSD = l.bookFee, l.quote, l.bookFee
		}
		return []venues.Fill{
			{Time: t, PlanID: p.ID, Leg: 0, Venue: issuer, Instrument: p.Token, Action: venues.ActionMint,
				Base: p.Token, Quote: l.quote, BaseDelta: l.tokens, QuoteDelta: l.paid.Neg(),
				Fee: mintFee, FeeAsset: l.quote, FeeUSD: mintFee},
			sell,
		}
	}
	buy := market
	buy.Leg, buy.Action, buy.BaseDelta, buy.QuoteDelta = 0, venues.ActionBuy, l.tokens, l.paid.Neg()
	if isPool {
		info := &v.s.Pools[pi]
		fee := bpsOf(l.paidU, int64(v.pools[pi].feeBps), info.QuoteDecimals)
		buy.Fee, buy.FeeAsset, buy.FeeUSD = fee, l.quote, fee
	} else {
		buy.Fee, buy.FeeAsset, buy.FeeUSD = l.bookFee, l.quote, l.bookFee
	}
	redeemFee := l.tokens.Mul(l.nav).Sub(l.received)
	return []venues.Fill{
		buy,
		{Time: t, PlanID: p.ID, Leg: 1, Venue: issuer, Instrument: p.Token, Action: venues.ActionRedeem,
			Base: p.Token, Quote: l.quote, BaseDelta: l.tokens.Neg(), QuoteDelta: l.received,
			Fee: redeemFee, FeeAsset: l.quote, FeeUSD: redeemFee},
	}
}

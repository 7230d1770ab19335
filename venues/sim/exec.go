package sim

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/big"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/shopspring/decimal"
)

// Revert and drop reasons on receipts.
const (
	ReasonDeadline          = "deadline"
	ReasonInsufficientFunds = "insufficient funds"
	ReasonMinProfit         = "min profit"
	ReasonZeroOutput        = "zero output"
	ReasonExceedsSupply     = "exceeds supply"
	ReasonIssuerInsolvent   = "issuer insolvent"
	ReasonFeeCap            = "fee cap below base fee"
	ReasonNoGasFunds        = "insufficient native for gas"
)

// pendingTx is a submitted plan waiting for its block.
type pendingTx struct {
	plan venues.Plan
	due  time.Time
	seq  uint64
}

// loop is a priced loop before it is applied: tokens minted and sold, or
// bought and redeemed, and the quote paid and received, in base units.
type loop struct {
	tokens, paid, received *big.Int
	nav                    decimal.Decimal
	reason                 string // early revert (cheap gas)
	lateReason             string // revert after the work (full gas)
}

// execute runs one transaction against the current state. keep is true when
// it cannot be included in this block (fee cap below base fee) and should
// stay pending.
func (m *Market) execute(tx pendingTx, instant bool) (r *venues.TxReceipt, keep bool) {
	p := tx.plan
	r = &venues.TxReceipt{
		Time:        m.now,
		PlanID:      p.ID,
		Chain:       m.o.Chain,
		TxHash:      m.txHash(tx.seq, p.ID),
		Block:       m.block,
		NativeAsset: m.o.Gas.Native,
	}
	expired := !p.Deadline.IsZero() && m.now.After(p.Deadline)
	gasPrice, ok := m.gas.gasPrice(p.MaxFeeGwei)
	if !ok {
		if instant || expired {
			return m.drop(r, ReasonFeeCap), false
		}
		return nil, true
	}
	if expired {
		return m.revert(r, ReasonDeadline, m.o.Exec.GasUnitsRevert, gasPrice), false
	}

	if p.Kind == venues.Mint || p.Kind == venues.Redeem {
		return m.executeIssue(r, p, gasPrice), false
	}
	var l loop
	units := m.o.Exec.GasUnitsMintSell
	if p.Kind == venues.MintSell {
		l = m.priceMintSell(p)
	} else {
		units = m.o.Exec.GasUnitsBuyRedeem
		l = m.priceBuyRedeem(p)
	}
	if l.reason != "" {
		return m.revert(r, l.reason, m.o.Exec.GasUnitsRevert, gasPrice), false
	}
	if l.lateReason != "" {
		return m.revert(r, l.lateReason, units, gasPrice), false
	}

	gasWei := m.gasWei(units, gasPrice)
	if m.acct.native.Cmp(gasWei) < 0 {
		return m.drop(r, ReasonNoGasFunds), false
	}
	gasNative := fromUnits(gasWei, nativeDecimals)
	gasUSD := gasNative.Mul(m.nativePrice())
	net := fromUnits(l.received, quoteDecimals).Sub(fromUnits(l.paid, quoteDecimals)).Sub(gasUSD)
	if net.LessThan(decimal.NewFromFloat(p.MinNetUSD)) {
		return m.revert(r, ReasonMinProfit, units, gasPrice), false
	}

	// Apply: gas, quote, the swap, the issuer's supply.
	m.acct.native.Sub(m.acct.native, gasWei)
	m.acct.quote.Sub(m.acct.quote, l.paid)
	m.acct.quote.Add(m.acct.quote, l.received)
	if p.Kind == venues.MintSell {
		m.pool.sellBase(l.tokens)
		m.iss.supply.Add(m.iss.supply, l.tokens)
		r.Fills = m.mintSellFills(p, l)
	} else {
		m.pool.buyBase(l.paid)
		m.iss.supply.Sub(m.iss.supply, l.tokens)
		r.Fills = m.buyRedeemFills(p, l)
	}
	r.Status = venues.TxSuccess
	r.GasUsed = units
	r.GasNative, r.GasUSD = gasNative, gasUSD
	r.Nonce = m.nextNonce()
	m.stats.LoopsExecuted++
	return r, false
}

// priceMintSell prices minting p.Size tokens at the issuer NAV plus the mint
// fee (rounded up) and selling them into the pool.
func (m *Market) priceMintSell(p venues.Plan) loop {
	l := loop{nav: dec8(m.iss.navE8), tokens: floatUnits(p.Size, tokenDecimals)}
	if !l.nav.IsPositive() {
		return loop{reason: ReasonIssuerInsolvent}
	}
	gross := fromUnits(l.tokens, tokenDecimals).Mul(l.nav)
	l.paid = ceilUnits(gross.Mul(decimal.NewFromInt(int64(10000+m.o.Token.MintFeeBps))).Shift(-4), quoteDecimals)
	if m.acct.quote.Cmp(l.paid) < 0 {
		return loop{reason: ReasonInsufficientFunds}
	}
	l.received = m.pool.quoteForBase(l.tokens)
	if l.received.Sign() == 0 {
		l.lateReason = ReasonZeroOutput
	}
	return l
}

// priceBuyRedeem prices paying p.QuoteAmount into the pool and redeeming
// every token bought at the issuer NAV less the redeem fee (rounded down).
func (m *Market) priceBuyRedeem(p venues.Plan) loop {
	l := loop{nav: dec8(m.iss.navE8), paid: floatUnits(p.QuoteAmount, quoteDecimals)}
	if !l.nav.IsPositive() {
		return loop{reason: ReasonIssuerInsolvent}
	}
	if m.acct.quote.Cmp(l.paid) < 0 {
		return loop{reason: ReasonInsufficientFunds}
	}
	l.tokens = m.pool.baseForQuote(l.paid)
	switch {
	case l.tokens.Sign() == 0:
		l.lateReason = ReasonZeroOutput
	case l.tokens.Cmp(m.iss.supply) > 0:
		l.lateReason = ReasonExceedsSupply
	}
	gross := fromUnits(l.tokens, tokenDecimals).Mul(l.nav)
	l.received = toUnits(gross.Mul(decimal.NewFromInt(int64(10000-m.o.Token.RedeemFeeBps))).Shift(-4), quoteDecimals)
	return l
}

func (m *Market) mintSellFills(p venues.Plan, l loop) []venues.Fill {
	tok, q := m.o.Token.Symbol, m.o.Pool.Quote
	tokens := fromUnits(l.tokens, tokenDecimals)
	paid, received := fromUnits(l.paid, quoteDecimals), fromUnits(l.received, quoteDecimals)
	mintFee := paid.Sub(tokens.Mul(l.nav))
	poolFee := bpsOf(l.tokens, m.o.Pool.FeeBps, tokenDecimals)
	return []venues.Fill{
		{
			Time: m.now, PlanID: p.ID, Leg: 0, Venue: m.o.Token.Issuer, Instrument: tok,
			Action: venues.ActionMint, Base: tok, Quote: q,
			BaseDelta: tokens, QuoteDelta: paid.Neg(),
			Fee: mintFee, FeeAsset: q, FeeUSD: mintFee,
		},
		{
			Time: m.now, PlanID: p.ID, Leg: 1, Venue: m.o.Pool.Venue, Instrument: m.o.Pool.Name,
			Action: venues.ActionSell, Base: tok, Quote: q,
			BaseDelta: tokens.Neg(), QuoteDelta: received,
			// The pool keeps FeeBps of the tokens paid in; valued at the
			// execution price that is FeeBps of the proceeds.
			Fee: poolFee, FeeAsset: tok, FeeUSD: bpsOf(l.received, m.o.Pool.FeeBps, quoteDecimals),
		},
	}
}

func (m *Market) buyRedeemFills(p venues.Plan, l loop) []venues.Fill {
	tok, q := m.o.Token.Symbol, m.o.Pool.Quote
	tokens := fromUnits(l.tokens, tokenDecimals)
	paid, received := fromUnits(l.paid, quoteDecimals), fromUnits(l.received, quoteDecimals)
	poolFee := bpsOf(l.paid, m.o.Pool.FeeBps, quoteDecimals)
	redeemFee := tokens.Mul(l.nav).Sub(received)
	return []venues.Fill{
		{
			Time: m.now, PlanID: p.ID, Leg: 0, Venue: m.o.Pool.Venue, Instrument: m.o.Pool.Name,
			Action: venues.ActionBuy, Base: tok, Quote: q,
			BaseDelta: tokens, QuoteDelta: paid.Neg(),
			Fee: poolFee, FeeAsset: q, FeeUSD: poolFee,
		},
		{
			Time: m.now, PlanID: p.ID, Leg: 1, Venue: m.o.Token.Issuer, Instrument: tok,
			Action: venues.ActionRedeem, Base: tok, Quote: q,
			BaseDelta: tokens.Neg(), QuoteDelta: received,
			Fee: redeemFee, FeeAsset: q, FeeUSD: redeemFee,
		},
	}
}

// bpsOf is exactly bps/1e4 of u base units, as an amount.
func bpsOf(u *big.Int, bps int, decimals int32) decimal.Decimal {
	return decimal.NewFromBigInt(new(big.Int).Mul(u, big.NewInt(int64(bps))), -decimals-4)
}

// revert mines a reverted transaction: it burns units of gas and changes
// nothing else.
func (m *Market) revert(r *venues.TxReceipt, reason string, units uint64, gasPrice int64) *venues.TxReceipt {
	gasWei := m.gasWei(units, gasPrice)
	if m.acct.native.Cmp(gasWei) < 0 {
		return m.drop(r, ReasonNoGasFunds)
	}
	m.acct.native.Sub(m.acct.native, gasWei)
	r.Status = venues.TxReverted
	r.Reason = reason
	r.GasUsed = units
	r.GasNative = fromUnits(gasWei, nativeDecimals)
	r.GasUSD = r.GasNative.Mul(m.nativePrice())
	r.Nonce = m.nextNonce()
	m.stats.LoopsReverted++
	return r
}

// drop reports a transaction that was never mined: no gas, no nonce.
func (m *Market) drop(r *venues.TxReceipt, reason string) *venues.TxReceipt {
	r.Status = venues.TxDropped
	r.Reason = reason
	m.stats.LoopsDropped++
	return r
}

// gasWei is units at gasPrice wei plus the L1 data fee.
func (m *Market) gasWei(units uint64, gasPrice int64) *big.Int {
	w := new(big.Int).SetUint64(units)
	w.Mul(w, big.NewInt(gasPrice))
	return w.Add(w, m.gas.l1Wei(m.nativePrice()))
}

// nativePrice is the market price of the native asset (the underlying),
// rounded to 1e-8 USD, used to value gas.
func (m *Market) nativePrice() decimal.Decimal { return dec8(fixed8(m.und.price)) }

func (m *Market) nextNonce() uint64 {
	n := m.nonce
	m.nonce++
	return n
}

// txHash is a deterministic fake transaction hash.
func (m *Market) txHash(seq, planID uint64) string {
	var b [24]byte
	binary.BigEndian.PutUint64(b[0:], m.o.Seed)
	binary.BigEndian.PutUint64(b[8:], seq)
	binary.BigEndian.PutUint64(b[16:], planID)
	sum := sha256.Sum256(b[:])
	return "0x" + hex.EncodeToString(sum[:])
}

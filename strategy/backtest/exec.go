package backtest

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues"
)

// Revert and drop reasons on receipts (as the simulated market's).
const (
	ReasonDeadline          = "deadline"
	ReasonInsufficientFunds = "insufficient funds"
	ReasonMinProfit         = "min profit"
	ReasonZeroOutput        = "zero output"
	ReasonNoLiquidity       = "insufficient liquidity"
	ReasonIssuerPaused      = "issuer paused"
	ReasonNoNAV             = "no issuer nav"
	ReasonFeeCap            = "fee cap below base fee"
	ReasonNoGasFunds        = "insufficient native for gas"
	ReasonNoGasMarket       = "no gas market"
)

// stableDecimals is the precision mint and redeem settle in (USD
// stablecoins) for tokens that trade on a book.
const stableDecimals = 6

var _ strategy.Executor = (*venue)(nil)

// Submit queues a loop plan, executed Latency (of the plan's venue) after
// now against the state then; in instant mode (the reference) it executes
// at once and its receipt waits for the driver. A malformed plan is refused
// with an error wrapping venues.ErrRejected.
func (v *venue) Submit(ctx context.Context, p venues.Plan) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("backtest: submit plan %d: %w", p.ID, err)
	}
	venueName, err := v.check(&p)
	if err != nil {
		return fmt.Errorf("backtest: submit plan %d: %w: %w", p.ID, venues.ErrRejected, err)
	}
	v.seq++
	tx := pendingTx{plan: p, seq: v.seq, decid: v.now, due: v.now}
	if v.instant {
		if r, _ := v.execute(&tx); r != nil {
			v.receipts = append(v.receipts, r)
		}
		return nil
	}
	tx.due = v.now + int64(v.o.latency(venueName))
	v.schedule(tx)
	return nil
}

// schedule inserts tx in (due, seq) order.
func (v *venue) schedule(tx pendingTx) {
	i := sort.Search(len(v.pending), func(i int) bool {
		p := &v.pending[i]
		return p.due > tx.due || (p.due == tx.due && p.seq > tx.seq)
	})
	v.pending = append(v.pending, pendingTx{})
	copy(v.pending[i+1:], v.pending[i:])
	v.pending[i] = tx
}

// nextDue is the due time of the first pending transaction (MaxInt64 if
// none).
func (v *venue) nextDue() int64 {
	if len(v.pending) == 0 {
		return math.MaxInt64
	}
	return v.pending[0].due
}

// executeDue executes every pending transaction due at or before v.now.
func (v *venue) executeDue() {
	if len(v.pending) == 0 || v.pending[0].due > v.now {
		return
	}
	for len(v.pending) > 0 && v.pending[0].due <= v.now {
		tx := v.pending[0]
		copy(v.pending, v.pending[1:])
		v.pending = v.pending[:len(v.pending)-1]
		r, retry := v.execute(&tx)
		if retry {
			// The fee cap is below the base fee: rebroadcast after another
			// latency period (until the deadline).
			tx.due = v.now + max(int64(v.o.latency(v.planVenue(&tx.plan))), 1e9)
			v.schedule(tx)
			continue
		}
		v.receipts = append(v.receipts, r)
	}
}

func (v *venue) planVenue(p *venues.Plan) string {
	if pi, ok := v.marketPool[p.Market]; ok {
		return v.s.Pools[pi].Venue
	}
	if bi, ok := v.marketBook[p.Market]; ok {
		return v.s.Books[bi].Venue
	}
	return ""
}

func (v *venue) check(p *venues.Plan) (string, error) {
	finite := func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
	switch {
	case p.Kind != venues.MintSell && p.Kind != venues.BuyRedeem:
		return "", fmt.Errorf("plan kind %v not supported", p.Kind)
	case v.spec(p.Token) == nil:
		return "", fmt.Errorf("token %q not configured", p.Token)
	case !finite(p.MinNetUSD) || !finite(p.MaxFeeGwei) || p.MaxFeeGwei < 0:
		return "", fmt.Errorf("min net %v, max fee %v: want finite, fee >= 0", p.MinNetUSD, p.MaxFeeGwei)
	case !finite(p.Size) || p.Size <= 0:
		return "", fmt.Errorf("size %v: want > 0", p.Size)
	case p.Kind == venues.BuyRedeem && p.MarketKind != venues.MarketBook && (!finite(p.QuoteAmount) || p.QuoteAmount <= 0):
		return "", fmt.Errorf("quote amount %v: want > 0", p.QuoteAmount)
	}
	name := v.planVenue(p)
	if name == "" {
		return "", fmt.Errorf("market %q is not a configured pool or book", p.Market)
	}
	return name, nil
}

func (v *venue) spec(token string) *strategy.TokenSpec {
	for i := range v.o.Tokens {
		if v.o.Tokens[i].Symbol == token {
			return &v.o.Tokens[i]
		}
	}
	return nil
}

// revert mines a reverted transaction: it burns units of gas and changes
// nothing else.
func (v *venue) revert(r *venues.TxReceipt, reason string, units uint64, gasPrice int64, g *gasState) *venues.TxReceipt {
	gasNative := fromUnits(g.wei(units, gasPrice), 18)
	if v.balances[r.NativeAsset].LessThan(gasNative) {
		return v.drop(r, ReasonNoGasFunds)
	}
	v.balances[r.NativeAsset] = v.balances[r.NativeAsset].Sub(gasNative)
	r.Status, r.Reason, r.GasUsed = venues.TxReverted, reason, units
	r.GasNative, r.GasUSD = gasNative, gasNative.Mul(g.nativePrice())
	r.Nonce = v.nextNonce()
	return r
}

// drop reports a transaction that was never mined: no gas, no nonce.
func (v *venue) drop(r *venues.TxReceipt, reason string) *venues.TxReceipt {
	r.Status, r.Reason = venues.TxDropped, reason
	return r
}

func (v *venue) nextNonce() uint64 {
	n := v.nonce
	v.nonce++
	return n
}

// price is the effective gas price in wei under a fee cap (<= 0: none);
// ok is false when the cap is below the base fee.
func (g *gasState) price(maxFeeGwei float64) (int64, bool) {
	wei := g.baseWei + g.tipWei
	if maxFeeGwei <= 0 {
		return wei, true
	}
	capWei := int64(math.Round(maxFeeGwei * 1e9))
	if capWei < g.baseWei {
		return 0, false
	}
	return min(wei, capWei), true
}

func (g *gasState) nativePrice() decimal.Decimal { return decimal.New(g.nativeE8, -8) }

// wei is units at gasPrice plus the L1 data fee (rounded up), in wei.
func (g *gasState) wei(units uint64, gasPrice int64) *big.Int {
	w := new(big.Int).SetUint64(units)
	w.Mul(w, big.NewInt(gasPrice))
	if g.l1USD > 0 && g.nativeE8 > 0 {
		if g.l1Wei == nil {
			g.l1Wei = decimal.NewFromFloat(g.l1USD).Shift(18).Div(g.nativePrice()).Ceil().BigInt()
		}
		w.Add(w, g.l1Wei)
	}
	return w
}

// floatUnits converts a float amount to base units, rounding down.
func floatUnits(x float64, decimals int32) *big.Int {
	return toUnits(decimal.NewFromFloat(x), decimals)
}

// txHash is a deterministic fake transaction hash.
func txHash(seq, planID uint64) string {
	var b [16]byte
	binary.BigEndian.PutUint64(b[0:], seq)
	binary.BigEndian.PutUint64(b[8:], planID)
	sum := sha256.Sum256(b[:])
	return "0x" + hex.EncodeToString(sum[:])
}

package chainvenue

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/contracts"
)

var (
	execABI   = contracts.NewNavArbExecutor()
	issuerABI = contracts.NewNavLeveragedToken()
)

// loopResult is what one executor call did, in raw units.
type loopResult struct {
	qty, spent, received, profit *big.Int
	// issuerFee is the mint or redeem fee (quote units) from the issuer's
	// Minted/Redeemed event; nil when the issuer emits neither.
	issuerFee *big.Int
}

// decodeLoop finds the executor's LoopExecuted event and the issuer's
// Minted or Redeemed event among a transaction's logs.
func decodeLoop(logs []*types.Log, exec, issuer common.Address) (loopResult, error) {
	var r loopResult
	loopID := execABI.GetABI().Events["LoopExecuted"].ID
	mintedID := issuerABI.GetABI().Events["Minted"].ID
	redeemedID := issuerABI.GetABI().Events["Redeemed"].ID
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		switch {
		case l.Address == exec && l.Topics[0] == loopID:
			ev, err := execABI.UnpackLoopExecutedEvent(l)
			if err != nil {
				return r, fmt.Errorf("LoopExecuted: %w", err)
			}
			r.qty, r.spent, r.received, r.profit = ev.Quantity, ev.QuoteSpent, ev.QuoteReceived, ev.Profit
		case l.Address == issuer && l.Topics[0] == mintedID:
			ev, err := issuerABI.UnpackMintedEvent(l)
			if err != nil {
				return r, fmt.Errorf("Minted: %w", err)
			}
			r.issuerFee = ev.Fee
		case l.Address == issuer && l.Topics[0] == redeemedID:
			ev, err := issuerABI.UnpackRedeemedEvent(l)
			if err != nil {
				return r, fmt.Errorf("Redeemed: %w", err)
			}
			r.issuerFee = ev.Fee
		}
	}
	if r.qty == nil {
		return r, errors.New("no LoopExecuted event")
	}
	return r, nil
}

// ammFee is the pool's fee on an input: in x fee, rounded up (Uniswap V2
// keeps exactly 0.3% of the input; a V3 swap rounds its fee up once per
// step, so across k ticks it may be up to k-1 raw units more).
func ammFee(in *big.Int, feePips uint32) *big.Int {
	f := new(big.Int).Mul(in, big.NewInt(int64(feePips)))
	f.Add(f, big.NewInt(999_999))
	return f.Quo(f, big.NewInt(1_000_000))
}

// fills turns a loop into its two legs, exact: the quote deltas sum to the
// loop's profit and the token deltas to zero.
func fills(m *Market, kind venues.PlanKind, planID uint64, r loopResult, when time.Time) []venues.Fill {
	qty := exact(r.qty, m.TokenDecimals)
	spent := exact(r.spent, m.QuoteDecimals)
	received := exact(r.received, m.QuoteDecimals)
	issuerFee := decimal.Zero
	if r.issuerFee != nil {
		issuerFee = exact(r.issuerFee, m.QuoteDecimals)
	}
	issuer := venues.Fill{
		Time: when, PlanID: planID, Venue: "issuer", Instrument: m.Token,
		Base: m.Token, Quote: m.Quote, Fee: issuerFee, FeeAsset: m.Quote, FeeUSD: issuerFee,
	}
	pool := venues.Fill{
		Time: when, PlanID: planID, Venue: m.Kind.String(), Instrument: m.PoolName,
		Base: m.Token, Quote: m.Quote,
	}
	if kind == venues.MintSell {
		issuer.Leg, issuer.Action = 0, venues.ActionMint
		issuer.BaseDelta, issuer.QuoteDelta = qty, spent.Neg()
		pool.Leg, pool.Action = 1, venues.ActionSell
		pool.BaseDelta, pool.QuoteDelta = qty.Neg(), received
		// The fee is taken in tokens; valued at the sale's average price.
		pool.Fee, pool.FeeAsset = exact(ammFee(r.qty, m.FeePips), m.TokenDecimals), m.Token
		if qty.IsPositive() {
			pool.FeeUSD = pool.Fee.Mul(received).DivRound(qty, int32(m.QuoteDecimals))
		}
		return []venues.Fill{issuer, pool}
	}
	pool.Leg, pool.Action = 0, venues.ActionBuy
	pool.BaseDelta, pool.QuoteDelta = qty, spent.Neg()
	pool.Fee, pool.FeeAsset = exact(ammFee(r.spent, m.FeePips), m.QuoteDecimals), m.Quote
	pool.FeeUSD = pool.Fee
	issuer.Leg, issuer.Action = 1, venues.ActionRedeem
	issuer.BaseDelta, issuer.QuoteDelta = qty.Neg(), received
	return []venues.Fill{pool, issuer}
}

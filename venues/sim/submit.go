package sim

import (
	"context"
	"fmt"
	"math"

	"github.com/navarb/navarb/venues"
)

// Submit queues one of our loop plans (venues.MintSell or venues.BuyRedeem
// on the pool) as an atomic transaction, mined at the top of the first block
// at or after now+Exec.Latency (so never in the block being delivered). With
// Exec.Instant it executes at once against the current state and its receipt
// is delivered right after the current handler call returns.
//
// Execution mirrors the atomic executor contract: past p.Deadline it reverts
// ("deadline"); without the quote to pay it reverts ("insufficient funds");
// if the loop would net less than p.MinNetUSD after gas it reverts ("min
// profit"). Reverts burn gas and change nothing else. A p.MaxFeeGwei below the
// base fee keeps the transaction pending (dropped once past its deadline);
// without the native asset to pay gas it is dropped. Gas units are the
// executor's (Options.Exec), priced at the block's base fee plus the
// market's tip, capped by p.MaxFeeGwei; p.GasUnits and p.TipGwei are ignored.
//
// A malformed plan is refused with an error wrapping venues.ErrRejected.
// Submit must be called from Run's handler (or before Run) for the run to be
// deterministic; it is safe from other goroutines.
func (m *Market) Submit(ctx context.Context, p venues.Plan) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("sim: submit plan %d: %w", p.ID, err)
	}
	if err := m.checkPlan(p); err != nil {
		return fmt.Errorf("sim: submit plan %d: %w: %w", p.ID, venues.ErrRejected, err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.state == stateDone {
		return fmt.Errorf("sim: submit plan %d: %w: %w", p.ID, venues.ErrRejected, ErrClosed)
	}
	m.seq++
	tx := pendingTx{plan: p, due: m.now.Add(m.o.Exec.Latency), seq: m.seq}
	if m.o.Exec.Instant {
		r, _ := m.execute(tx, true)
		m.instant = append(m.instant, r)
		return nil
	}
	m.pending = append(m.pending, tx)
	return nil
}

func (m *Market) checkPlan(p venues.Plan) error {
	o := m.o
	switch {
	case p.Kind == venues.Mint || p.Kind == venues.Redeem:
		return m.checkIssue(p)
	case p.Kind != venues.MintSell && p.Kind != venues.BuyRedeem:
		return fmt.Errorf("plan kind %v not supported", p.Kind)
	case p.Token != o.Token.Symbol:
		return fmt.Errorf("token %q: want %q", p.Token, o.Token.Symbol)
	case p.Market != o.Pool.Name:
		return fmt.Errorf("market %q: want %q", p.Market, o.Pool.Name)
	case p.MarketKind != 0 && p.MarketKind != venues.MarketPool:
		return fmt.Errorf("market kind %d: want pool", p.MarketKind)
	case p.Chain != "" && p.Chain != o.Chain:
		return fmt.Errorf("chain %q: want %q", p.Chain, o.Chain)
	case !finite(p.MinNetUSD):
		return fmt.Errorf("min net %v not finite", p.MinNetUSD)
	case !finite(p.MaxFeeGwei) || p.MaxFeeGwei < 0:
		return fmt.Errorf("max fee %v gwei: must be >= 0", p.MaxFeeGwei)
	}
	if p.Kind == venues.MintSell {
		if !finite(p.Size) || p.Size <= 0 || floatUnits(p.Size, tokenDecimals).Sign() == 0 {
			return fmt.Errorf("size %v: must be a positive token amount", p.Size)
		}
		return nil
	}
	if !finite(p.QuoteAmount) || p.QuoteAmount <= 0 || floatUnits(p.QuoteAmount, quoteDecimals).Sign() == 0 {
		return fmt.Errorf("quote amount %v: must be a positive amount", p.QuoteAmount)
	}
	return nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
